// 政府保障程度 (教督〔2017〕6号, standards.md §5): the items the platform can compute from the workbook. The other
// items are entered with evidence elsewhere; here each computed item says met / not met, its value and the
// offending schools. Every threshold is a parameter (support-types.ts).
import type { CountyData, SchoolYear } from '../org/types';
import { classSizeReport } from './class-size';
import { decideSchool } from './population';
import { certifiedTeachersItem, rotationItems } from './support-teachers';
import {
  DEFAULT_GOVERNMENT_SUPPORT_PARAMS,
  supportItem,
  type GovernmentSupportParams,
  type GovernmentSupportResult,
  type OffendingSchool,
  type RotationCounts,
  type SupportItem,
} from './support-types';

export function governmentSupport(
  data: CountyData,
  schoolYear: SchoolYear,
  rotation: RotationCounts | null = null,
  params: GovernmentSupportParams = DEFAULT_GOVERNMENT_SUPPORT_PARAMS,
): GovernmentSupportResult {
  const stats = new Map(data.stats.filter((s) => s.schoolYear === schoolYear).map((s) => [s.schoolCode, s]));
  const schools = data.schools.filter((s) => decideSchool(s, stats.get(s.schoolCode), params.population).in);
  const names = new Map(schools.map((s) => [s.schoolCode, s.name]));
  const items: SupportItem[] = [];

  // Rooms needed = ceil(classes / 12) each of music and art; a school without room counts is not judged.
  const rooms: OffendingSchool[] = [];
  let roomsKnown = 0;
  const big: OffendingSchool[] = [];
  let largest = 0;
  for (const s of schools) {
    const st = stats.get(s.schoolCode);
    if (st === undefined) continue;
    const size = st.primaryStudents + st.juniorStudents + st.seniorStudents;
    const sizeLimit = params.maxSchoolSizeByType[s.schoolType] ?? params.maxSchoolSize;
    largest = Math.max(largest, size);
    if (size > sizeLimit)
      big.push({ schoolCode: s.schoolCode, schoolName: s.name, value: size, limit: sizeLimit });
    if (st.musicRooms === null || st.artRooms === null) continue;
    roomsKnown += 1;
    const needed = Math.ceil((st.primaryClasses + st.juniorClasses) / params.classesPerArtsRoom);
    const have = Math.min(st.musicRooms, st.artRooms);
    if (have < needed)
      rooms.push({ schoolCode: s.schoolCode, schoolName: s.name, value: have, limit: needed });
  }
  items.push(
    supportItem(
      'artsRooms',
      { zh: '每12个班级配备音乐、美术专用教室1间以上', en: 'A music and an art room per 12 classes' },
      params.classesPerArtsRoom,
      roomsKnown === 0 ? null : rooms.length,
      roomsKnown === 0 ? null : rooms.length === 0,
      rooms,
    ),
    supportItem(
      'schoolSize',
      {
        zh: '学校规模不超过2000人，九年一贯制学校、十二年一贯制学校不超过2500人',
        en: 'School size ≤ 2000 (nine-/twelve-year ≤ 2500)',
      },
      params.maxSchoolSize,
      largest,
      big.length === 0,
      big,
    ),
  );

  const cs = classSizeReport(data, schoolYear, {
    limits: params.classSizeLimits,
    schoolCodes: new Set(names.keys()),
  });
  const overLimit: OffendingSchool[] = cs.schools
    .filter((s) => s.total.overLimit > 0)
    .map((s) => ({
      schoolCode: s.schoolCode,
      schoolName: names.get(s.schoolCode) ?? '',
      value: s.total.maxSize,
      limit: s.byStage.primary.overLimit > 0 ? params.classSizeLimits.primary : params.classSizeLimits.junior,
    }));
  items.push(
    supportItem(
      'classSize',
      { zh: '小学、初中所有班级学生数分别不超过45人、50人', en: 'Every class ≤ 45 (primary) / 50 (junior)' },
      params.classSizeLimits.primary,
      cs.county.total.overLimit,
      cs.county.total.classes === 0 ? null : overLimit.length === 0,
      overLimit,
    ),
    certifiedTeachersItem(data.teachers, schoolYear, names, params),
    ...rotationItems(rotation, params),
  );

  const computed = items.filter((i) => i.status !== 'notComputed');
  return { items, allMet: computed.length === 0 ? null : computed.every((i) => i.status === 'met') };
}
