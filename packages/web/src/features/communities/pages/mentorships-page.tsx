import { Button, Input, Segmented, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { enumLabel } from '../../../i18n/enum-label';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { PageCard } from '../../../shared/components/page-card';
import { useRequest } from '../../../shared/use-request';
import { canLogActivities, canManageCommunities, isCountyLevel } from '../access';
import {
  deleteMentorship,
  fetchCommunities,
  fetchMentorships,
  mentorshipsExportUrl,
  updateMentorship,
} from '../api';
import { PersonCell, periodText } from '../components/cells';
import { CountySelect } from '../components/county-select';
import { ExportButton } from '../components/export-button';
import { ListTable } from '../components/list-table';
import { RowActions } from '../components/row-actions';
import { MentorshipFormModal } from '../components/mentorship-form-modal';
import { filterPairs, mayEditPair, PAIR_STATUSES, type PairStatus } from '../structures';
import type { MentorshipItem } from '../types';
import { useEditing } from '../use-editing';
import { usePageContext } from '../use-page-context';
import { useSchoolRefs } from '../use-school-refs';

/** ACT-3: mentorship pairs (师徒结对) — filter, record, edit, end, export; across schools of a group for the most part. */
export function MentorshipsPage() {
  const { t, ct, locale, user, search, countyId, setParams } = usePageContext();
  const communityId = search.get('communityId') ?? undefined;
  const schoolId = search.get('schoolId') ?? undefined;
  const status = PAIR_STATUSES.find((s) => s === search.get('status')) ?? 'all';
  const q = search.get('q') ?? '';
  const countyLevel = isCountyLevel(user.role);
  const manager = canManageCommunities(user.role);
  const mayRecord = canLogActivities(user.role);
  const { version, refresh, editing, current, open, close, saved } = useEditing<MentorshipItem>();
  const query = { countyId, communityId, schoolId };
  const pairs = useRequest(countyId ? `mentorships:${JSON.stringify(query)}:${version}` : null, (signal) =>
    fetchMentorships(query, signal),
  );
  const communities = useRequest(countyId ? `communities:${countyId}` : null, (signal) =>
    fetchCommunities({ countyId }, signal),
  );
  const { refs: schools } = useSchoolRefs(countyId, countyLevel, communities.data?.items);
  const items = useMemo(() => filterPairs(pairs.data?.items ?? [], { status, q }), [pairs.data, status, q]);
  const mayEdit = (p: MentorshipItem) => mayEditPair(p, manager, countyLevel ? null : user.schoolId);

  const columns: ColumnsType<MentorshipItem> = [
    {
      title: ct('mentorship.mentor'),
      key: 'mentor',
      render: (_, p) => (
        <PersonCell name={p.mentorName} id={p.mentorId} school={p.mentorSchool?.name ?? null} />
      ),
    },
    {
      title: ct('mentorship.mentee'),
      key: 'mentee',
      render: (_, p) => (
        <PersonCell name={p.menteeName} id={p.menteeId} school={p.menteeSchool?.name ?? null} />
      ),
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
      sorter: (a, b) => a.startOn.localeCompare(b.startOn),
      render: (_, p) => periodText(ct, locale, p.startOn, p.endOn),
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
    ...(mayRecord
      ? [
          {
            title: ct('actions'),
            key: 'actions',
            fixed: 'right' as const,
            render: (_: unknown, p: MentorshipItem) =>
              mayEdit(p) ? (
                <RowActions
                  prefix="mentorship"
                  onEdit={() => open(p)}
                  end={p.active ? (endOn: string) => updateMentorship(p.id, { endOn }) : undefined}
                  confirmDelete={ct('mentorship.confirmDelete')}
                  remove={() => deleteMentorship(p.id)}
                  onDone={refresh}
                />
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <div data-testid="mentorships-page">
      <PageCard
        title={ct('mentorships')}
        extra={
          <Space wrap>
            <CountySelect />
            <ExportButton url={mentorshipsExportUrl(query)} testId="mentorship-export" />
            {mayRecord && countyId && (
              <Button type="primary" onClick={() => open('new')} data-testid="mentorship-create">
                {ct('mentorship.create')}
              </Button>
            )}
          </Space>
        }
      >
        <Space wrap style={{ marginBottom: 16 }} data-testid="mentorship-filters">
          <Select<string>
            style={{ width: 240 }}
            allowClear
            placeholder={ct('activities.community')}
            value={communityId}
            onChange={(v) => setParams({ communityId: v })}
            options={(communities.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            data-testid="mentorship-filter-community"
          />
          {countyLevel && (
            <Select<string>
              style={{ width: 220 }}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={ct('mentorship.school')}
              value={schoolId}
              onChange={(v) => setParams({ schoolId: v })}
              options={schools.map((s) => ({ value: s.id, label: s.name }))}
              data-testid="mentorship-filter-school"
            />
          )}
          <Segmented<PairStatus>
            value={status}
            onChange={(v) => setParams({ status: v === 'all' ? undefined : v })}
            options={PAIR_STATUSES.map((s) => ({ value: s, label: ct(`mentorship.status.${s}`) }))}
            data-testid="mentorship-filter-status"
          />
          <Input.Search
            allowClear
            style={{ width: 200 }}
            placeholder={ct('common.search')}
            defaultValue={q}
            onSearch={(v) => setParams({ q: v.trim() || undefined })}
            data-testid="mentorship-filter-q"
          />
        </Space>
        <ErrorAlert error={pairs.error} onRetry={pairs.reload} />
        <Typography.Paragraph data-testid="mentorship-summary">
          {ct('mentorship.summary', {
            total: items.length,
            active: items.filter((p) => p.active).length,
            cross: items.filter((p) => p.crossSchool).length,
          })}
        </Typography.Paragraph>
        <ListTable<MentorshipItem>
          testId="mentorship-table"
          rowKey="id"
          loading={pairs.loading}
          columns={columns}
          dataSource={items}
        />
      </PageCard>
      {editing && countyId && (
        <MentorshipFormModal
          countyId={countyId}
          communities={communities.data?.items ?? []}
          schools={schools}
          ownSchoolId={countyLevel ? null : user.schoolId}
          pair={current}
          onClose={close}
          onSaved={saved}
        />
      )}
    </div>
  );
}
