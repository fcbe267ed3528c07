import { Descriptions } from 'antd';
import type { SchoolDetail } from '../../../app/api/types';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { schoolFieldText } from './school-columns';

export function SchoolDescriptions({ school }: { school: SchoolDetail }) {
  const t = useT();
  const [locale] = useLocale();
  const text = schoolFieldText(t, locale);
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      data-testid="school-descriptions"
      items={[
        { key: 'schoolCode', label: t('fields.school.schoolCode'), children: school.schoolCode },
        { key: 'schoolType', label: t('fields.school.schoolType'), children: text.schoolType(school) },
        { key: 'ownership', label: t('fields.school.ownership'), children: text.ownership(school) },
        { key: 'urbanRural', label: t('fields.school.urbanRural'), children: text.urbanRural(school) },
        { key: 'township', label: t('fields.school.township'), children: text.township(school) },
        { key: 'parentSchool', label: t('fields.school.parentSchool'), children: text.parentSchool(school) },
        { key: 'weak', label: t('fields.school.weak'), children: text.weak(school) },
        { key: 'coordinates', label: t('fields.school.coordinates'), children: text.coordinates(school) },
        {
          key: 'latestSchoolYear',
          label: t('fields.school.latestSchoolYear'),
          children: text.latestSchoolYear(school),
        },
      ]}
    />
  );
}
