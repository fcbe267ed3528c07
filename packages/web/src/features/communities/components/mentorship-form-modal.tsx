import { Form, Select, Typography } from 'antd';
import { createMentorship, updateMentorship } from '../api';
import { groupPeriodBody, groupPeriodValues, optionalText, type GroupPeriodValues } from '../form-values';
import { todayIso } from '../select';
import type { MentorshipItem } from '../types';
import { useCommunityT } from '../use-community-t';
import { PeriodFields, SubjectField, type RecordFormProps } from './form-fields';
import { FormModal } from './form-modal';
import { TeacherFields } from './teacher-fields';

interface Values extends GroupPeriodValues {
  mentorSchoolId: string;
  mentorId: string;
  mentorName?: string;
  menteeSchoolId: string;
  menteeId: string;
  menteeName?: string;
}

interface Props extends RecordFormProps {
  /** A school user's own school: the mentee's school to start with. */
  ownSchoolId: string | null;
  pair?: MentorshipItem;
}

const valuesOf = (p: MentorshipItem): Values => ({
  mentorSchoolId: p.mentorSchool?.id ?? '',
  mentorId: p.mentorId,
  mentorName: p.mentorName ?? undefined,
  menteeSchoolId: p.menteeSchool?.id ?? '',
  menteeId: p.menteeId,
  menteeName: p.menteeName ?? undefined,
  ...groupPeriodValues(p),
});

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
  const submit = (v: Values) => {
    const body = {
      mentorSchoolId: v.mentorSchoolId,
      mentorId: v.mentorId.trim(),
      mentorName: optionalText(v.mentorName),
      menteeSchoolId: v.menteeSchoolId,
      menteeId: v.menteeId.trim(),
      menteeName: optionalText(v.menteeName),
      ...groupPeriodBody(v),
    };
    return pair ? updateMentorship(pair.id, body) : createMentorship({ ...body, countyId });
  };
  const person = (role: 'mentor' | 'mentee') => (
    <TeacherFields
      form={form}
      countyId={countyId}
      schools={schools}
      fields={{ school: `${role}SchoolId`, code: `${role}Id`, name: `${role}Name` }}
      schoolLabel={ct(`mentorship.${role}School`)}
      label={ct(`mentorship.${role}`)}
      testId={`mentorship-form-${role}`}
    />
  );
  return (
    <FormModal<Values, unknown>
      form={form}
      title={pair ? ct('mentorship.editTitle') : ct('mentorship.create')}
      testId="mentorship-form"
      width={720}
      initialValues={
        pair ? valuesOf(pair) : { menteeSchoolId: ownSchoolId ?? undefined, startOn: todayIso(new Date()) }
      }
      submit={submit}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{ct('mentorship.sameSchoolHint')}</Typography.Paragraph>
      {person('mentor')}
      {person('mentee')}
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item name="communityId" label={ct('activities.community')} style={{ flex: 1 }}>
          <Select
            allowClear
            virtual={false}
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
            data-testid="mentorship-form-community"
          />
        </Form.Item>
        <SubjectField testId="mentorship-form-subject" />
      </div>
      <PeriodFields testId="mentorship-form" />
    </FormModal>
  );
}
