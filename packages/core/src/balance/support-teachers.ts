// The teacher items of government support: certification and rotation shares.
import type { SchoolYear, Teacher } from '../org/types';
import {
  supportItem,
  type GovernmentSupportParams,
  type OffendingSchool,
  type RotationCounts,
  type SupportItem,
} from './support-types';

export function certifiedTeachersItem(
  teachers: readonly Teacher[],
  schoolYear: SchoolYear,
  names: ReadonlyMap<string, string>,
  params: GovernmentSupportParams,
): SupportItem {
  const uncertified = new Map<string, number>();
  let count = 0;
  let certified = 0;
  for (const t of teachers) {
    if (t.schoolYear !== schoolYear || !t.fullTime || !names.has(t.schoolCode)) continue;
    count += 1;
    if (t.certified) certified += 1;
    else uncertified.set(t.schoolCode, (uncertified.get(t.schoolCode) ?? 0) + 1);
  }
  const share = count > 0 ? certified / count : null;
  const offending: OffendingSchool[] = [...uncertified].map(([code, n]) => ({
    schoolCode: code,
    schoolName: names.get(code) ?? '',
    value: n,
    limit: 0,
  }));
  return supportItem(
    'certifiedTeachers',
    { zh: '教师持有教师资格证上岗率达到100%', en: '100% of teachers certified' },
    params.minCertifiedShare,
    share,
    share === null ? null : share >= params.minCertifiedShare,
    offending,
  );
}

export function rotationItems(
  rotation: RotationCounts | null,
  params: GovernmentSupportParams,
): SupportItem[] {
  const ratio =
    rotation !== null && rotation.eligibleTeachers > 0
      ? rotation.rotatedTeachers / rotation.eligibleTeachers
      : null;
  const backbone =
    rotation !== null && rotation.rotatedTeachers > 0
      ? rotation.rotatedBackboneTeachers / rotation.rotatedTeachers
      : null;
  return [
    supportItem(
      'rotation',
      { zh: '交流轮岗教师比例不低于符合交流条件教师总数的10%', en: 'Rotation ≥ 10% of eligible teachers' },
      params.minRotationShare,
      ratio,
      ratio === null ? null : ratio >= params.minRotationShare,
    ),
    supportItem(
      'rotationBackbone',
      { zh: '骨干教师不低于交流轮岗教师总数的20%', en: 'Backbone ≥ 20% of rotated teachers' },
      params.minBackboneShareOfRotated,
      backbone,
      backbone === null ? null : backbone >= params.minBackboneShareOfRotated,
    ),
  ];
}
