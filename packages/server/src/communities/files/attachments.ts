// The uploaded files the community and activity presenters show, and their audited deletion (a charter replaced
// or going with its community, an activity's files going with it). Kept
// apart from the upload service so the area services can use it without importing each other in a circle.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../audit/service';
import type { Actor } from '../../auth/roles';
import type { Executor } from '../../db/client';
import { activityFiles, storedFiles } from '../../db/schema';
import type { Clock } from '../../shared/clock';
import {
  deleteFiles,
  fileAudit,
  fileMetaColumns,
  fileMetas,
  presentFile,
  type PresentedFile,
} from '../../files';

/** The charter files of these communities, by community id. */
export async function charterMetas(
  db: Executor,
  countyId: string,
  rows: readonly { id: string; charterFileId: string | null }[],
): Promise<Map<string, PresentedFile>> {
  const metas = await fileMetas(
    db,
    countyId,
    rows.flatMap((r) => (r.charterFileId ? [r.charterFileId] : [])),
  );
  const out = new Map<string, PresentedFile>();
  for (const r of rows) {
    const m = r.charterFileId ? metas.get(r.charterFileId) : undefined;
    if (m) out.set(r.id, presentFile(m));
  }
  return out;
}

/** The uploaded files of these activities, by activity id, in upload order. */
export async function activityAttachments(
  db: Executor,
  countyId: string,
  activityIds: readonly string[],
): Promise<Map<string, PresentedFile[]>> {
  const out = new Map<string, PresentedFile[]>();
  if (activityIds.length === 0) return out;
  const rows = await db
    .select({ activityId: activityFiles.activityId, ...fileMetaColumns })
    .from(activityFiles)
    .innerJoin(
      storedFiles,
      and(eq(storedFiles.countyId, activityFiles.countyId), eq(storedFiles.id, activityFiles.fileId)),
    )
    .where(and(eq(activityFiles.countyId, countyId), inArray(activityFiles.activityId, [...activityIds])))
    .orderBy(asc(storedFiles.uploadedAt), asc(storedFiles.id));
  for (const { activityId, ...meta } of rows)
    out.set(activityId, [...(out.get(activityId) ?? []), presentFile(meta)]);
  return out;
}

/** Deletes the uploaded files of an activity (before the activity itself goes); returns what was deleted. */
export async function deleteActivityFiles(tx: Executor, countyId: string, activityId: string) {
  const links = await tx
    .select({ fileId: activityFiles.fileId })
    .from(activityFiles)
    .where(and(eq(activityFiles.countyId, countyId), eq(activityFiles.activityId, activityId)));
  await deleteFiles(
    tx,
    countyId,
    links.map((l) => l.fileId),
  );
  return links.length;
}

/** Deletes one stored file and audits it with what it was attached to (in the caller's transaction). */
export async function deleteFileAudited(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  countyId: string,
  fileId: string,
  attachedTo: Record<string, string>,
): Promise<void> {
  const old = (await fileMetas(tx, countyId, [fileId])).get(fileId);
  await deleteFiles(tx, countyId, [fileId]);
  if (old === undefined) return;
  await recordAudit(tx, clock, {
    actor,
    countyId,
    entity: 'stored_file',
    entityId: fileId,
    action: 'delete',
    before: fileAudit(old, attachedTo),
  });
}
