// Sweep cases for the evaluation and import routes (see route-cases.ts). A stored run to read is made directly
// through the service as the system, so each case has its own run in the target county. Uploads that only
// read the file (preview, errors workbook) send the blank template: it names no county of the test world, so
// echoing it back is no leak. A commit sends the target county with a school year of its own, so the positive
// control adds a year instead of replacing the rows other cases point at.
import { WHOLE_SCOPE } from '../auth/scope';
import type { SchoolYear } from '@junheng/core';
import { SYSTEM_ACTOR } from '../auth/roles';
import { writeCountyWorkbook, writeTemplate } from '../workbook/index';
import { runEvaluation } from '../evaluation/service';
import type { CaseContext, CaseRequest, RouteCase } from './route-cases';
import { TEST_START } from './clock';

const API = '/api/v1/evaluation';
const YEAR = '2024-2025';
const STANDARD = 'basic-2012';

const scoped = (build: (c: CaseContext) => CaseRequest | Promise<CaseRequest>): RouteCase => ({
  kind: 'scoped',
  build,
});

async function storedRun(c: CaseContext): Promise<string> {
  const run = await runEvaluation(c.db, () => TEST_START, SYSTEM_ACTOR, WHOLE_SCOPE, {
    countyId: c.target.county.id,
    schoolYear: YEAR,
    standard: STANDARD,
  });
  return run.id;
}

/** A POST that only reads the uploaded file and writes nothing: any signed-in user may send it. */
const reads = (build: (c: CaseContext) => CaseRequest | Promise<CaseRequest>): RouteCase => ({
  kind: 'scoped',
  reads: true,
  build,
});

const query = (c: CaseContext) => `countyId=${c.target.county.id}&schoolYear=${YEAR}&standard=${STANDARD}`;

export const EVALUATION_CASES: Record<string, RouteCase> = {
  'GET /evaluation/standards': scoped(() => ({ url: `${API}/standards` })),
  'GET /evaluation/current': scoped((c) => ({ url: `${API}/current?${query(c)}` })),
  'GET /evaluation/trend': scoped((c) => ({
    url: `${API}/trend?countyId=${c.target.county.id}&standard=${STANDARD}`,
  })),
  'GET /evaluation/compare': scoped(() => ({
    url: `${API}/compare?schoolYear=${YEAR}&standard=${STANDARD}`,
  })),
  'POST /evaluation/runs': scoped((c) => ({
    url: `${API}/runs`,
    payload: { countyId: c.target.county.id, schoolYear: YEAR, standard: STANDARD },
  })),
  'GET /evaluation/runs': scoped((c) => ({ url: `${API}/runs?countyId=${c.target.county.id}` })),
  'GET /evaluation/runs/:id': scoped(async (c) => ({ url: `${API}/runs/${await storedRun(c)}` })),
  'GET /evaluation/runs/:id/export': scoped(async (c) => ({
    url: `${API}/runs/${await storedRun(c)}/export`,
  })),
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function freshYearWorkbook(c: CaseContext): Promise<Buffer> {
  const data = c.target.county.data;
  const year = `${2100 + c.n}-${2101 + c.n}` as SchoolYear;
  const relabel = <T extends { schoolYear: SchoolYear }>(rows: T[]) =>
    rows.filter((r) => r.schoolYear === YEAR).map((r) => ({ ...r, schoolYear: year }));
  return writeCountyWorkbook({
    ...data,
    stats: relabel(data.stats),
    teachers: relabel(data.teachers),
    classes: [],
  });
}

export const IMPORT_CASES: Record<string, RouteCase> = {
  'GET /imports/template': scoped(() => ({ url: '/api/v1/imports/template' })),
  'POST /imports/preview': reads(async () => ({
    url: '/api/v1/imports/preview',
    payload: await writeTemplate(),
    contentType: XLSX,
  })),
  'POST /imports/errors-workbook': reads(async () => ({
    url: '/api/v1/imports/errors-workbook',
    payload: await writeTemplate(),
    contentType: XLSX,
  })),
  'POST /imports': scoped(async (c) => ({
    url: '/api/v1/imports?fileName=sweep.xlsx',
    payload: await freshYearWorkbook(c),
    contentType: XLSX,
  })),
  'GET /imports': scoped((c) => ({ url: `/api/v1/imports?countyId=${c.target.county.id}` })),
  'GET /counties/:id/workbook': scoped((c) => ({ url: `/api/v1/counties/${c.target.county.id}/workbook` })),
};
