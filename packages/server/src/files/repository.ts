// The stored files table: content written once, read only for a download; every other read takes the
// metadata alone.
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../auth/roles';
import type { Executor } from '../db/client';
import { storedFiles } from '../db/schema';
import type { Clock } from '../shared/clock';
import type { Upload } from './upload';

export interface FileMeta {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  uploadedAt: Date;
  uploadedByName: string;
}

/** The columns of a FileMeta: every read but a download selects these (joined tables add their own). */
export const fileMetaColumns = {
  id: storedFiles.id,
  name: storedFiles.name,
  mimeType: storedFiles.mimeType,
  size: storedFiles.size,
  sha256: storedFiles.sha256,
  uploadedAt: storedFiles.uploadedAt,
  uploadedByName: storedFiles.uploadedByName,
};

export async function insertFile(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  countyId: string,
  upload: Upload,
): Promise<FileMeta> {
  const [row] = await tx
    .insert(storedFiles)
    .values({
      countyId,
      name: upload.name,
      mimeType: upload.mimeType,
      size: upload.size,
      sha256: upload.sha256,
      content: upload.content,
      uploadedAt: clock(),
      uploadedBy: actor.id,
      uploadedByName: actor.username,
    })
    .returning(fileMetaColumns);
  if (!row) throw new Error('file insert returned no row');
  return row;
}

export async function fileMetas(db: Executor, countyId: string, ids: readonly string[]) {
  const out = new Map<string, FileMeta>();
  if (ids.length === 0) return out;
  const rows = await db
    .select(fileMetaColumns)
    .from(storedFiles)
    .where(and(eq(storedFiles.countyId, countyId), inArray(storedFiles.id, [...new Set(ids)])));
  for (const r of rows) out.set(r.id, r);
  return out;
}

export async function fileWithContent(
  db: Executor,
  countyId: string,
  id: string,
): Promise<(FileMeta & { content: Buffer }) | null> {
  const [row] = await db
    .select({ ...fileMetaColumns, content: storedFiles.content })
    .from(storedFiles)
    .where(and(eq(storedFiles.countyId, countyId), eq(storedFiles.id, id)));
  return row ?? null;
}

export async function deleteFiles(tx: Executor, countyId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .delete(storedFiles)
    .where(and(eq(storedFiles.countyId, countyId), inArray(storedFiles.id, [...ids])));
}

/** What the audit keeps of a file: what it is and where it went, never its content. */
export const fileAudit = (f: FileMeta, attachedTo: Record<string, string>) => ({
  attachedTo,
  name: f.name,
  mimeType: f.mimeType,
  size: f.size,
  sha256: f.sha256,
});

/** A file as the API lists it. */
export const presentFile = (f: FileMeta) => ({
  id: f.id,
  name: f.name,
  mimeType: f.mimeType,
  size: f.size,
  sha256: f.sha256,
  uploadedAt: f.uploadedAt,
  uploadedByName: f.uploadedByName,
});
export type PresentedFile = ReturnType<typeof presentFile>;
