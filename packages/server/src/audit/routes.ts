import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorAndScope, type AppContext } from '../http/context';
import { resolveScope } from '../auth/scope';
import type { Actor } from '../auth/roles';
import { DomainError } from '../shared/errors';
import { pagingQuery } from '../shared/paging';
import { sendXlsx, writeXlsx } from '../export/xlsx';
import { AUDIT_ACTIONS, listAudit, type AuditFilter, type AuditRow } from './service';

const filterQuery = {
  countyId: z.uuid().optional(),
  entity: z.string().max(40).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  actorId: z.uuid().optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
};
const listQuery = z.object({ ...filterQuery, page: pagingQuery.page, pageSize: pagingQuery.pageSize });
const exportQuery = z.object(filterQuery);

// Admins see all, city users their city's counties, county users their county's entries; others get 403.
async function auditFilter(
  ctx: AppContext,
  actor: Actor,
  query: z.infer<typeof exportQuery>,
): Promise<AuditFilter> {
  if (actor.role !== 'admin' && actor.role !== 'city' && actor.role !== 'county') {
    throw new DomainError('FORBIDDEN', 'no access to the audit log / 无权查看审计日志');
  }
  const scope = await resolveScope(ctx.db, actor);
  return { ...query, countyIds: scope.countyIds };
}

function present(row: AuditRow) {
  return { ...row, at: row.at.toISOString() };
}

export const auditRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/audit', { schema: { tags: ['audit'], querystring: listQuery } }, async (request) => {
    const { actor } = await actorAndScope(ctx, request);
    const { page, pageSize, ...filter } = request.query;
    const { items, total } = await listAudit(ctx.db, await auditFilter(ctx, actor, filter), {
      page,
      pageSize,
    });
    return { items: items.map(present), total };
  });
  app.get(
    '/audit/export',
    { schema: { tags: ['audit'], querystring: exportQuery } },
    async (request, reply) => {
      const { actor } = await actorAndScope(ctx, request);
      const { items } = await listAudit(ctx.db, await auditFilter(ctx, actor, request.query), null);
      const body = await writeXlsx<AuditRow>(
        '审计日志',
        [
          { header: '时间', value: (r) => r.at.toISOString(), width: 24 },
          { header: '操作人', value: (r) => r.actorName },
          { header: '县区ID', value: (r) => r.countyId, width: 38 },
          { header: '对象', value: (r) => r.entity },
          { header: '对象ID', value: (r) => r.entityId, width: 38 },
          { header: '操作', value: (r) => r.action },
          {
            header: '修改前',
            value: (r) => (r.before === null ? null : JSON.stringify(r.before)),
            width: 40,
          },
          { header: '修改后', value: (r) => (r.after === null ? null : JSON.stringify(r.after)), width: 40 },
        ],
        items,
      );
      return sendXlsx(reply, 'audit', body);
    },
  );
};
