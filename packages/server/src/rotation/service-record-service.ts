// A teacher's rotation service record (ROT-2: "service counted in the teacher's record"): derived from the
// stored assignments of published and completed campaigns — no table of its own. Core counts the months
// (rotationServiceRecord); the requirement comes from the county's latest campaign policy (serviceRecord), the
// default when the county has none.
//
// Who reads it: county-level roles in scope; a school-level role for the teachers of its own school; a `teacher`
// account only its own record. Until accounts carry a link to a roster row, a teacher account is tied to its
// record by its username being the teacher code (工号) — any other teacher is not found (404, like every
// out-of-scope read).
import {
  rotationServiceRecord,
  serviceRecordPolicyOf,
  type RotationKind,
  type RotationPolicy,
  type SchoolType,
  type ServiceStint,
  type StintStatus,
  type UrbanRural,
  type UrbanRuralCode,
  type YearMonth,
} from '@junheng/core';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Scope } from '../auth/scope';
import type { Executor } from '../db/client';
import { rotationAssignments, rotationCampaigns, schools, teachers } from '../db/schema';
import { teacherRowsWhere } from '../org/scope-sql';
import type { Clock } from '../shared/clock';
import { DomainError } from '../shared/errors';
import { campaignOfAssignment } from './assignments';

/** Campaigns whose assignments are official: the notice is out. */
const OFFICIAL = ['published', 'completed'];

const notFound = () => new DomainError('TEACHER_NOT_FOUND', 'teacher not found / 教师不存在');

export function monthOf(now: Date): YearMonth {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}` as YearMonth;
}

async function teacherInScope(db: Executor, scope: Scope, id: string) {
  const [row] = await db
    .select({
      id: teachers.id,
      countyId: teachers.countyId,
      teacherCode: teachers.teacherCode,
      name: teachers.name,
      title: teachers.title,
      schoolYear: teachers.schoolYear,
      schoolId: teachers.schoolId,
      schoolName: schools.name,
    })
    .from(teachers)
    .innerJoin(schools, and(eq(schools.countyId, teachers.countyId), eq(schools.id, teachers.schoolId)))
    .where(
      and(
        teacherRowsWhere(scope, teachers.countyId, teachers.schoolId, teachers.teacherCode),
        eq(teachers.id, id),
      ),
    );
  if (!row) throw notFound();
  return row;
}

export async function teacherServiceRecord(db: Executor, clock: Clock, scope: Scope, teacherId: string) {
  const teacher = await teacherInScope(db, scope, teacherId);
  const countyId = teacher.countyId;
  const rows = await db
    .select({ assignment: rotationAssignments, campaign: rotationCampaigns })
    .from(rotationAssignments)
    .innerJoin(rotationCampaigns, campaignOfAssignment())
    .where(
      and(
        eq(rotationAssignments.countyId, countyId),
        eq(rotationAssignments.teacherCode, teacher.teacherCode),
        inArray(rotationCampaigns.status, OFFICIAL),
      ),
    );
  const schoolIds = [...new Set(rows.flatMap((r) => [r.assignment.fromSchoolId, r.assignment.toSchoolId]))];
  const schoolRows =
    schoolIds.length === 0
      ? []
      : await db
          .select()
          .from(schools)
          .where(and(eq(schools.countyId, countyId), inArray(schools.id, schoolIds)));
  const byId = new Map(schoolRows.map((s) => [s.id, s]));
  const [latest] = await db
    .select({ policy: rotationCampaigns.policy })
    .from(rotationCampaigns)
    .where(eq(rotationCampaigns.countyId, countyId))
    .orderBy(desc(rotationCampaigns.createdAt))
    .limit(1);
  const rules = serviceRecordPolicyOf((latest?.policy as RotationPolicy | undefined) ?? null);
  const stints: ServiceStint[] = rows.map(({ assignment: a, campaign: c }) => {
    const to = byId.get(a.toSchoolId);
    return {
      campaignId: c.id,
      campaignName: c.name,
      schoolYear: c.schoolYear as ServiceStint['schoolYear'],
      startMonth: c.campaignMonth as YearMonth,
      stintMonths: a.stintMonths,
      kind: a.kind as RotationKind,
      fromSchoolCode: byId.get(a.fromSchoolId)?.schoolCode ?? '',
      toSchool: {
        schoolCode: to?.schoolCode ?? '',
        name: to?.name ?? '',
        urbanRuralCode: (to?.urbanRuralCode ?? '220') as UrbanRuralCode,
        schoolType: (to?.schoolType ?? 'primary') as SchoolType,
        weak: to?.weak ?? false,
      },
      status: a.status as StintStatus,
      campaignCompleted: c.status === 'completed',
    };
  });
  const record = rotationServiceRecord({
    teacherCode: teacher.teacherCode,
    stints,
    asOf: monthOf(clock()),
    policy: rules,
  });
  const ref = (code: string) => {
    const s = schoolRows.find((x) => x.schoolCode === code);
    return s
      ? { id: s.id, code: s.schoolCode, name: s.name, urbanRural: s.urbanRural as UrbanRural, weak: s.weak }
      : null;
  };
  return {
    teacher: {
      id: teacher.id,
      teacherCode: teacher.teacherCode,
      name: teacher.name,
      title: teacher.title,
      schoolName: teacher.schoolName,
    },
    asOf: record.asOf,
    totalMonths: record.totalMonths,
    ruralMonths: record.ruralMonths,
    requiredMonths: record.requiredMonths,
    meetsPromotion: record.meetsPromotion,
    reasons: record.reasons,
    lines: record.lines.map((l) => ({
      campaignId: l.campaignId,
      campaignName: l.campaignName,
      schoolYear: l.schoolYear,
      startMonth: l.startMonth,
      stintMonths: l.stintMonths,
      kind: l.kind,
      status: l.status,
      campaignCompleted: l.campaignCompleted,
      fromSchool: ref(l.fromSchoolCode),
      toSchool: ref(l.toSchool.schoolCode),
      months: l.months,
      qualifying: l.qualifying,
      reasons: l.reasons,
    })),
  };
}
