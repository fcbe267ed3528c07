import type { Subject } from '@junheng/core';
import { Form, Input, Select } from 'antd';
import { createStudio, updateStudio } from '../api';
import { todayIso } from '../select';
import type { CommunityItem, SchoolRef, StudioBody, StudioItem } from '../types';
import { useCommunityT } from '../use-community-t';
import { optionalText } from '../form-values';
import { useWrite } from '../use-write';
import { PeriodFields, SubjectField } from './form-fields';
import { FormModal } from './form-modal';
import { TeacherFields } from './teacher-fields';

interface Values {
  name: string;
  schoolId: string;
  leaderId: string;
  leaderName?: string;
  communityId?: string;
  subject?: Subject;
  startOn: string;
  endOn?: string;
}

interface Props {
  countyId: string;
  communities: CommunityItem[];
  schools: SchoolRef[];
  studio?: StudioItem;
  onClose: () => void;
  onSaved: (studio: StudioItem) => void;
}

/** A master studio (名师工作室): its leading teacher and school, the group whose rural schools it serves. */
export function StudioFormModal({ countyId, communities, schools, studio, onClose, onSaved }: Props) {
  const ct = useCommunityT();
  const [form] = Form.useForm<Values>();
  const { saving, error, run } = useWrite();
  const required = [{ required: true, whitespace: true, message: ct('form.required') }];

  const submit = (v: Values) => {
    const body: Omit<StudioBody, 'countyId'> = {
      name: v.name.trim(),
      leaderId: v.leaderId.trim(),
      leaderName: optionalText(v.leaderName),
      schoolId: v.schoolId,
      communityId: v.communityId ?? null,
      subject: v.subject ?? null,
      startOn: v.startOn,
      endOn: optionalText(v.endOn),
    };
    void run(
      () => (studio ? updateStudio(studio.id, body) : createStudio({ ...body, countyId })),
      (answer) => onSaved(answer.studio),
    );
  };

  return (
    <FormModal
      title={studio ? ct('studio.editTitle', { name: studio.name }) : ct('studio.create')}
      testId="studio-form"
      saving={saving}
      error={error}
      onClose={onClose}
      onOk={() => form.submit()}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="studio-form"
        initialValues={
          studio
            ? {
                name: studio.name,
                schoolId: studio.school?.id,
                leaderId: studio.leaderId,
                leaderName: studio.leaderName ?? undefined,
                communityId: studio.community?.id,
                subject: studio.subject ?? undefined,
                startOn: studio.startOn,
                endOn: studio.endOn ?? undefined,
              }
            : { startOn: todayIso(new Date()) }
        }
        onFinish={submit}
      >
        <Form.Item name="name" label={ct('studio.name')} rules={required}>
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
              placeholder={ct('studio.noCommunity')}
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
              data-testid="studio-form-community"
            />
          </Form.Item>
          <SubjectField testId="studio-form-subject" />
        </div>
        <PeriodFields testId="studio-form" />
      </Form>
    </FormModal>
  );
}
