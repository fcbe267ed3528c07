// The audit log (architecture.md: every write records who, when, what, before, after). county_id is null for
// account events (login, logout, user changes by an admin); on Citus this table stays on the coordinator.
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    countyId: uuid('county_id'),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_county_at').on(t.countyId, t.at), index('audit_at').on(t.at)],
);
