// The upload limit (docs/deployment.md): JUNHENG_FILE_MAX_MB, 20 MB unless set — enough for a scanned charter or
// a lesson's slides, small enough that a file kept in the database stays cheap to back up and send.

export interface FileSettings {
  maxBytes: number;
}

export const DEFAULT_FILE_MAX_MB = 20;
const MB = 1024 * 1024;

export function fileSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): FileSettings {
  const raw = env.JUNHENG_FILE_MAX_MB;
  if (raw === undefined || raw.trim() === '') return { maxBytes: DEFAULT_FILE_MAX_MB * MB };
  const mb = Number(raw);
  // The content goes into one bytea value and one Buffer: keep it well below PostgreSQL's 1 GB field limit.
  if (!Number.isFinite(mb) || mb <= 0 || mb > 500)
    throw new Error(`JUNHENG_FILE_MAX_MB must be a number of megabytes in (0, 500], got "${raw}"`);
  return { maxBytes: Math.floor(mb * MB) };
}

export const megabytes = (bytes: number) => Math.round((bytes / MB) * 10) / 10;
