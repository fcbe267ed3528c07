import { App, Card, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useUser } from '../../../app/auth/auth-context';
import { useT } from '../../../i18n/i18n-context';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { useRequest } from '../../../shared/use-request';
import { fetchSchools } from '../../schools/api';
import { CampaignHeader } from '../components/campaign-header';
import { EffectTab } from '../components/effect-tab';
import { EligibleTab } from '../components/eligible-tab';
import { PlanTab } from '../components/plan-tab';
import { errorText } from '../errors';
import { canRunCampaigns, isCountyLevelRole } from '../status';
import type { SchoolRef } from '../types';
import { useCampaign } from '../use-campaign';
import { useRotationT } from '../use-rotation-t';

export function CampaignPage() {
  const t = useT();
  const rt = useRotationT();
  const { message } = App.useApp();
  const user = useUser();
  const { campaignId = '' } = useParams();
  const countyLevel = isCountyLevelRole(user.role);
  const data = useCampaign(campaignId, countyLevel);
  const campaign = data.campaign.data?.campaign;
  const [tab, setTab] = useState('eligible');
  const [busy, setBusy] = useState(false);
  const schools = useRequest(
    campaign && campaign.status === 'planned' && canRunCampaigns(user.role)
      ? `rotation-schools:${campaign.countyId}`
      : null,
    (signal) => fetchSchools({ countyId: campaign?.countyId, pageSize: 500, sort: 'name' }, signal),
  );
  const schoolRefs: SchoolRef[] = (schools.data?.items ?? []).map((s) => ({
    id: s.id,
    code: s.schoolCode,
    name: s.name,
    urbanRural: s.urbanRural,
  }));

  const onError = (cause: unknown) => void message.error(errorText(t, cause));
  const run = (work: () => Promise<unknown>) => {
    setBusy(true);
    work()
      .then(() => {
        void message.success(rt('action.done'));
        data.refresh();
      }, onError)
      .finally(() => setBusy(false));
  };

  if (data.campaign.error) return <ErrorAlert error={data.campaign.error} onRetry={data.campaign.reload} />;
  if (!campaign)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  const assignments = data.assignments.data?.items;
  const hasPlan = (assignments?.length ?? 0) > 0 || campaign.status !== 'draft';
  const check = data.check.data?.check;

  return (
    <div data-testid="rotation-campaign">
      <CampaignHeader campaign={campaign} hasPlan={hasPlan} busy={busy} run={run} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'eligible',
              label: <span data-testid="rotation-tab-eligible">{rt('tab.eligible')}</span>,
              children: (
                <EligibleTab
                  campaign={campaign}
                  rows={data.eligible.data?.items}
                  totals={data.eligible.data?.totals}
                  loading={data.eligible.loading}
                  onChanged={data.refresh}
                  onError={onError}
                />
              ),
            },
            {
              key: 'plan',
              label: <span data-testid="rotation-tab-plan">{rt('tab.plan')}</span>,
              children: (
                <PlanTab
                  campaign={campaign}
                  rows={assignments}
                  loading={data.assignments.loading}
                  check={check}
                  schools={schoolRefs}
                  onChanged={data.refresh}
                  onError={onError}
                />
              ),
            },
            ...(countyLevel
              ? [
                  {
                    key: 'effect',
                    label: <span data-testid="rotation-tab-effect">{rt('tab.effect')}</span>,
                    children: check ? (
                      <EffectTab
                        check={check}
                        requiredBackboneShare={campaign.policy.quota?.backboneShareOfRotated ?? null}
                      />
                    ) : (
                      <Skeleton active />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </div>
  );
}
