import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { enumLabel } from '../../../i18n/enum-label';
import { useT } from '../../../i18n/i18n-context';
import type { CommunityRotation, RotationDirection } from '../select';
import { useCommunityT } from '../use-community-t';

const DIRECTION_COLORS: Record<RotationDirection, string> = { in: 'green', out: 'orange', within: 'blue' };

/** Rotation assignments into, out of and within the community, from every campaign of the county. */
export function CockpitRotations({ rows, loading }: { rows: CommunityRotation[]; loading: boolean }) {
  const t = useT();
  const ct = useCommunityT();
  const columns: ColumnsType<CommunityRotation> = [
    {
      title: ct('rotation.direction'),
      dataIndex: 'direction',
      render: (d: RotationDirection) => <Tag color={DIRECTION_COLORS[d]}>{ct(`rotation.${d}`)}</Tag>,
    },
    {
      title: ct('rotation.teacher'),
      key: 'teacher',
      render: (_, a) => (
        <span>
          {a.teacherName}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {enumLabel(t, 'subject', a.subject)}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: ct('rotation.move'),
      key: 'move',
      render: (_, a) => `${a.fromSchool.name} → ${a.toSchool.name}`,
    },
    { title: ct('rotation.campaign'), dataIndex: 'campaignName' },
    {
      title: ct('rotation.status'),
      dataIndex: 'status',
      render: (s: CommunityRotation['status']) => <Tag>{ct(`rotation.status.${s}`)}</Tag>,
    },
  ];
  const counts = { in: 0, out: 0, within: 0 };
  for (const r of rows) counts[r.direction] += 1;
  return (
    <div data-testid="cockpit-rotations">
      <Typography.Paragraph>
        {(['in', 'out', 'within'] as const).map((d) => (
          <Tag key={d} color={DIRECTION_COLORS[d]}>
            {ct(`rotation.${d}`)} {counts[d]}
          </Tag>
        ))}
      </Typography.Paragraph>
      <Table<CommunityRotation>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        pagination={rows.length > 8 ? { pageSize: 8 } : false}
        locale={{ emptyText: ct('cockpit.rotationsNone') }}
      />
    </div>
  );
}
