import { COMMUNITY_KINDS, COMMUNITY_KIND_LABELS, type CommunityKind } from '@junheng/core';
import { App, Button, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { fetchSchoolYears } from '../../../app/api/org-api';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { PageCard } from '../../../shared/components/page-card';
import { formatDate } from '../../../shared/format';
import { useRequest } from '../../../shared/use-request';
import { canManageCommunities, isCountyLevel } from '../access';
import { communitiesExportUrl, deleteCommunity, fetchCommunities, fetchProposals } from '../api';
import { CommunityFormModal } from '../components/community-form-modal';
import { CountySelect } from '../components/county-select';
import { DeleteButton } from '../components/delete-button';
import { ExportButton } from '../components/export-button';
import { MembersModal } from '../components/members-modal';
import { ProposalPanel } from '../components/proposal-panel';
import { ViolationsCard } from '../components/violations-card';
import { isCommunityMessageId } from '../select-messages';
import type { CommunityItem, CommunityWrite } from '../types';
import { useCountySchools } from '../use-county-schools';
import { localized } from '../use-community-t';
import { usePageContext } from '../use-page-context';

/** COM-1/2/3 for the county: communities by kind, the rule check, create / edit / members, and the proposal. */
export function CommunitiesPage() {
  const { t, ct, locale, user, search, countyId, setParams } = usePageContext();
  const { message } = App.useApp();
  const kindParam = search.get('kind');
  const kind = COMMUNITY_KINDS.find((k) => k === kindParam);
  const manager = canManageCommunities(user.role);
  const countyLevel = isCountyLevel(user.role);
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  const list = useRequest(countyId ? `communities:${countyId}:${kind ?? ''}:${version}` : null, (signal) =>
    fetchCommunities({ countyId, kind }, signal),
  );
  const { schools } = useCountySchools(manager ? countyId : undefined);
  const years = useRequest(manager && countyId ? `school-years:${countyId}` : null, () =>
    fetchSchoolYears(countyId ?? ''),
  );
  const proposals = useRequest(
    manager && countyId ? `community-proposals:${countyId}:${version}` : null,
    (signal) => fetchProposals(countyId ?? '', signal),
  );
  const latestYear = [...(years.data?.items ?? [])].sort().at(-1);
  const openProposal = proposals.data?.items.find((p) => p.acceptedAt === null);
  const [editing, setEditing] = useState<CommunityItem | 'new' | null>(null);
  const [members, setMembers] = useState<CommunityItem | null>(null);

  const saved = (answer: CommunityWrite) => {
    setEditing(null);
    refresh();
    if (answer.warnings.length > 0)
      void message.warning(
        `${ct('warnings', { count: answer.warnings.length })}${answer.warnings
          .map((w) => localized(locale, w.message))
          .join('；')}`,
      );
    else void message.success(ct('saved'));
  };

  const setParam = (name: string, value: string | undefined) => setParams({ [name]: value });

  const columns: ColumnsType<CommunityItem> = useMemo(
    () => [
      {
        title: ct('name'),
        dataIndex: 'name',
        render: (name: string, c) => (
          <Link to={`/communities/${c.id}`} data-testid="community-link">
            {name}
          </Link>
        ),
      },
      {
        title: ct('kind'),
        dataIndex: 'kind',
        render: (k: CommunityKind) => <Tag color="blue">{localized(locale, COMMUNITY_KIND_LABELS[k])}</Tag>,
      },
      { title: ct('lead'), key: 'lead', render: (_, c) => c.leadSchool?.name ?? '—' },
      {
        title: ct('memberCount'),
        dataIndex: 'currentMembers',
        align: 'right',
        sorter: (a, b) => a.currentMembers - b.currentMembers,
      },
      {
        title: ct('members'),
        key: 'members',
        width: 260,
        ellipsis: { showTitle: false },
        render: (_, c) => {
          const names = c.members
            .filter((m) => m.current && m.school && m.school.id !== c.leadSchool?.id)
            .map((m) => m.school?.name)
            .join(t('common.listSeparator'));
          return (
            <Tooltip title={names}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {names}
              </Typography.Text>
            </Tooltip>
          );
        },
      },
      { title: ct('startOn'), dataIndex: 'startOn', render: (d: string) => formatDate(d, locale) },
      {
        title: ct('status'),
        key: 'status',
        render: (_, c) => (c.active ? <Tag color="green">{ct('active')}</Tag> : <Tag>{ct('ended')}</Tag>),
      },
      {
        title: ct('origin'),
        dataIndex: 'origin',
        render: (o: string) => {
          const id = `origin.${o}`;
          return isCommunityMessageId(id) ? ct(id) : o;
        },
      },
      ...(manager
        ? [
            {
              title: ct('actions'),
              key: 'actions',
              fixed: 'right' as const,
              render: (_: unknown, c: CommunityItem) => (
                <Space size={4}>
                  <Button size="small" onClick={() => setEditing(c)} data-testid="community-edit">
                    {ct('edit')}
                  </Button>
                  <Button size="small" onClick={() => setMembers(c)} data-testid="community-members">
                    {ct('manageMembers')}
                  </Button>
                  <DeleteButton
                    confirm={ct('confirmDelete', { name: c.name })}
                    remove={() => deleteCommunity(c.id)}
                    onDone={refresh}
                  />
                </Space>
              ),
            },
          ]
        : []),
    ],
    // The columns change with the language and the role.
    [ct, locale, manager, t],
  );

  return (
    <div data-testid="communities-page">
      <PageCard
        title={ct('title')}
        extra={
          <Space wrap>
            <CountySelect />
            <Select<string>
              style={{ width: 160 }}
              value={kind ?? ''}
              data-testid="community-kind-filter"
              onChange={(k) => setParam('kind', k || undefined)}
              options={[
                { value: '', label: ct('allKinds') },
                ...COMMUNITY_KINDS.map((k) => ({
                  value: k,
                  label: localized(locale, COMMUNITY_KIND_LABELS[k]),
                })),
              ]}
            />
            {countyLevel && countyId && (
              <ExportButton url={communitiesExportUrl({ countyId, kind })} testId="community-export" />
            )}
            {manager && countyId && (
              <Button type="primary" onClick={() => setEditing('new')} data-testid="community-create">
                {ct('create')}
              </Button>
            )}
          </Space>
        }
      >
        {!countyId ? (
          <Typography.Text type="secondary">{ct('chooseCounty')}</Typography.Text>
        ) : (
          <>
            {countyLevel && <ViolationsCard countyId={countyId} version={version} />}
            <ErrorAlert error={list.error} onRetry={list.reload} />
            <Table<CommunityItem>
              data-testid="community-table"
              rowKey="id"
              size="middle"
              loading={list.loading}
              columns={columns}
              dataSource={list.data?.items ?? []}
              scroll={{ x: 'max-content' }}
              pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }) }}
              locale={{ emptyText: t('common.empty') }}
            />
          </>
        )}
      </PageCard>
      {manager && countyId && (
        <PageCard title={ct('proposal.title')}>
          <ProposalPanel
            countyId={countyId}
            schoolYear={latestYear}
            schools={schools}
            latest={openProposal}
            onAccepted={(count) => {
              void message.success(ct('proposal.accepted', { count }));
              refresh();
            }}
          />
        </PageCard>
      )}
      {editing && countyId && (
        <CommunityFormModal
          countyId={countyId}
          schools={schools}
          community={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      )}
      {members && (
        <MembersModal
          community={members}
          schools={schools}
          onClose={() => setMembers(null)}
          onChanged={() => refresh()}
        />
      )}
    </div>
  );
}
