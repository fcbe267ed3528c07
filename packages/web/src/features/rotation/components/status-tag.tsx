import { Tag } from 'antd';
import type { CampaignStatus } from '../types';
import { useRotationT } from '../use-rotation-t';

const COLORS: Record<CampaignStatus, string> = {
  draft: 'default',
  planned: 'processing',
  submitted: 'gold',
  approved: 'cyan',
  published: 'green',
  completed: 'purple',
};

export function StatusTag({ status }: { status: CampaignStatus }) {
  const rt = useRotationT();
  return (
    <Tag color={COLORS[status]} data-testid="rotation-status">
      {rt(`status.${status}`)}
    </Tag>
  );
}
