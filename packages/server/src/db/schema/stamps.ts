// The stamp columns (who created a row and who last changed it, and when): one definition spread into every
// table that carries them, written by audit/stamps.ts. Not re-exported from index.ts: these are no tables.
import { text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const createdColumns = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  createdBy: uuid('created_by'),
  createdByName: text('created_by_name').notNull(),
};

export const updatedColumns = {
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  updatedBy: uuid('updated_by'),
  updatedByName: text('updated_by_name').notNull(),
};

export const stampColumns = { ...createdColumns, ...updatedColumns };
