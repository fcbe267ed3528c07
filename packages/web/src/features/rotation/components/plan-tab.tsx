import { Alert, Button, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useUser } from '../../../app/auth/auth-context';
import { enumLabel } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { confirmArrival, editAssignment } from '../api';
import { canRunCampaigns } from '../status';
import type { AssignmentRow, Campaign, PlanCheck, SchoolRef } from '../types';
import { textOf, useRotationT } from '../use-rotation-t';
import { Reasons } from './reasons';

interface Props {
  campaign: Campaign;
  rows: AssignmentRow[] | undefined;
  loading: boolean;
  check: PlanCheck | undefined;
  schools: SchoolRef[];
  onChanged: () => void;
  onError: (cause: unknown) => void;
}

export function PlanTab({ campaign, rows, loading, check, schools, onChanged, onError }: Props) {
  const t = useT();
  const rt = useRotationT();
  const [locale] = useLocale();
  const user = useUser();
  const editable = campaign.status === 'planned' && canRunCampaigns(user.role);
  const published = campaign.status === 'published' || campaign.status === 'completed';
  const problems = new Map<string, string[]>();
  for (const v of check?.violations ?? []) {
    if (v.teacherCode)
      problems.set(v.teacherCode, [...(problems.get(v.teacherCode) ?? []), textOf(locale, v)]);
  }
  const edit = (a: AssignmentRow, body: { locked?: boolean; toSchoolId?: string }) =>
    editAssignment(a.id, body).then(onChanged, onError);
  const mayConfirm = (a: AssignmentRow) =>
    campaign.status === 'published' &&
    a.status !== 'arrived' &&
    (canRunCampaigns(user.role) || (user.role === 'school' && user.schoolId === a.toSchool.id));
  const area = (s: SchoolRef) => enumLabel(t, 'urbanRural', s.urbanRural);

  const columns: ColumnsType<AssignmentRow> = [
    {
      title: rt('plan.teacher'),
      key: 'teacher',
      render: (_, a) => (
        <Space size={4} wrap>
          {problems.has(a.teacherCode) && (
            <Tooltip title={problems.get(a.teacherCode)?.join('；')}>
              <Tag color="red">!</Tag>
            </Tooltip>
          )}
          <span>{a.teacherName}</span>
          <Typography.Text type="secondary">{a.teacherCode}</Typography.Text>
          {a.backbone && <Tag color="gold">{rt('eligible.backbone')}</Tag>}
        </Space>
      ),
    },
    {
      title: rt('plan.move'),
      key: 'move',
      render: (_, a) => (
        <div>
          <div>
            {a.fromSchool.name} <Tag>{area(a.fromSchool)}</Tag>
          </div>
          <div>
            → {a.toSchool.name} <Tag color="green">{area(a.toSchool)}</Tag>
          </div>
        </div>
      ),
    },
    {
      title: rt('plan.section'),
      key: 'section',
      render: (_, a) => `${enumLabel(t, 'stage', a.stage)} · ${enumLabel(t, 'subject', a.subject)}`,
    },
    {
      title: rt('plan.km'),
      dataIndex: 'roadKm',
      align: 'right',
      render: (km: number | null) => (km === null ? '—' : km.toFixed(1)),
    },
    { title: rt('plan.reasons'), key: 'reasons', render: (_, a) => <Reasons reasons={a.reasons} /> },
    {
      title: <Tooltip title={rt('plan.lockedHint')}>{rt('plan.locked')}</Tooltip>,
      key: 'locked',
      render: (_, a) => (
        <Space direction="vertical" size={4}>
          <Switch
            size="small"
            checked={a.locked}
            disabled={!editable}
            onChange={(locked) => void edit(a, { locked })}
          />
          {editable && (
            <Select
              size="small"
              style={{ width: 170 }}
              aria-label={rt('plan.changeTo')}
              showSearch={{ optionFilterProp: 'label' }}
              value={a.toSchool.id}
              options={schools
                .filter((s) => s.id !== a.fromSchool.id)
                .map((s) => ({ value: s.id, label: s.name }))}
              onChange={(toSchoolId: string) => void edit(a, { toSchoolId })}
            />
          )}
        </Space>
      ),
    },
    ...(published
      ? [
          {
            title: rt('plan.arrival'),
            key: 'arrival',
            render: (_: unknown, a: AssignmentRow) =>
              mayConfirm(a) ? (
                <Button
                  size="small"
                  data-testid="rotation-confirm-arrival"
                  onClick={() => void confirmArrival(a.id).then(onChanged, onError)}
                >
                  {rt('plan.confirmArrival')}
                </Button>
              ) : (
                <Tag color={a.status === 'arrived' ? 'green' : 'default'}>
                  {rt(`plan.status.${a.status}`)}
                </Tag>
              ),
          },
        ]
      : []),
  ];

  // Grouped by sending school, then teacher: the order a bureau reads the list in.
  const list = [...(rows ?? [])].sort((x, y) =>
    x.fromSchool.code === y.fromSchool.code
      ? x.teacherCode.localeCompare(y.teacherCode)
      : x.fromSchool.code.localeCompare(y.fromSchool.code),
  );
  const backbone = list.filter((a) => a.backbone).length;
  const shortage = list.filter((a) => a.fillsShortage).length;
  return (
    <div data-testid="rotation-plan">
      {check && list.length > 0 && (
        <Alert
          style={{ marginBottom: 12 }}
          showIcon
          type={check.violations.length > 0 ? 'error' : 'success'}
          data-testid="rotation-violations"
          title={
            check.violations.length > 0
              ? rt('plan.violations', { count: check.violations.length })
              : rt('plan.noViolations')
          }
          description={
            check.violations.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {check.violations.map((v, i) => (
                  <li key={i}>{textOf(locale, v)}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <Typography.Paragraph strong data-testid="rotation-plan-summary">
        {list.length === 0 && !loading
          ? rt('plan.empty')
          : rt('plan.summary', { count: list.length, backbone, shortage })}
      </Typography.Paragraph>
      <Table<AssignmentRow>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={list}
        scroll={{ x: 'max-content' }}
        pagination={{
          pageSize: 20,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
    </div>
  );
}
