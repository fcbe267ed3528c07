// The county workbook over HTTP (issue 4): the file travels as the raw request body (an .xlsx), so nothing is
// written to disk; preview reads and validates, commit does the same and then writes in one transaction.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { actorAndScope, type AppContext } from '../http/context';
import { sendXlsx } from '../export/xlsx';
import { DomainError } from '../shared/errors';
import { pagingQuery } from '../shared/paging';
import {
  DEFAULT_LIMITS,
  readCountyWorkbookCompact,
  writeErrorsWorkbook,
  writeTemplate,
} from '../workbook/index';
import { countyWorkbook, listImports } from './history';
import { canImport, importCountyData, schoolYearsOf } from './service';

const XLSX_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
];
const tags = ['import'];
// The reader refuses files over its limit with a clear issue; the HTTP limit sits just above so it can.
const bodyLimit = DEFAULT_LIMITS.maxBytes + 1024 * 1024;
const fileQuery = z.object({ fileName: z.string().max(255).optional() });

/** Reading and writing the county workbook is county staff's work; check the role before reading the file. */
async function importer(ctx: AppContext, request: FastifyRequest) {
  const caller = await actorAndScope(ctx, request);
  if (!canImport(caller.actor) || caller.scope.schoolId !== null) {
    throw new DomainError('FORBIDDEN', 'only county staff import the county workbook / 仅县级管理员可导入');
  }
  return caller;
}

function bodyOf(body: unknown): Buffer {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new DomainError('VALIDATION_FAILED', 'send the .xlsx file as the request body / 请上传 .xlsx 文件');
  }
  return body;
}

export const importRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addContentTypeParser(XLSX_TYPES, { parseAs: 'buffer', bodyLimit }, (_request, body, done) => {
    done(null, body);
  });

  app.get('/imports/template', { schema: { tags } }, async (request, reply) => {
    await actorAndScope(ctx, request);
    return sendXlsx(reply, '均衡-县域数据模板', await writeTemplate());
  });

  app.post('/imports/preview', { schema: { tags }, bodyLimit }, async (request) => {
    await importer(ctx, request);
    const { data, issues, counts } = await readCountyWorkbookCompact(bodyOf(request.body));
    return {
      ok: data !== null,
      county: data?.county ?? null,
      schoolYears: data ? schoolYearsOf(data) : [],
      counts,
      issues,
    };
  });

  app.post('/imports/errors-workbook', { schema: { tags }, bodyLimit }, async (request, reply) => {
    await importer(ctx, request);
    const result = await readCountyWorkbookCompact(bodyOf(request.body), { keepGrids: true });
    return sendXlsx(reply, '导入错误清单', await writeErrorsWorkbook(result.grids ?? [], result.issues));
  });

  app.post('/imports', { schema: { tags, querystring: fileQuery }, bodyLimit }, async (request) => {
    const { actor, scope } = await importer(ctx, request);
    const file = bodyOf(request.body);
    const { data, issues } = await readCountyWorkbookCompact(file);
    if (!data) {
      throw new DomainError(
        'IMPORT_INVALID',
        'the workbook has errors; nothing was written / 工作簿有错误，未写入',
        {
          issues,
        },
      );
    }
    const fingerprint = createHash('sha256').update(file).digest('hex');
    const outcome = await importCountyData(ctx.db, ctx.clock, actor, scope, data, {
      fileName: request.query.fileName ?? null,
      fingerprint,
    });
    return { import: outcome, warnings: issues.filter((i) => i.severity === 'warning') };
  });

  app.get(
    '/imports',
    { schema: { tags, querystring: z.object({ countyId: z.uuid().optional(), ...pagingQuery }) } },
    async (request) => {
      const { scope } = await actorAndScope(ctx, request);
      return listImports(ctx.db, scope, request.query);
    },
  );

  app.get(
    '/counties/:id/workbook',
    {
      schema: {
        tags,
        params: z.object({ id: z.uuid() }),
        querystring: z.object({ schoolYear: z.string().optional() }),
      },
    },
    async (request, reply) => {
      const { scope } = await actorAndScope(ctx, request);
      const { name, body } = await countyWorkbook(ctx.db, scope, request.params.id, request.query.schoolYear);
      return sendXlsx(reply, name, body);
    },
  );
};
