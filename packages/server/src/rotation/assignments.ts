// Stored assignments as the API shows them, and the scoped lookups: a school-level caller reaches only the
// assignments from or to its own school.
import type { Reason } from '@junheng/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Scope } from '../auth/scope';
import type { Executor } from '../db/client';
import { rotationAssignments, rotationCampaigns } from '../db/schema';
import { DomainError } from '../shared/errors';
import type { CampaignRow } from './access';
import { assignmentsOf, fromOrTo, type AssignmentRow, type SchoolRef } from './planning';

const unknownSchool = (id: string): SchoolRef => ({ id, code: '', name: '', urbanRural: 'rural' });

export function presentAssignment(row: AssignmentRow, byId: ReadonlyMap<string, SchoolRef>) {
  return {
    id: row.id,
    campaignId: row.campaignId,
    teacherCode: row.teacherCode,
    teacherName: row.teacherName,
    stage: row.stage,
    subject: row.subject,
    backbone: row.backbone,
    fromSchool: byId.get(row.fromSchoolId) ?? unknownSchool(row.fromSchoolId),
    toSchool: byId.get(row.toSchoolId) ?? unknownSchool(row.toSchoolId),
    kind: row.kind,
    stintMonths: row.stintMonths,
    roadKm: row.roadKm,
    fillsShortage: row.fillsShortage,
    reasons: row.reasons as Reason[],
    locked: row.locked,
    status: row.status,
    arrivedAt: row.arrivedAt,
  };
}

/** The campaign's assignments the caller may see (a teacher: their own). */
export const visibleAssignments = (db: Executor, scope: Scope, campaign: CampaignRow) =>
  assignmentsOf(db, campaign, scope.schoolId, scope.teacherCode);

/** Joins an assignment to its campaign (county_id leads both keys). */
export const campaignOfAssignment = () =>
  and(
    eq(rotationCampaigns.countyId, rotationAssignments.countyId),
    eq(rotationCampaigns.id, rotationAssignments.campaignId),
  );

export const assignmentNotFound = () =>
  new DomainError('NOT_FOUND', 'rotation assignment not found / 交流安排不存在');

/** One assignment and its campaign, if the caller's scope reaches it (404 otherwise). */
export async function assignmentInScope(
  db: Executor,
  scope: Scope,
  id: string,
): Promise<{ assignment: AssignmentRow; campaign: CampaignRow }> {
  if (scope.countyIds !== null && scope.countyIds.length === 0) throw assignmentNotFound();
  const own = scope.schoolId;
  const rows = await db
    .select({ assignment: rotationAssignments, campaign: rotationCampaigns })
    .from(rotationAssignments)
    .innerJoin(rotationCampaigns, campaignOfAssignment())
    .where(
      and(
        eq(rotationAssignments.id, id),
        scope.countyIds === null ? undefined : inArray(rotationAssignments.countyId, scope.countyIds),
        own === null ? undefined : fromOrTo(own),
        scope.teacherCode === null ? undefined : eq(rotationAssignments.teacherCode, scope.teacherCode),
      ),
    );
  const row = rows[0];
  if (!row) throw assignmentNotFound();
  return row;
}
