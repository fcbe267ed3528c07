import { DownloadOutlined } from '@ant-design/icons';
import { Button, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useSearchParams } from 'react-router-dom';
import { download } from '../../../app/api/client';
import { useUser } from '../../../app/auth/auth-context';
import { useCounties } from '../../../app/layout/counties-context';
import { effectiveCountyId } from '../../../app/layout/scope';
import { enumLabel } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { PageCard } from '../../../shared/components/page-card';
import { formatDate } from '../../../shared/format';
import { useRequest } from '../../../shared/use-request';
import { fetchCommunities, fetchMentorships, mentorshipsExportUrl } from '../api';
import type { MentorshipItem } from '../types';
import { useCommunityT } from '../use-community-t';

/** ACT-3: mentorship pairs (师徒结对), across schools of a community for the most part. */
export function MentorshipsPage() {
  const t = useT();
  const ct = useCommunityT();
  const [locale] = useLocale();
  const user = useUser();
  const { counties } = useCounties();
  const [search, setSearch] = useSearchParams();
  const countyId = effectiveCountyId(search.get('countyId') ?? undefined, user, counties);
  const communityId = search.get('communityId') ?? undefined;
  const pairs = useRequest(countyId ? `mentorships:${countyId}:${communityId ?? ''}` : null, (signal) =>
    fetchMentorships({ countyId, communityId }, signal),
  );
  const communities = useRequest(countyId ? `communities:${countyId}` : null, (signal) =>
    fetchCommunities({ countyId }, signal),
  );
  const items = pairs.data?.items ?? [];
  const person = (name: string | null, id: string) => (
    <Space size={4}>
      <span>{name ?? id}</span>
      {name && <Typography.Text type="secondary">{id}</Typography.Text>}
    </Space>
  );
  const columns: ColumnsType<MentorshipItem> = [
    { title: ct('mentorship.mentor'), key: 'mentor', render: (_, p) => person(p.mentorName, p.mentorId) },
    {
      title: ct('mentorship.mentorSchool'),
      key: 'mentorSchool',
      render: (_, p) => p.mentorSchool?.name ?? '—',
    },
    { title: ct('mentorship.mentee'), key: 'mentee', render: (_, p) => person(p.menteeName, p.menteeId) },
    {
      title: ct('mentorship.menteeSchool'),
      key: 'menteeSchool',
      render: (_, p) => p.menteeSchool?.name ?? '—',
    },
    { title: ct('activities.community'), key: 'community', render: (_, p) => p.community?.name ?? '—' },
    {
      title: ct('mentorship.subject'),
      dataIndex: 'subject',
      render: (s: string | null) => (s ? enumLabel(t, 'subject', s) : '—'),
    },
    {
      title: ct('mentorship.period'),
      key: 'period',
      render: (_, p) => `${formatDate(p.startOn, locale)} – ${p.endOn ? formatDate(p.endOn, locale) : ''}`,
    },
    {
      title: ct('status'),
      key: 'status',
      render: (_, p) => (
        <Space size={4}>
          <Tag color={p.active ? 'green' : 'default'}>
            {ct(p.active ? 'mentorship.active' : 'mentorship.ended')}
          </Tag>
          {p.crossSchool && <Tag color="purple">{ct('mentorship.crossSchool')}</Tag>}
        </Space>
      ),
    },
  ];
  return (
    <div data-testid="mentorships-page">
      <PageCard
        title={ct('mentorships')}
        extra={
          <Space wrap>
            <Select<string>
              style={{ width: 240 }}
              allowClear
              placeholder={ct('activities.community')}
              value={communityId}
              onChange={(v) => {
                const next = new URLSearchParams(search);
                if (v) next.set('communityId', v);
                else next.delete('communityId');
                setSearch(next, { replace: true });
              }}
              options={(communities.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
            <Button
              icon={<DownloadOutlined />}
              onClick={() => download(mentorshipsExportUrl({ countyId, communityId }))}
            >
              {ct('export')}
            </Button>
          </Space>
        }
      >
        <ErrorAlert error={pairs.error} onRetry={pairs.reload} />
        <Typography.Paragraph data-testid="mentorship-summary">
          {ct('mentorship.summary', {
            total: items.length,
            active: items.filter((p) => p.active).length,
            cross: items.filter((p) => p.crossSchool).length,
          })}
        </Typography.Paragraph>
        <Table<MentorshipItem>
          data-testid="mentorship-table"
          rowKey="id"
          size="middle"
          loading={pairs.loading}
          columns={columns}
          dataSource={items}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }) }}
          locale={{ emptyText: t('common.empty') }}
        />
      </PageCard>
    </div>
  );
}
