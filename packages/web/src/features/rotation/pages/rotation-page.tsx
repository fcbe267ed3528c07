import { Button, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useUser } from '../../../app/auth/auth-context';
import { useCounties } from '../../../app/layout/counties-context';
import { effectiveCountyId } from '../../../app/layout/scope';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { PageCard } from '../../../shared/components/page-card';
import { formatDateTime, formatSchoolYear } from '../../../shared/format';
import { useRequest } from '../../../shared/use-request';
import { fetchCampaigns } from '../api';
import { CreateCampaignModal } from '../components/create-campaign-modal';
import { StatusTag } from '../components/status-tag';
import { canRunCampaigns } from '../status';
import type { Campaign } from '../types';
import { useRotationT } from '../use-rotation-t';

export function RotationPage() {
  const t = useT();
  const rt = useRotationT();
  const [locale] = useLocale();
  const user = useUser();
  const navigate = useNavigate();
  const { counties } = useCounties();
  const [search, setSearch] = useSearchParams();
  const countyId = effectiveCountyId(search.get('countyId') ?? undefined, user, counties);
  const campaigns = useRequest(countyId ? `rotation-campaigns:${countyId}` : null, (signal) =>
    fetchCampaigns(countyId ?? '', signal),
  );
  const [creating, setCreating] = useState(false);

  const columns: ColumnsType<Campaign> = useMemo(
    () => [
      {
        title: rt('name'),
        dataIndex: 'name',
        render: (name: string, c) => (
          <Link to={`/rotation/${c.id}`} data-testid="rotation-campaign-link">
            {name}
          </Link>
        ),
      },
      { title: rt('schoolYear'), dataIndex: 'schoolYear', render: (y: string) => formatSchoolYear(t, y) },
      { title: rt('campaignMonth'), dataIndex: 'campaignMonth' },
      {
        title: rt('policy'),
        key: 'policy',
        render: (_, c) => (locale === 'zh-CN' ? c.policy.zh : c.policy.en),
      },
      {
        title: rt('status'),
        dataIndex: 'status',
        render: (s: Campaign['status']) => <StatusTag status={s} />,
      },
      { title: rt('updatedAt'), dataIndex: 'updatedAt', render: (v: string) => formatDateTime(v, locale) },
      { title: rt('updatedBy'), dataIndex: 'updatedByName' },
    ],
    [rt, t, locale],
  );

  return (
    <div data-testid="rotation-page">
      <PageCard
        title={rt('campaigns')}
        extra={
          <Space>
            {counties.length > 1 && (
              <Select
                style={{ width: 200 }}
                placeholder={rt('chooseCounty')}
                value={countyId}
                options={counties.map((c) => ({ value: c.id, label: c.name }))}
                onChange={(id: string) => setSearch({ countyId: id }, { replace: true })}
              />
            )}
            {canRunCampaigns(user.role) && countyId && (
              <Button type="primary" data-testid="rotation-create" onClick={() => setCreating(true)}>
                {rt('create')}
              </Button>
            )}
          </Space>
        }
      >
        <ErrorAlert error={campaigns.error} onRetry={campaigns.reload} />
        {!countyId ? (
          <Typography.Text type="secondary">{rt('chooseCounty')}</Typography.Text>
        ) : (
          <div data-testid="rotation-campaign-table">
            <Table<Campaign>
              rowKey="id"
              size="middle"
              loading={campaigns.loading}
              columns={columns}
              dataSource={campaigns.data?.items ?? []}
              pagination={false}
              locale={{ emptyText: <Tag>{t('common.empty')}</Tag> }}
            />
          </div>
        )}
      </PageCard>
      {creating && countyId && (
        <CreateCampaignModal
          countyId={countyId}
          onClose={() => setCreating(false)}
          onCreated={(c) => navigate(`/rotation/${c.id}`)}
        />
      )}
    </div>
  );
}
