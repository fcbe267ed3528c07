import { AutoComplete, Form, Input, Select, type FormInstance } from 'antd';
import { useState } from 'react';
import { useRequest } from '../../../shared/use-request';
import { fetchTeachers } from '../../teachers/api';
import type { SchoolRef } from '../types';
import { useCommunityT } from '../use-community-t';
import { requiredRule } from './form-fields';

interface Props {
  form: FormInstance;
  countyId: string;
  schools: readonly SchoolRef[];
  /** The fields: the person's school, code and name. */
  fields: { school: string; code: string; name: string };
  schoolLabel: string;
  label: string;
  /** `<testId>-school`, `<testId>-code`, `<testId>-name`. */
  testId: string;
}

/**
 * A person at a school: the school, then the teacher code searched in that school's roster (choosing a teacher
 * fills the name), or typed as it is for someone the roster does not hold (the server keeps any code ≤ 40).
 */
export function TeacherFields({ form, countyId, schools, fields, schoolLabel, label, testId }: Props) {
  const ct = useCommunityT();
  const schoolId = Form.useWatch<string | undefined>(fields.school, form);
  const [q, setQ] = useState('');
  const text = q.trim();
  const found = useRequest(
    text ? `community-teachers:${countyId}:${schoolId ?? ''}:${text}` : null,
    (signal) => fetchTeachers({ countyId, schoolId, q: text, pageSize: 20 }, signal),
  );
  const options = (found.data?.items ?? []).map((r) => ({
    value: r.teacherCode,
    label: `${r.name}（${r.teacherCode}，${r.schoolName}）`,
    name: r.name,
  }));
  const required = requiredRule(ct);
  return (
    <>
      <Form.Item name={fields.school} label={schoolLabel} rules={required}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          virtual={false}
          options={schools.map((s) => ({ value: s.id, label: s.name }))}
          data-testid={`${testId}-school`}
        />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item
          name={fields.code}
          label={`${label} · ${ct('common.teacherCode')}`}
          rules={required}
          style={{ flex: 1 }}
        >
          <AutoComplete
            options={options}
            onSearch={setQ}
            onSelect={(_: string, option: { name: string }) => form.setFieldValue(fields.name, option.name)}
            placeholder={ct('common.teacherSearch')}
            data-testid={`${testId}-code`}
          />
        </Form.Item>
        <Form.Item name={fields.name} label={`${label} · ${ct('common.teacherName')}`} style={{ flex: 1 }}>
          <Input maxLength={40} data-testid={`${testId}-name`} />
        </Form.Item>
      </div>
    </>
  );
}
