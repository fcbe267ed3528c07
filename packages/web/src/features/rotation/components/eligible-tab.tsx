import { Button, Input, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useUser } from '../../../app/auth/auth-context';
import { enumLabel } from '../../../i18n/enum-label';
import { useT } from '../../../i18n/i18n-context';
import { deleteExemption } from '../api';
import { canRunCampaigns, isEditable } from '../status';
import type { Campaign, EligibleRow } from '../types';
import { useRotationT } from '../use-rotation-t';
import { ExemptionModal } from './exemption-modal';
import { Reasons } from './reasons';

interface Props {
  campaign: Campaign;
  rows: EligibleRow[] | undefined;
  totals: { due: number; eligible: number } | undefined;
  loading: boolean;
  onChanged: () => void;
  onError: (cause: unknown) => void;
}

export function EligibleTab({ campaign, rows, totals, loading, onChanged, onError }: Props) {
  const t = useT();
  const rt = useRotationT();
  const user = useUser();
  const [school, setSchool] = useState<string>();
  const [onlyEligible, setOnlyEligible] = useState(true);
  const [q, setQ] = useState('');
  const [exempting, setExempting] = useState<EligibleRow>();
  // The bureau exempts anyone in its county; a school its own teachers (the list holds only those for it).
  const mayExempt = isEditable(campaign.status) && (canRunCampaigns(user.role) || user.role === 'school');

  const schools = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of rows ?? []) seen.set(r.school.code, r.school.name);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [rows]);
  const shown = (rows ?? []).filter(
    (r) =>
      (!school || r.school.code === school) &&
      (!onlyEligible || r.eligible) &&
      (q === '' || r.name.includes(q) || r.teacherCode.includes(q)),
  );

  const columns: ColumnsType<EligibleRow> = [
    {
      title: rt('eligible.teacher'),
      key: 'teacher',
      render: (_, r) => (
        <Space size={4} wrap>
          <span>{r.name}</span>
          <Typography.Text type="secondary">{r.teacherCode}</Typography.Text>
          {r.backbone && <Tag color="gold">{rt('eligible.backbone')}</Tag>}
        </Space>
      ),
    },
    { title: rt('eligible.school'), key: 'school', render: (_, r) => r.school.name },
    {
      title: rt('eligible.section'),
      key: 'section',
      render: (_, r) => `${enumLabel(t, 'stage', r.stage)} · ${enumLabel(t, 'subject', r.subject)}`,
    },
    { title: rt('eligible.since'), dataIndex: 'atSchoolSince' },
    {
      title: rt('eligible.result'),
      key: 'result',
      render: (_, r) =>
        r.eligible ? (
          <Tag color="blue">{rt('eligible.eligible')}</Tag>
        ) : r.due ? (
          <Tag color="orange">{rt('eligible.exempt')}</Tag>
        ) : (
          <Tag>{rt('eligible.notDue')}</Tag>
        ),
    },
    { title: rt('eligible.reasons'), key: 'reasons', render: (_, r) => <Reasons reasons={r.reasons} /> },
    {
      title: rt('eligible.exemptions'),
      key: 'exemptions',
      render: (_, r) => (
        <Space direction="vertical" size={2}>
          {r.exemptions.map((e) => (
            <Space key={e.id} size={4}>
              <Tag color="orange">{rt(`exemption.rule.${e.rule}`)}</Tag>
              <Typography.Text style={{ fontSize: 12 }}>{e.evidence}</Typography.Text>
              {mayExempt && (
                <Popconfirm
                  title={rt('exemption.confirmDelete')}
                  onConfirm={() => deleteExemption(e.id).then(onChanged, onError)}
                >
                  <Button size="small" type="link">
                    {rt('exemption.delete')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          ))}
          {mayExempt && r.due && (
            <Button size="small" data-testid="rotation-exempt" onClick={() => setExempting(r)}>
              {rt('eligible.markExemption')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="rotation-eligible">
      <Space wrap style={{ marginBottom: 12 }}>
        {totals && (
          <Typography.Text strong data-testid="rotation-eligible-summary">
            {rt('eligible.summary', totals)}
          </Typography.Text>
        )}
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 240 }}
          placeholder={rt('eligible.school')}
          options={schools}
          value={school}
          onChange={setSchool}
        />
        <Input.Search
          allowClear
          style={{ width: 200 }}
          placeholder={rt('eligible.teacher')}
          onSearch={setQ}
        />
        <Space size={4}>
          <Switch checked={onlyEligible} onChange={setOnlyEligible} data-testid="rotation-only-eligible" />
          <span>{rt('eligible.onlyEligible')}</span>
        </Space>
      </Space>
      <Table<EligibleRow>
        rowKey="teacherCode"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={shown}
        scroll={{ x: 'max-content' }}
        pagination={{
          pageSize: 20,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
      {exempting && (
        <ExemptionModal
          campaignId={campaign.id}
          teacher={exempting}
          onClose={() => setExempting(undefined)}
          onSaved={() => {
            setExempting(undefined);
            onChanged();
          }}
        />
      )}
    </div>
  );
}
