import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { County, User } from '../../../app/api/types';
import { scopeKindOf } from '../../../app/permissions';
import { enumLabel } from '../../../i18n/enum-label';
import type { Locale, Translate } from '../../../i18n/translate';
import { formatDateTime } from '../../../shared/format';

export function userScopeText(t: Translate, user: User, counties: County[]): string {
  const county = counties.find((candidate) => candidate.id === user.countyId);
  switch (scopeKindOf(user.role)) {
    case 'all':
      return t('pages.users.scopeAll');
    case 'city':
      return counties[0]?.cityName ?? '';
    case 'county':
      return county?.name ?? user.countyId ?? '';
    case 'school': {
      const where = county?.name ?? user.countyId ?? '';
      // A teacher account is one roster teacher: show whose records it may read.
      return user.teacherCode ? `${where} · ${t('fields.user.teacherCode')} ${user.teacherCode}` : where;
    }
  }
}

/** The user table's columns; the action column is appended by the page because it needs callbacks. */
export function userColumns(t: Translate, locale: Locale, counties: County[]): ColumnsType<User> {
  return [
    { key: 'username', dataIndex: 'username', title: t('fields.user.username'), sorter: true },
    { key: 'displayName', dataIndex: 'displayName', title: t('fields.user.displayName'), sorter: true },
    {
      key: 'role',
      dataIndex: 'role',
      title: t('fields.user.role'),
      render: (_v, user) => enumLabel(t, 'role', user.role),
    },
    {
      key: 'scope',
      title: t('fields.user.scope'),
      render: (_v, user) => userScopeText(t, user, counties),
    },
    {
      key: 'status',
      dataIndex: 'disabled',
      title: t('fields.user.status'),
      render: (_v, user) => (
        <>
          {user.disabled ? (
            <Tag color="default">{t('pages.users.statusDisabled')}</Tag>
          ) : (
            <Tag color="green">{t('pages.users.statusActive')}</Tag>
          )}
          {user.mustChangePassword && <Tag color="orange">{t('pages.users.mustChange')}</Tag>}
        </>
      ),
    },
    {
      key: 'lastLoginAt',
      dataIndex: 'lastLoginAt',
      title: t('fields.user.lastLoginAt'),
      sorter: true,
      render: (_v, user) => formatDateTime(user.lastLoginAt, locale),
    },
  ];
}
