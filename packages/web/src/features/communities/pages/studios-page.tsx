import { Button, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { enumLabel } from '../../../i18n/enum-label';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { PageCard } from '../../../shared/components/page-card';
import { useRequest } from '../../../shared/use-request';
import { canManageCommunities, isCountyLevel } from '../access';
import {
  deleteStudio,
  fetchCommunities,
  fetchCompliance,
  fetchStudios,
  studiosExportUrl,
  updateStudio,
} from '../api';
import { ExportButton } from '../components/export-button';
import { PersonCell, periodText } from '../components/cells';
import { CountySelect } from '../components/county-select';
import { ListTable } from '../components/list-table';
import { RowActions } from '../components/row-actions';
import { QuotaCell } from '../components/quota-cell';
import { StudioFormModal } from '../components/studio-form-modal';
import { todayIso } from '../select';
import { lightCounts, rowsBySubject } from '../structures';
import { termLabel } from '../term-label';
import type { CommunityItem, StudioItem } from '../types';
import { useEditing } from '../use-editing';
import { usePageContext } from '../use-page-context';
import { useSchoolRefs } from '../use-school-refs';

const isActive = (s: StudioItem, today: string) =>
  s.startOn <= today && (s.endOn === null || today <= s.endOn);

/** ACT-2: the county's master studios (名师工作室), the schools each serves and its activities against the quota. */
export function StudiosPage() {
  const { t, ct, locale, user, countyId } = usePageContext();
  const manager = canManageCommunities(user.role);
  const countyLevel = isCountyLevel(user.role);
  const { version, refresh, editing, current, open, close, saved } = useEditing<StudioItem>();
  const studios = useRequest(countyId ? `studios:${countyId}:${version}` : null, (signal) =>
    fetchStudios(countyId, signal),
  );
  const communities = useRequest(countyId ? `communities:${countyId}` : null, (signal) =>
    fetchCommunities({ countyId }, signal),
  );
  const compliance = useRequest(
    countyId ? `community-compliance:studios:${countyId}:${version}` : null,
    (signal) => fetchCompliance({ countyId }, signal),
  );
  const { refs: schools, rows: schoolRows } = useSchoolRefs(countyId, countyLevel, communities.data?.items);
  const quotas = useMemo(
    () => rowsBySubject(compliance.data?.items ?? [], 'masterStudio'),
    [compliance.data],
  );
  const items = studios.data?.items ?? [];
  const counts = lightCounts(new Map(items.map((s) => [s.id, quotas.get(s.id) ?? []])));
  const today = todayIso(new Date());
  const term = compliance.data?.term.id;
  const rural = new Set(schoolRows.filter((s) => s.urbanRural === 'rural').map((s) => s.id));
  const communityOf = (s: StudioItem): CommunityItem | undefined =>
    communities.data?.items.find((c) => c.id === s.community?.id);

  const columns: ColumnsType<StudioItem> = [
    {
      title: ct('studio.name'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (name: string, s) => (
        <Space orientation="vertical" size={0}>
          <span>{name}</span>
          <Space size={4} wrap>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {s.subject ? `${enumLabel(t, 'subject', s.subject)} · ` : ''}
              {periodText(ct, locale, s.startOn, s.endOn)}
            </Typography.Text>
            {!isActive(s, today) && <Tag>{ct('common.ended')}</Tag>}
          </Space>
        </Space>
      ),
    },
    {
      title: ct('studio.leader'),
      key: 'leader',
      render: (_, s) => <PersonCell name={s.leaderName} id={s.leaderId} school={s.school?.name ?? null} />,
    },
    {
      title: `${ct('studio.quota')}${term ? ` · ${termLabel(ct, term)}` : ''}`,
      key: 'quota',
      render: (_, s) => <QuotaCell rows={quotas.get(s.id)} />,
    },
    { title: ct('studio.community'), key: 'community', render: (_, s) => s.community?.name ?? '—' },
    ...(manager
      ? [
          {
            title: ct('actions'),
            key: 'actions',
            fixed: 'right' as const,
            render: (_: unknown, s: StudioItem) => (
              <RowActions
                prefix="studio"
                onEdit={() => open(s)}
                end={isActive(s, today) ? (endOn: string) => updateStudio(s.id, { endOn }) : undefined}
                confirmDelete={ct('studio.confirmDelete', { name: s.name })}
                remove={() => deleteStudio(s.id)}
                onDone={refresh}
              />
            ),
          },
        ]
      : []),
  ];

  const members = (s: StudioItem) => {
    const c = communityOf(s);
    if (!c) return <Typography.Text type="secondary">{ct('studio.noMembers')}</Typography.Text>;
    const current = c.members.filter((m) => m.current && m.school);
    return (
      <div data-testid="studio-members">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {ct('studio.members', { name: c.name })}
        </Typography.Paragraph>
        <Space wrap size={[4, 4]}>
          {current.map((m) => (
            <Tag key={m.id} color={m.school && rural.has(m.school.id) ? 'green' : 'default'}>
              {m.school?.name}
              {m.school && rural.has(m.school.id) ? ` · ${ct('studio.rural')}` : ''}
              {m.school?.id === c.leadSchool?.id ? ` · ${ct('members.leadTag')}` : ''}
            </Tag>
          ))}
        </Space>
        <div style={{ marginTop: 8 }}>
          <QuotaCell rows={quotas.get(s.id)} showLabel />
        </div>
      </div>
    );
  };

  return (
    <div data-testid="studios-page">
      <PageCard
        title={ct('studios')}
        extra={
          <Space wrap>
            <CountySelect />
            {countyId && <ExportButton url={studiosExportUrl(countyId)} testId="studio-export" />}
            {manager && countyId && (
              <Button type="primary" onClick={() => open('new')} data-testid="studio-create">
                {ct('studio.create')}
              </Button>
            )}
          </Space>
        }
      >
        <ErrorAlert error={studios.error} onRetry={studios.reload} />
        <ErrorAlert error={compliance.error} onRetry={compliance.reload} />
        <Typography.Paragraph data-testid="studio-summary">
          {ct('studio.summary', { total: items.length, ...counts })}
        </Typography.Paragraph>
        <ListTable<StudioItem>
          testId="studio-table"
          rowKey="id"
          loading={studios.loading}
          columns={columns}
          dataSource={items}
          expandable={{ expandedRowRender: members }}
        />
      </PageCard>
      {editing && countyId && (
        <StudioFormModal
          countyId={countyId}
          communities={communities.data?.items ?? []}
          schools={schools}
          studio={current}
          onClose={close}
          onSaved={saved}
        />
      )}
    </div>
  );
}
