// Uploaded files (charters, activity minutes, photos, slides), kept in the database itself so PGlite and
// PostgreSQL need no storage configuration and a backup of the database is a backup of the files. County-owned:
// county_id leads the key (Citus-ready). The areas link to a file by its key (communities.charter_file_id,
// activity_files); the content is read only when a file is downloaded.
import {
  customType,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { counties } from './org';

/** PostgreSQL bytea: node-postgres gives a Buffer, PGlite a Uint8Array; both come back as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) =>
    Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength),
});

export const storedFiles = pgTable(
  'stored_files',
  {
    countyId: uuid('county_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** The name as uploaded (no path), shown and offered on download. */
    name: text('name').notNull(),
    /** Derived from the checked type, never the client's claim. */
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    /** Hex SHA-256 of the content. */
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'date' }).notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedByName: text('uploaded_by_name').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    foreignKey({ columns: [t.countyId], foreignColumns: [counties.id] }).onDelete('cascade'),
  ],
);
