import type { TrafficLight } from '@junheng/core';
import { Badge, Space, Tag, Typography } from 'antd';
import { LIGHT_COLORS } from '../select';
import { useCommunityT } from '../use-community-t';

/** One quota's light with how far behind a steady pace it is (ACT-2: who is behind and by how much). */
export function LightTag({ status, behindBy }: { status: TrafficLight; behindBy?: number }) {
  const ct = useCommunityT();
  return (
    <Space size={4}>
      <Tag color={LIGHT_COLORS[status]} data-testid="light" data-light={status}>
        <Badge status={LIGHT_COLORS[status] as 'success'} /> {ct(`light.${status}`)}
      </Tag>
      {status === 'red' && behindBy !== undefined && behindBy > 0 && (
        <Typography.Text type="danger">{ct('light.behind', { n: behindBy })}</Typography.Text>
      )}
    </Space>
  );
}
