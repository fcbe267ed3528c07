// Uploaded files of communities and joint work: a community's charter (章程, one file, a new upload replaces it)
// and the files of an activity (minutes, photos, slides). Who may upload or delete is who may change the thing the
// file belongs to — the county bureau for a charter; the host school, the bureau or the researcher whose visit it
// is for an activity's files — and who may download is who may see it. Each upload or delete is one transaction
// with its audit entry (`stored_file`: what, where, size and hash; never the content).
import { and, count, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/service';
import { updatedStamps } from '../../audit/stamps';
import type { Actor } from '../../auth/roles';
import type { Scope } from '../../auth/scope';
import type { Db, Executor } from '../../db/client';
import { activityFiles, communities } from '../../db/schema';
import {
  fileAudit,
  fileWithContent,
  insertFile,
  presentFile,
  type PresentedFile,
  type Upload,
} from '../../files';
import type { Clock } from '../../shared/clock';
import { CommunityConflict, assertCountyLevel, assertManager, notFound } from '../access';
import { activityForWrite, activityInScope } from '../activities/service';
import { deleteFileAudited } from './attachments';
import { communityInScope, communityNotFound } from '../communities/service';

const fileNotFound = () => notFound('file / 文件');

/** Files an activity may carry (as many as typed references). */
export const MAX_ACTIVITY_FILES = 50;

// ---- charters ----

async function charterForWrite(db: Executor, actor: Actor, scope: Scope, communityId: string) {
  const { row } = await communityInScope(db, scope, communityId);
  assertCountyLevel(scope, row.countyId);
  assertManager(actor);
  return row;
}

export async function uploadCharter(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  communityId: string,
  read: () => Promise<Upload>,
): Promise<{ file: PresentedFile }> {
  const row = await charterForWrite(db, actor, scope, communityId);
  const countyId = row.countyId;
  // Read only once the caller may write: nobody else gets us to buffer a file.
  const upload = await read();
  return db.transaction(async (tx) => {
    const meta = await insertFile(tx, clock, actor, countyId, upload);
    const [updated] = await tx
      .update(communities)
      .set({ charterFileId: meta.id, ...updatedStamps(actor, clock()) })
      .where(and(eq(communities.countyId, countyId), eq(communities.id, communityId)))
      .returning({ id: communities.id });
    if (!updated) throw communityNotFound();
    const attachedTo = { community: communityId, as: 'charter' };
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'stored_file',
      entityId: meta.id,
      action: 'create',
      after: fileAudit(meta, attachedTo),
    });
    // The new charter replaces the old one.
    if (row.charterFileId) await deleteFileAudited(tx, clock, actor, countyId, row.charterFileId, attachedTo);
    return { file: presentFile(meta) };
  });
}

export async function charterFile(db: Db, scope: Scope, communityId: string) {
  const { row } = await communityInScope(db, scope, communityId);
  const file = row.charterFileId ? await fileWithContent(db, row.countyId, row.charterFileId) : null;
  if (!file) throw fileNotFound();
  return file;
}

export async function deleteCharter(db: Db, clock: Clock, actor: Actor, scope: Scope, communityId: string) {
  const row = await charterForWrite(db, actor, scope, communityId);
  const countyId = row.countyId;
  const fileId = row.charterFileId;
  if (!fileId) throw fileNotFound();
  await db.transaction(async (tx) => {
    await tx
      .update(communities)
      .set({ charterFileId: null, ...updatedStamps(actor, clock()) })
      .where(and(eq(communities.countyId, countyId), eq(communities.id, communityId)));
    await deleteFileAudited(tx, clock, actor, countyId, fileId, { community: communityId, as: 'charter' });
  });
}

// ---- activity files ----

export async function addActivityFile(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  activityId: string,
  read: () => Promise<Upload>,
): Promise<{ file: PresentedFile }> {
  const { row } = await activityForWrite(db, actor, scope, activityId);
  const countyId = row.countyId;
  const upload = await read();
  return db.transaction(async (tx) => {
    const [n] = await tx
      .select({ n: count() })
      .from(activityFiles)
      .where(and(eq(activityFiles.countyId, countyId), eq(activityFiles.activityId, activityId)));
    if ((n?.n ?? 0) >= MAX_ACTIVITY_FILES)
      throw new CommunityConflict(
        `an activity keeps at most ${MAX_ACTIVITY_FILES} files / 每项活动最多 ${MAX_ACTIVITY_FILES} 个附件`,
      );
    const meta = await insertFile(tx, clock, actor, countyId, upload);
    await tx.insert(activityFiles).values({ countyId, activityId, fileId: meta.id });
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'stored_file',
      entityId: meta.id,
      action: 'create',
      after: fileAudit(meta, { activity: activityId }),
    });
    return { file: presentFile(meta) };
  });
}

async function linked(db: Executor, countyId: string, activityId: string, fileId: string): Promise<boolean> {
  const [link] = await db
    .select({ fileId: activityFiles.fileId })
    .from(activityFiles)
    .where(
      and(
        eq(activityFiles.countyId, countyId),
        eq(activityFiles.activityId, activityId),
        eq(activityFiles.fileId, fileId),
      ),
    );
  return link !== undefined;
}

export async function activityFile(db: Db, scope: Scope, activityId: string, fileId: string) {
  const { row } = await activityInScope(db, scope, activityId);
  if (!(await linked(db, row.countyId, activityId, fileId))) throw fileNotFound();
  const file = await fileWithContent(db, row.countyId, fileId);
  if (!file) throw fileNotFound();
  return file;
}

export async function deleteActivityFile(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  activityId: string,
  fileId: string,
) {
  const { row } = await activityForWrite(db, actor, scope, activityId);
  const countyId = row.countyId;
  if (!(await linked(db, countyId, activityId, fileId))) throw fileNotFound();
  await db.transaction((tx) =>
    deleteFileAudited(tx, clock, actor, countyId, fileId, { activity: activityId }),
  );
}
