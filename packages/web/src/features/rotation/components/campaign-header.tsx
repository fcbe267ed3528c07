import { Button, Descriptions, Popconfirm, Space, Steps } from 'antd';
import { download } from '../../../app/api/client';
import { useUser } from '../../../app/auth/auth-context';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { PageCard } from '../../../shared/components/page-card';
import { formatDateTime, formatSchoolYear } from '../../../shared/format';
import { generatePlan, moveCampaign, noticeUrl } from '../api';
import { availableActions, canRunCampaigns, isCountyLevelRole, isEditable, STEP_ORDER } from '../status';
import type { Campaign, CampaignAction } from '../types';
import { useRotationT } from '../use-rotation-t';
import { StatusTag } from './status-tag';

interface Props {
  campaign: Campaign;
  hasPlan: boolean;
  busy: boolean;
  run: (work: () => Promise<unknown>) => void;
}

const CONFIRM: Partial<Record<CampaignAction, 'action.confirmSubmit' | 'action.confirmPublish'>> = {
  submit: 'action.confirmSubmit',
  publish: 'action.confirmPublish',
};

export function CampaignHeader({ campaign, hasPlan, busy, run }: Props) {
  const t = useT();
  const rt = useRotationT();
  const [locale] = useLocale();
  const user = useUser();
  const q = campaign.policy.quota;
  const pct = (v: number | undefined) => (v === undefined ? '' : `${Math.round(v * 1000) / 10}%`);

  const actionButton = (action: CampaignAction) => {
    const button = (
      <Button
        key={action}
        type={action === 'reject' ? 'default' : 'primary'}
        danger={action === 'reject'}
        loading={busy}
        data-testid={`rotation-action-${action}`}
        onClick={CONFIRM[action] ? undefined : () => run(() => moveCampaign(campaign.id, action))}
      >
        {rt(`action.${action}`)}
      </Button>
    );
    const confirm = CONFIRM[action];
    return confirm ? (
      <Popconfirm
        key={action}
        title={rt(confirm)}
        onConfirm={() => run(() => moveCampaign(campaign.id, action))}
      >
        {button}
      </Popconfirm>
    ) : (
      button
    );
  };

  return (
    <PageCard
      title={
        <Space>
          <span data-testid="rotation-campaign-name">{campaign.name}</span>
          <StatusTag status={campaign.status} />
        </Space>
      }
      extra={
        <Space wrap>
          {isEditable(campaign.status) && canRunCampaigns(user.role) && (
            <Button
              type={hasPlan ? 'default' : 'primary'}
              loading={busy}
              data-testid="rotation-generate"
              onClick={() => run(() => generatePlan(campaign.id))}
            >
              {rt(hasPlan ? 'action.regenerate' : 'action.generate')}
            </Button>
          )}
          {availableActions(campaign.status, user.role).map(actionButton)}
          {isCountyLevelRole(user.role) && hasPlan && (
            <Button data-testid="rotation-export" onClick={() => download(noticeUrl(campaign.id))}>
              {rt('action.export')}
            </Button>
          )}
        </Space>
      }
    >
      <Steps
        size="small"
        current={STEP_ORDER.indexOf(campaign.status)}
        items={STEP_ORDER.map((s) => ({ title: rt(`status.${s}`) }))}
        style={{ marginBottom: 16 }}
      />
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={rt('schoolYear')}>
          {formatSchoolYear(t, campaign.schoolYear)}
        </Descriptions.Item>
        <Descriptions.Item label={rt('campaignMonth')}>{campaign.campaignMonth}</Descriptions.Item>
        <Descriptions.Item label={rt('policy')}>
          {locale === 'zh-CN' ? campaign.policy.zh : campaign.policy.en}
        </Descriptions.Item>
        {q && <Descriptions.Item label={rt('shareShort')}>{pct(q.shareOfEligible)}</Descriptions.Item>}
        {q && (
          <Descriptions.Item label={rt('backboneShareShort')}>
            {pct(q.backboneShareOfRotated)}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={rt('updatedAt')}>
          {formatDateTime(campaign.updatedAt, locale)} · {campaign.updatedByName}
        </Descriptions.Item>
      </Descriptions>
    </PageCard>
  );
}
