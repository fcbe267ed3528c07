// Every write records an audit entry in the same transaction as the write (architecture.md, API), so a write
// that rolls back leaves no entry and an entry never describes a write that did not happen.
import { and, count, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { auditLog } from '../db/schema';
import type { Actor } from '../auth/roles';
import type { Clock } from '../shared/clock';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'login', 'logout', 'import'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditInput {
  actor: Actor;
  countyId: string | null;
  entity: string;
  entityId: string | null;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(
  tx: Executor,
  clock: Clock,
  entries: AuditInput | AuditInput[],
): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await tx.insert(auditLog).values(
    list.map((e) => ({
      at: clock(),
      actorId: e.actor.id,
      actorName: e.actor.username,
      countyId: e.countyId,
      entity: e.entity,
      entityId: e.entityId,
      action: e.action,
      before: e.before ?? null,
      after: e.after ?? null,
    })),
  );
}

export interface AuditFilter {
  /** null: every county (admins); otherwise the counties the caller may see. */
  countyIds: string[] | null;
  countyId?: string;
  entity?: string;
  action?: AuditAction;
  actorId?: string;
  from?: Date;
  to?: Date;
}

function where(filter: AuditFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [
    filter.countyIds === null ? undefined : inArray(auditLog.countyId, filter.countyIds),
    filter.countyId ? eq(auditLog.countyId, filter.countyId) : undefined,
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lt(auditLog.at, filter.to) : undefined,
  ];
  return and(...parts);
}

export type AuditRow = typeof auditLog.$inferSelect;

export async function listAudit(
  db: Executor,
  filter: AuditFilter,
  paging: { page: number; pageSize: number } | null,
): Promise<{ items: AuditRow[]; total: number }> {
  if (filter.countyIds !== null && filter.countyIds.length === 0) return { items: [], total: 0 };
  const condition = where(filter);
  const base = db.select().from(auditLog).where(condition).orderBy(desc(auditLog.at), desc(auditLog.id));
  const items = paging
    ? await base.limit(paging.pageSize).offset((paging.page - 1) * paging.pageSize)
    : await base;
  const [row] = await db.select({ n: count() }).from(auditLog).where(condition);
  return { items, total: row?.n ?? 0 };
}
