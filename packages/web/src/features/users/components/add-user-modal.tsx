import { Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessageId } from '../../../app/api/errors';
import type { Role } from '../../../app/api/types';
import { useUser } from '../../../app/auth/auth-context';
import { useCounties } from '../../../app/layout/counties-context';
import { effectiveCountyId } from '../../../app/layout/scope';
import { assignableRoles, scopeKindOf } from '../../../app/permissions';
import { enumOptions } from '../../../i18n/enum-label';
import { useT } from '../../../i18n/i18n-context';
import { MAX_PAGE_SIZE } from '../../../shared/use-list-params';
import { useRequest } from '../../../shared/use-request';
import { fetchSchools } from '../../schools/api';
import { fetchTeachers } from '../../teachers/api';
import { MIN_PASSWORD_LENGTH } from '../../auth/password-rules';
import { createUser, type NewUser } from '../api';

/** One option per roster code (a teacher appears once per school year on the roster). */
function rosterOptions(rows: readonly { teacherCode: string; name: string }[]) {
  const byCode = new Map(rows.map((r) => [r.teacherCode, r.name]));
  return [...byCode].map(([code, name]) => ({ value: code, label: `${name}（${code}）` }));
}

interface AddUserModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (name: string, initialPassword: string) => void;
}

export function AddUserModal({ open, onClose, onCreated }: AddUserModalProps) {
  const t = useT();
  const me = useUser();
  const { counties } = useCounties();
  const [form] = Form.useForm<NewUser>();
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const role = Form.useWatch('role', form) as Role | undefined;
  const chosenCounty = Form.useWatch('countyId', form) as string | undefined;
  const scope = role ? scopeKindOf(role) : undefined;
  const countyId = effectiveCountyId(chosenCounty, me, counties);
  const schools = useRequest(open && scope === 'school' ? `user-schools:${countyId ?? ''}` : null, (signal) =>
    fetchSchools({ countyId, pageSize: MAX_PAGE_SIZE, sort: 'name' }, signal),
  );
  const schoolId = Form.useWatch('schoolId', form) as string | undefined;
  // A teacher account is one teacher of the school's roster: it reads only that teacher's own records.
  const roster = useRequest(
    open && role === 'teacher' && schoolId ? `user-roster:${schoolId}` : null,
    (signal) => fetchTeachers({ schoolId, pageSize: MAX_PAGE_SIZE, sort: 'teacherCode' }, signal),
  );

  const submit = async () => {
    const values = await form.validateFields();
    setSubmitting(true);
    setError(undefined);
    try {
      const body: NewUser = {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        role: values.role,
        countyId: scope === 'county' || scope === 'school' ? countyId : undefined,
        schoolId: scope === 'school' ? values.schoolId : undefined,
        teacherCode: role === 'teacher' ? values.teacherCode : undefined,
        password: values.password ? values.password : undefined,
      };
      const { user, initialPassword } = await createUser(body);
      form.resetFields();
      onCreated(user.displayName, initialPassword);
    } catch (cause) {
      const apiError = cause instanceof ApiError ? cause : new ApiError(0, 'UNKNOWN', String(cause));
      setError(t(errorMessageId(apiError.code, apiError.status), { message: apiError.message }));
    } finally {
      setSubmitting(false);
    }
  };

  const required = [{ required: true, message: t('pages.users.required') }];
  return (
    <Modal
      open={open}
      title={t('pages.users.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="add-user-form" preserve={false}>
        <Form.Item name="username" label={t('fields.user.username')} rules={required}>
          <Input autoComplete="off" data-testid="add-user-username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('fields.user.displayName')} rules={required}>
          <Input data-testid="add-user-display-name" />
        </Form.Item>
        <Form.Item name="role" label={t('fields.user.role')} rules={required}>
          <Select options={enumOptions(t, 'role', assignableRoles(me.role))} data-testid="add-user-role" />
        </Form.Item>
        {(scope === 'county' || scope === 'school') && counties.length > 1 && (
          <Form.Item
            name="countyId"
            label={t('fields.user.county')}
            rules={[{ required: true, message: t('pages.users.countyRequired') }]}
          >
            <Select options={counties.map((county) => ({ value: county.id, label: county.name }))} />
          </Form.Item>
        )}
        {scope === 'school' && (
          <Form.Item
            name="schoolId"
            label={t('fields.user.school')}
            rules={[{ required: true, message: t('pages.users.schoolRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={schools.loading}
              options={(schools.data?.items ?? []).map((school) => ({
                value: school.id,
                label: school.name,
              }))}
              data-testid="add-user-school"
            />
          </Form.Item>
        )}
        {role === 'teacher' && scope === 'school' && (
          <Form.Item
            name="teacherCode"
            label={t('fields.user.teacherCode')}
            rules={[{ required: true, message: t('pages.users.teacherRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={roster.loading}
              disabled={!schoolId}
              options={rosterOptions(roster.data?.items ?? [])}
              data-testid="add-user-teacher"
            />
          </Form.Item>
        )}
        <Form.Item
          name="password"
          label={t('fields.user.password')}
          rules={[
            {
              min: MIN_PASSWORD_LENGTH,
              message: t('auth.changePassword.tooShort', { min: MIN_PASSWORD_LENGTH }),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
      {error && (
        <Typography.Text type="danger" data-testid="add-user-error">
          {error}
        </Typography.Text>
      )}
    </Modal>
  );
}
