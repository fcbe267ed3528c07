import { Form, Input, Select } from 'antd';
import { createStudio, updateStudio } from '../api';
import { groupPeriodBody, groupPeriodValues, optionalText, type GroupPeriodValues } from '../form-values';
import { todayIso } from '../select';
import type { StudioItem } from '../types';
import { useCommunityT } from '../use-community-t';
import { PeriodFields, requiredRule, SubjectField, type RecordFormProps } from './form-fields';
import { FormModal } from './form-modal';
import { TeacherFields } from './teacher-fields';

interface Values extends GroupPeriodValues {
  name: string;
  schoolId: string;
  leaderId: string;
  leaderName?: string;
}

interface Props extends RecordFormProps {
  studio?: StudioItem;
}

const valuesOf = (s: StudioItem): Values => ({
  name: s.name,
  schoolId: s.school?.id ?? '',
  leaderId: s.leaderId,
  leaderName: s.leaderName ?? undefined,
  ...groupPeriodValues(s),
});

/** A master studio (名师工作室): its leading teacher and school, the group whose rural schools it serves. */
export function StudioFormModal({ countyId, communities, schools, studio, onClose, onSaved }: Props) {
  const ct = useCommunityT();
  const [form] = Form.useForm<Values>();
  const submit = (v: Values) => {
    const body = {
      name: v.name.trim(),
      schoolId: v.schoolId,
      leaderId: v.leaderId.trim(),
      leaderName: optionalText(v.leaderName),
      ...groupPeriodBody(v),
    };
    return studio ? updateStudio(studio.id, body) : createStudio({ ...body, countyId });
  };
  return (
    <FormModal<Values, unknown>
      form={form}
      title={studio ? ct('studio.editTitle', { name: studio.name }) : ct('studio.create')}
      testId="studio-form"
      initialValues={studio ? valuesOf(studio) : { startOn: todayIso(new Date()) }}
      submit={submit}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item name="name" label={ct('studio.name')} rules={requiredRule(ct)}>
        <Input maxLength={100} placeholder={ct('studio.namePlaceholder')} data-testid="studio-form-name" />
      </Form.Item>
      <TeacherFields
        form={form}
        countyId={countyId}
        schools={schools}
        fields={{ school: 'schoolId', code: 'leaderId', name: 'leaderName' }}
        schoolLabel={ct('studio.school')}
        label={ct('studio.leader')}
        testId="studio-form-leader"
      />
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item name="communityId" label={ct('studio.community')} style={{ flex: 1 }}>
          <Select
            allowClear
            virtual={false}
            placeholder={ct('studio.noCommunity')}
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
            data-testid="studio-form-community"
          />
        </Form.Item>
        <SubjectField testId="studio-form-subject" />
      </div>
      <PeriodFields testId="studio-form" />
    </FormModal>
  );
}
