import type { ColumnsType } from 'antd/es/table';
import type { SchoolYearStats } from '../../../app/api/types';
import type { MessageId } from '../../../i18n/zh-CN';
import type { Locale, Translate } from '../../../i18n/translate';
import { formatNumber, formatSchoolYear } from '../../../shared/format';

type NumericStat = Exclude<
  keyof SchoolYearStats,
  'schoolYear' | 'schoolCode' | 'seniorStudents' | 'musicRooms' | 'artRooms'
>;

const NUMERIC_STATS: { key: NumericStat; label: MessageId }[] = [
  { key: 'primaryStudents', label: 'fields.stats.primaryStudents' },
  { key: 'juniorStudents', label: 'fields.stats.juniorStudents' },
  { key: 'primaryClasses', label: 'fields.stats.primaryClasses' },
  { key: 'juniorClasses', label: 'fields.stats.juniorClasses' },
  { key: 'teachingAuxArea', label: 'fields.stats.teachingAuxArea' },
  { key: 'indoorSportsArea', label: 'fields.stats.indoorSportsArea' },
  { key: 'sportsGroundArea', label: 'fields.stats.sportsGroundArea' },
  { key: 'equipmentValue', label: 'fields.stats.equipmentValue' },
  { key: 'computers', label: 'fields.stats.computers' },
  { key: 'multimediaClassrooms', label: 'fields.stats.multimediaClassrooms' },
  { key: 'books', label: 'fields.stats.books' },
];

export function statsColumns(t: Translate, locale: Locale): ColumnsType<SchoolYearStats> {
  return [
    {
      key: 'schoolYear',
      dataIndex: 'schoolYear',
      title: t('fields.stats.schoolYear'),
      fixed: 'left',
      render: (value: string) => formatSchoolYear(t, value),
    },
    ...NUMERIC_STATS.map(({ key, label }) => ({
      key,
      dataIndex: key,
      title: t(label),
      align: 'right' as const,
      render: (value: number) => formatNumber(value, locale),
    })),
  ];
}
