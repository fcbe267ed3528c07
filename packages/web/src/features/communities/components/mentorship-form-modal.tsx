import type { Subject } from '@junheng/core';
import { Form, Select, Typography } from 'antd';
import { createMentorship, updateMentorship } from '../api';
import { todayIso } from '../select';
import type { CommunityItem, MentorshipBody, MentorshipItem, SchoolRef } from '../types';
import { useCommunityT } from '../use-community-t';
import { optionalText } from '../form-values';
import { useWrite } from '../use-write';
import { PeriodFields, SubjectField } from './form-fields';
import { FormModal } from './form-modal';
import { TeacherFields } from './teacher-fields';

interface Values {
  mentorSchoolId: string;
  mentorId: string;
  mentorName?: string;
  menteeSchoolId: string;
  menteeId: string;
  menteeName?: string;
  communityId?: string;
  subject?: Subject;
  startOn: string;
  endOn?: string;
}

interface Props {
  countyId: string;
  communities: CommunityItem[];
  schools: SchoolRef[];
  /** A school user's own school: the mentee's school to start with. */
  ownSchoolId: string | null;
  pair?: MentorshipItem;
  onClose: () => void;
  onSaved: (pair: MentorshipItem) => void;
}

/** ACT-3: record a 师徒结对 pair — mentor and mentee with their schools, the group, the subject, the period. */
export function MentorshipFormModal({
  countyId,
  communities,
  schools,
  ownSchoolId,
  pair,
  onClose,
  onSaved,
}: Props) {
  const ct = useCommunityT();
  const [form] = Form.useForm<Values>();
  const { saving, error, run } = useWrite();

  const submit = (v: Values) => {
    const body: Omit<MentorshipBody, 'countyId'> = {
      mentorId: v.mentorId.trim(),
      mentorName: optionalText(v.mentorName),
      menteeId: v.menteeId.trim(),
      menteeName: optionalText(v.menteeName),
      mentorSchoolId: v.mentorSchoolId,
      menteeSchoolId: v.menteeSchoolId,
      communityId: v.communityId ?? null,
      subject: v.subject ?? null,
      startOn: v.startOn,
      endOn: optionalText(v.endOn),
    };
    void run(
      () => (pair ? updateMentorship(pair.id, body) : createMentorship({ ...body, countyId })),
      (answer) => onSaved(answer.mentorship),
    );
  };

  return (
    <FormModal
      title={pair ? ct('mentorship.editTitle') : ct('mentorship.create')}
      testId="mentorship-form"
      saving={saving}
      error={error}
      width={720}
      onClose={onClose}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph type="secondary">{ct('mentorship.sameSchoolHint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="mentorship-form"
        initialValues={
          pair
            ? {
                mentorSchoolId: pair.mentorSchool?.id,
                mentorId: pair.mentorId,
                mentorName: pair.mentorName ?? undefined,
                menteeSchoolId: pair.menteeSchool?.id,
                menteeId: pair.menteeId,
                menteeName: pair.menteeName ?? undefined,
                communityId: pair.community?.id,
                subject: pair.subject ?? undefined,
                startOn: pair.startOn,
                endOn: pair.endOn ?? undefined,
              }
            : { menteeSchoolId: ownSchoolId ?? undefined, startOn: todayIso(new Date()) }
        }
        onFinish={submit}
      >
        <TeacherFields
          form={form}
          countyId={countyId}
          schools={schools}
          fields={{ school: 'mentorSchoolId', code: 'mentorId', name: 'mentorName' }}
          schoolLabel={ct('mentorship.mentorSchool')}
          label={ct('mentorship.mentor')}
          testId="mentorship-form-mentor"
        />
        <TeacherFields
          form={form}
          countyId={countyId}
          schools={schools}
          fields={{ school: 'menteeSchoolId', code: 'menteeId', name: 'menteeName' }}
          schoolLabel={ct('mentorship.menteeSchool')}
          label={ct('mentorship.mentee')}
          testId="mentorship-form-mentee"
        />
        <div style={{ display: 'flex', gap: 16 }}>
          <Form.Item name="communityId" label={ct('activities.community')} style={{ flex: 1 }}>
            <Select
              allowClear
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
              data-testid="mentorship-form-community"
            />
          </Form.Item>
          <SubjectField testId="mentorship-form-subject" />
        </div>
        <PeriodFields testId="mentorship-form" />
      </Form>
    </FormModal>
  );
}
