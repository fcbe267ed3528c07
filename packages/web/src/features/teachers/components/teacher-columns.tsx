import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import type { TeacherRow } from '../../../app/api/types';
import { enumLabel } from '../../../i18n/enum-label';
import type { Locale, Translate } from '../../../i18n/translate';
import { formatNumber, formatSchoolYear } from '../../../shared/format';

export type TeacherColumnKey =
  | 'name'
  | 'teacherCode'
  | 'gender'
  | 'schoolName'
  | 'stage'
  | 'subject'
  | 'education'
  | 'title'
  | 'backboneLevel'
  | 'age'
  | 'yearsAtSchool'
  | 'schoolYear';

/**
 * The teacher table's columns, declared once: the teacher list and the school page both use them. With `onOpen`
 * the name opens the teacher's details (the drawer with the rotation service record).
 */
export function teacherColumns(
  t: Translate,
  locale: Locale,
  omit: readonly TeacherColumnKey[] = [],
  onOpen?: (row: TeacherRow) => void,
): ColumnsType<TeacherRow> {
  const columns: (ColumnsType<TeacherRow>[number] & { key: TeacherColumnKey })[] = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('fields.teacher.name'),
      sorter: true,
      fixed: 'left',
      render: (_v, row) =>
        onOpen ? (
          <Typography.Link onClick={() => onOpen(row)} data-testid={`teacher-open-${row.teacherCode}`}>
            {row.name}
          </Typography.Link>
        ) : (
          row.name
        ),
    },
    { key: 'teacherCode', dataIndex: 'teacherCode', title: t('fields.teacher.teacherCode'), sorter: true },
    {
      key: 'gender',
      dataIndex: 'gender',
      title: t('fields.teacher.gender'),
      render: (_v, row) => enumLabel(t, 'gender', row.gender),
    },
    {
      key: 'schoolName',
      dataIndex: 'schoolName',
      title: t('fields.teacher.schoolName'),
      sorter: true,
      render: (_v, row) => <Link to={`/schools/${row.schoolId}`}>{row.schoolName}</Link>,
    },
    {
      key: 'stage',
      dataIndex: 'stage',
      title: t('fields.teacher.stage'),
      render: (_v, row) => enumLabel(t, 'stage', row.stage),
    },
    {
      key: 'subject',
      dataIndex: 'subject',
      title: t('fields.teacher.subject'),
      render: (_v, row) => enumLabel(t, 'subject', row.subject),
    },
    {
      key: 'education',
      dataIndex: 'education',
      title: t('fields.teacher.education'),
      render: (_v, row) => enumLabel(t, 'education', row.education),
    },
    {
      key: 'title',
      dataIndex: 'title',
      title: t('fields.teacher.title'),
      render: (_v, row) => enumLabel(t, 'title', row.title),
    },
    {
      key: 'backboneLevel',
      dataIndex: 'backboneLevel',
      title: t('fields.teacher.backboneLevel'),
      render: (_v, row) => enumLabel(t, 'backboneLevel', row.backboneLevel),
    },
    {
      key: 'age',
      dataIndex: 'age',
      title: t('fields.teacher.age'),
      sorter: true,
      align: 'right',
      render: (_v, row) => formatNumber(row.age, locale),
    },
    {
      key: 'yearsAtSchool',
      dataIndex: 'yearsAtSchool',
      title: t('fields.teacher.yearsAtSchool'),
      sorter: true,
      align: 'right',
      render: (_v, row) => formatNumber(row.yearsAtSchool, locale),
    },
    {
      key: 'schoolYear',
      dataIndex: 'schoolYear',
      title: t('fields.teacher.schoolYear'),
      render: (_v, row) => formatSchoolYear(t, row.schoolYear),
    },
  ];
  return columns.filter((column) => !omit.includes(column.key));
}
