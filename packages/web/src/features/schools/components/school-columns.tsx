import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import type { SchoolRow } from '../../../app/api/types';
import { enumLabel } from '../../../i18n/enum-label';
import type { Locale, Translate } from '../../../i18n/translate';
import { formatCoordinates, formatNumber, formatSchoolYear } from '../../../shared/format';

/** How each school field reads, shared by the list's columns and the detail page's descriptions. */
export function schoolFieldText(t: Translate, locale: Locale) {
  return {
    schoolType: (school: SchoolRow) => enumLabel(t, 'schoolType', school.schoolType),
    ownership: (school: SchoolRow) => enumLabel(t, 'ownership', school.ownership),
    urbanRural: (school: SchoolRow) => enumLabel(t, 'urbanRural', school.urbanRural),
    township: (school: SchoolRow) => school.townshipName ?? school.township ?? '',
    parentSchool: (school: SchoolRow) => school.parentSchoolName ?? '',
    weak: (school: SchoolRow) => (school.weak ? t('common.yes') : t('common.no')),
    coordinates: (school: SchoolRow) => formatCoordinates(school.lng, school.lat),
    latestSchoolYear: (school: SchoolRow) => formatSchoolYear(t, school.latestSchoolYear),
    primaryStudents: (school: SchoolRow) => formatNumber(school.primaryStudents, locale),
    juniorStudents: (school: SchoolRow) => formatNumber(school.juniorStudents, locale),
    teacherCount: (school: SchoolRow) => formatNumber(school.teacherCount, locale),
  };
}

/** The school table's columns, declared once (sortable ones sort on the server: `sort=field`). */
export function schoolColumns(t: Translate, locale: Locale): ColumnsType<SchoolRow> {
  const text = schoolFieldText(t, locale);
  return [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('fields.school.name'),
      sorter: true,
      fixed: 'left',
      render: (_value, school) => (
        <Link to={`/schools/${school.id}`} data-testid="school-link">
          {school.name}
        </Link>
      ),
    },
    { key: 'schoolCode', dataIndex: 'schoolCode', title: t('fields.school.schoolCode'), sorter: true },
    {
      key: 'schoolType',
      dataIndex: 'schoolType',
      title: t('fields.school.schoolType'),
      render: (_v, s) => text.schoolType(s),
    },
    {
      key: 'urbanRural',
      dataIndex: 'urbanRural',
      title: t('fields.school.urbanRural'),
      render: (_v, s) => text.urbanRural(s),
    },
    {
      key: 'township',
      dataIndex: 'townshipName',
      title: t('fields.school.township'),
      render: (_v, s) => text.township(s),
    },
    {
      key: 'ownership',
      dataIndex: 'ownership',
      title: t('fields.school.ownership'),
      render: (_v, s) => text.ownership(s),
    },
    {
      key: 'weak',
      dataIndex: 'weak',
      title: t('fields.school.weak'),
      render: (_v, s) => (s.weak ? <Tag color="orange">{text.weak(s)}</Tag> : text.weak(s)),
    },
    {
      key: 'primaryStudents',
      dataIndex: 'primaryStudents',
      title: t('fields.school.primaryStudents'),
      sorter: true,
      align: 'right',
      render: (_v, s) => text.primaryStudents(s),
    },
    {
      key: 'juniorStudents',
      dataIndex: 'juniorStudents',
      title: t('fields.school.juniorStudents'),
      sorter: true,
      align: 'right',
      render: (_v, s) => text.juniorStudents(s),
    },
    {
      key: 'teacherCount',
      dataIndex: 'teacherCount',
      title: t('fields.school.teacherCount'),
      sorter: true,
      align: 'right',
      render: (_v, s) => text.teacherCount(s),
    },
  ];
}
