import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { ApiError, errorMessageId } from '../../../app/api/errors';
import { ROLES, type User } from '../../../app/api/types';
import { useUser } from '../../../app/auth/auth-context';
import { useCounties } from '../../../app/layout/counties-context';
import { enumOptions } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { FilterBar, type FilterField } from '../../../shared/components/filter-bar';
import { PageCard } from '../../../shared/components/page-card';
import { ServerTable } from '../../../shared/components/server-table';
import { useListParams } from '../../../shared/use-list-params';
import { useRequest } from '../../../shared/use-request';
import { fetchUsers, updateUser, USER_FILTER_KEYS, type UserChange, type UserFilterKey } from '../api';
import { AddUserModal } from '../components/add-user-modal';
import { InitialPassword } from '../components/initial-password';
import { userColumns } from '../components/user-columns';

export function UsersPage() {
  const t = useT();
  const [locale] = useLocale();
  const me = useUser();
  const { counties } = useCounties();
  const { message, modal } = App.useApp();
  const list = useListParams(USER_FILTER_KEYS);
  const query = { ...list.filters, page: list.page, pageSize: list.pageSize, sort: list.sort };
  const users = useRequest(`users?${list.key}`, (signal) => fetchUsers(query, signal));
  const [adding, setAdding] = useState(false);

  const showPassword = (name: string, password: string) =>
    modal.success({
      title: t('pages.users.initialPasswordTitle'),
      content: <InitialPassword name={name} password={password} />,
      okText: t('common.ok'),
      width: 480,
    });

  const change = async (user: User, body: UserChange) => {
    try {
      const result = await updateUser(user.id, body);
      if (result.initialPassword) showPassword(result.user.displayName, result.initialPassword);
      else void message.success(t('pages.users.updated'));
      users.reload();
    } catch (cause) {
      const apiError = cause instanceof ApiError ? cause : new ApiError(0, 'UNKNOWN', String(cause));
      void message.error(t(errorMessageId(apiError.code, apiError.status), { message: apiError.message }));
    }
  };

  const columns = useMemo<ColumnsType<User>>(
    () => [
      ...userColumns(t, locale, counties),
      {
        key: 'actions',
        title: t('common.actions'),
        render: (_v, user) =>
          user.id === me.id ? null : (
            <Space size="small">
              <Popconfirm
                title={t('pages.users.confirmReset', { name: user.displayName })}
                okText={t('common.ok')}
                cancelText={t('common.cancel')}
                onConfirm={() => change(user, { resetPassword: true })}
              >
                <Button size="small" type="link" data-testid="user-reset-password">
                  {t('pages.users.resetPassword')}
                </Button>
              </Popconfirm>
              {user.disabled ? (
                <Button size="small" type="link" onClick={() => void change(user, { disabled: false })}>
                  {t('pages.users.enable')}
                </Button>
              ) : (
                <Popconfirm
                  title={t('pages.users.confirmDisable', { name: user.displayName })}
                  okText={t('common.ok')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => change(user, { disabled: true })}
                >
                  <Button size="small" type="link" danger data-testid="user-disable">
                    {t('pages.users.disable')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          ),
      },
    ],
    // `change` only closes over stable callbacks and the reload of this page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, locale, counties, me.id],
  );

  const fields: FilterField<UserFilterKey>[] = [
    { key: 'role', kind: 'select', label: t('fields.user.role'), options: enumOptions(t, 'role', ROLES) },
    { key: 'q', kind: 'search', label: t('common.search'), placeholder: t('pages.users.searchPlaceholder') },
  ];

  return (
    <PageCard
      title={t('pages.users.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-user">
          {t('pages.users.add')}
        </Button>
      }
    >
      <FilterBar
        testId="user-filters"
        fields={fields}
        values={list.filters}
        onChange={list.setFilters}
        onReset={list.resetFilters}
      />
      <ErrorAlert error={users.error} onRetry={users.reload} />
      <ServerTable
        testId="user-table"
        columns={columns}
        rows={users.data?.items}
        total={users.data?.total}
        loading={users.loading}
        page={list.page}
        pageSize={list.pageSize}
        sort={list.sort}
        onChange={list.setPaging}
      />
      <AddUserModal
        open={adding}
        onClose={() => setAdding(false)}
        onCreated={(name, password) => {
          setAdding(false);
          users.reload();
          showPassword(name, password);
        }}
      />
    </PageCard>
  );
}
