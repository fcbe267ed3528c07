import { Form, Input, Select } from 'antd';
import type { User } from '../../../app/api/types';
import { createPatch, replacePatch } from '../api';
import { optionalText } from '../form-values';
import type { PatchItem, SchoolRef } from '../types';
import { useCommunityT } from '../use-community-t';
import { requiredRule } from './form-fields';
import { FormModal } from './form-modal';

interface Values {
  name: string;
  userId?: string;
  schoolIds: string[];
}

interface Props {
  countyId: string;
  schools: SchoolRef[];
  /** The county's researcher accounts to link (none offered when empty). */
  researchers: User[];
  patch?: PatchItem;
  onClose: () => void;
  onSaved: () => void;
}

/** 包片包抓 (seed 003): a county researcher and the schools they are responsible for. */
export function PatchFormModal({ countyId, schools, researchers, patch, onClose, onSaved }: Props) {
  const ct = useCommunityT();
  const [form] = Form.useForm<Values>();
  const submit = (v: Values) => {
    const body = { name: optionalText(v.name) ?? '', userId: v.userId ?? null, schoolIds: v.schoolIds };
    return patch ? replacePatch(patch.id, body) : createPatch({ ...body, countyId });
  };
  return (
    <FormModal<Values, unknown>
      form={form}
      title={patch ? ct('patch.editTitle', { name: patch.name }) : ct('patch.create')}
      testId="patch-form"
      initialValues={
        patch
          ? { name: patch.name, userId: patch.userId ?? undefined, schoolIds: patch.schools.map((s) => s.id) }
          : { schoolIds: [] }
      }
      submit={submit}
      onSaved={onSaved}
      onClose={onClose}
    >
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item name="name" label={ct('patch.researcher')} rules={requiredRule(ct)} style={{ flex: 1 }}>
          <Input
            maxLength={60}
            placeholder={ct('patch.researcherPlaceholder')}
            data-testid="patch-form-name"
          />
        </Form.Item>
        <Form.Item name="userId" label={ct('patch.account')} style={{ flex: 1 }}>
          <Select
            allowClear
            placeholder={ct('patch.accountNone')}
            showSearch={{ optionFilterProp: 'label' }}
            options={researchers.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
            onChange={(id: string | undefined) => {
              const u = researchers.find((r) => r.id === id);
              if (u && !form.getFieldValue('name')) form.setFieldValue('name', u.displayName);
            }}
            data-testid="patch-form-user"
          />
        </Form.Item>
      </div>
      <Form.Item name="schoolIds" label={ct('patch.schools')}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          virtual={false}
          options={schools.map((s) => ({ value: s.id, label: s.name }))}
          data-testid="patch-form-schools"
        />
      </Form.Item>
    </FormModal>
  );
}
