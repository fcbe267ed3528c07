import { SUBJECTS } from '@junheng/core';
import { Form, Input, Select } from 'antd';
import { enumLabel } from '../../../i18n/enum-label';
import { useT } from '../../../i18n/i18n-context';
import type { CommunityItem, SchoolRef } from '../types';
import { useCommunityT, type CommunityT } from '../use-community-t';

/** What the pair and studio dialogs are given: the county, its groups and the schools the user may name. */
export interface RecordFormProps {
  countyId: string;
  communities: CommunityItem[];
  schools: SchoolRef[];
  onClose: () => void;
  onSaved: () => void;
}

/** A required text or choice (blank text counts as missing). */
export const requiredRule = (ct: CommunityT) => [
  { required: true, whitespace: true, message: ct('form.required') },
];

/** `startOn` (required) and `endOn` (open when empty) side by side; `<testId>-start`, `<testId>-end`. */
export function PeriodFields({ testId }: { testId: string }) {
  const ct = useCommunityT();
  return (
    <div style={{ display: 'flex', gap: 16 }}>
      <Form.Item name="startOn" label={ct('startOn')} rules={requiredRule(ct)} style={{ flex: 1 }}>
        <Input type="date" data-testid={`${testId}-start`} />
      </Form.Item>
      <Form.Item
        name="endOn"
        label={ct('endOn')}
        dependencies={['startOn']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, endOn: string | undefined) => {
              const startOn = getFieldValue('startOn') as string | undefined;
              if (endOn && startOn && endOn < startOn) throw new Error(ct('common.endBeforeStart'));
            },
          }),
        ]}
        style={{ flex: 1 }}
      >
        <Input type="date" data-testid={`${testId}-end`} />
      </Form.Item>
    </div>
  );
}

/** The optional `subject` of a pair or a studio, from the roster's subjects. */
export function SubjectField({ testId }: { testId: string }) {
  const t = useT();
  const ct = useCommunityT();
  return (
    <Form.Item name="subject" label={ct('common.subject')} style={{ flex: 1 }}>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        options={SUBJECTS.map((s) => ({ value: s, label: enumLabel(t, 'subject', s) }))}
        data-testid={testId}
      />
    </Form.Item>
  );
}
