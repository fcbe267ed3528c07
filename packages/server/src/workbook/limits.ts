// Resource limits for reading an uploaded workbook. A county's real workbook is a few MB (≈50 schools, a few
// thousand teachers a year); the limits leave room for a city's, and stop a hostile file before it costs much.

export interface ReadLimits {
  /** Refuse files larger than this (bytes). */
  maxBytes: number;
  /** Refuse workbooks whose zip entries declare more than this in total once unpacked (bytes). */
  maxUnpackedBytes: number;
  /** Stop reading a sheet after this many non-empty rows. */
  maxRows: number;
  /** Columns beyond this are ignored (the template has 16 at most). */
  maxColumns: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxUnpackedBytes: 1024 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 200,
};

/** A limit was hit or the file is not a workbook; turned into an ImportIssue by the reader. */
export class WorkbookReadError extends Error {
  constructor(
    readonly code: 'file_too_large' | 'not_a_workbook' | 'zip_entry_too_large' | 'too_many_rows',
    readonly zh: string,
    readonly en: string,
    readonly sheet: string | null = null,
  ) {
    super(en);
    this.name = 'WorkbookReadError';
  }
}

export const mb = (bytes: number): string =>
  `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 3 : 1)} MB`;
