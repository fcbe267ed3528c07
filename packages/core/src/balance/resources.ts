// What a unit of each indicator's resource is called and which workbook field receives an addition.
import type { FacilityResources, TeacherCounts } from './input';
import type { LocalisedText, NumeratorResource } from './standards/types';

export interface ResourceLabel {
  name: LocalisedText;
  unit: LocalisedText;
  /** The English name is itself the counted noun ("4 backbone teachers", "300 books"), so no unit is written. */
  countable: boolean;
  /** Where an addition of this resource goes in a section. */
  target:
    { kind: 'facility'; field: keyof FacilityResources } | { kind: 'teachers'; field: keyof TeacherCounts };
}

const facility = (
  field: keyof FacilityResources,
  zh: string,
  en: string,
  unit: [string, string],
  countable = false,
): ResourceLabel => ({
  name: { zh, en },
  unit: { zh: unit[0], en: unit[1] },
  countable,
  target: { kind: 'facility', field },
});
const teachers = (field: keyof TeacherCounts, zh: string, en: string): ResourceLabel => ({
  name: { zh, en },
  unit: { zh: '人', en: 'teachers' },
  countable: true,
  target: { kind: 'teachers', field },
});

export const RESOURCE_LABELS: Readonly<Record<NumeratorResource, ResourceLabel>> = {
  teachingAuxArea: facility('teachingAuxArea', '教学及辅助用房', 'teaching and auxiliary area', ['㎡', 'm²']),
  teachingAuxAreaExclIndoorSports: facility(
    'teachingAuxArea',
    '教学及辅助用房',
    'teaching and auxiliary area',
    ['㎡', 'm²'],
  ),
  // New sports area is ground unless planned otherwise: indoor rooms would also change the teaching area.
  sportsArea: facility('sportsGroundArea', '体育运动场馆', 'sports area', ['㎡', 'm²']),
  equipmentValue: facility('equipmentValue', '教学仪器设备', 'equipment', ['元', 'yuan']),
  computers: facility('computers', '教学用计算机', 'computers', ['台', 'computers'], true),
  multimediaClassrooms: facility(
    'multimediaClassrooms',
    '网络多媒体教室',
    'multimedia classrooms',
    ['间', 'rooms'],
    true,
  ),
  books: facility('books', '图书', 'books', ['册', 'books'], true),
  fullTimeTeachers: teachers('fullTime', '专任教师', 'full-time teachers'),
  aboveRequiredEducationTeachers: teachers(
    'aboveRequiredEducation',
    '高于规定学历教师',
    'teachers above required education',
  ),
  intermediateTitleTeachers: teachers(
    'intermediateTitle',
    '中级及以上职称教师',
    'teachers with intermediate title',
  ),
  backboneTeachers: teachers('backbone', '县级以上骨干教师', 'backbone teachers'),
  peArtsTeachers: teachers('peArts', '体育艺术专任教师', 'PE and arts teachers'),
};
