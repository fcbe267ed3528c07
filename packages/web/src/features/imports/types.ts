// The import API's answers (docs/api.md, Import). Issues are the core's ImportIssue.
import type { ImportIssue } from '@junheng/core';

export type { ImportIssue };

export interface ImportCounts {
  schools: number;
  stats: number;
  teachers: number;
  classes: number;
  emptyRows: number;
  skippedRows: number;
  errors: number;
  warnings: number;
}

export interface ImportPreview {
  ok: boolean;
  county: { divisionCode: string; name: string } | null;
  schoolYears: string[];
  counts: ImportCounts;
  issues: ImportIssue[];
}

export interface ImportOutcome {
  importId: string;
  countyId: string;
  created: boolean;
  schoolYears: string[];
  counts: { schools: number; stats: number; teachers: number; classes: number };
  replaced: { stats: number; teachers: number; classes: number };
}

export interface ImportRun {
  id: string;
  countyId: string;
  at: string;
  actorName: string;
  fileName: string | null;
  fingerprint: string;
  schoolYears: string[];
  counts: ImportOutcome['counts'];
}
