import { Descriptions, Divider, Drawer, Typography } from 'antd';
import type { TeacherRow } from '../../../app/api/types';
import { enumLabel } from '../../../i18n/enum-label';
import { useT } from '../../../i18n/i18n-context';
import { formatSchoolYear } from '../../../shared/format';
import { ServiceRecordPanel } from '../../rotation/components/service-record-panel';
import { useRotationT } from '../../rotation/use-rotation-t';

interface Props {
  teacher: TeacherRow | null;
  onClose: () => void;
}

/** One teacher: the roster row and the rotation service record (rural service for title promotion). */
export function TeacherDrawer({ teacher, onClose }: Props) {
  const t = useT();
  const rt = useRotationT();
  return (
    <Drawer
      open={teacher !== null}
      onClose={onClose}
      size={720}
      title={teacher ? `${teacher.name}（${teacher.teacherCode}）` : ''}
      destroyOnHidden
      data-testid="teacher-drawer"
    >
      {teacher && (
        <>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('fields.teacher.schoolName')}>{teacher.schoolName}</Descriptions.Item>
            <Descriptions.Item label={t('fields.teacher.schoolYear')}>
              {formatSchoolYear(t, teacher.schoolYear)}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.teacher.stage')}>
              {enumLabel(t, 'stage', teacher.stage)}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.teacher.subject')}>
              {enumLabel(t, 'subject', teacher.subject)}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.teacher.title')}>
              {enumLabel(t, 'title', teacher.title)}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.teacher.backboneLevel')}>
              {enumLabel(t, 'backboneLevel', teacher.backboneLevel)}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.teacher.education')}>
              {enumLabel(t, 'education', teacher.education)}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.teacher.yearsAtSchool')}>
              {teacher.yearsAtSchool}
            </Descriptions.Item>
          </Descriptions>
          <Divider titlePlacement="start">
            <Typography.Text strong>{rt('service.title')}</Typography.Text>
          </Divider>
          <ServiceRecordPanel teacherId={teacher.id} />
        </>
      )}
    </Drawer>
  );
}
