import { Button, Segmented, Space, Switch, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import type { User } from '../../../app/api/types';
import { enumLabel } from '../../../i18n/enum-label';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { PageCard } from '../../../shared/components/page-card';
import { useRequest } from '../../../shared/use-request';
import { fetchUsers } from '../../users/api';
import { canManageCommunities, isCountyLevel } from '../access';
import { deletePatch, fetchCompliance, fetchPatches, patchesExportUrl } from '../api';
import { ExportButton } from '../components/export-button';
import { CountySelect } from '../components/county-select';
import { ListTable } from '../components/list-table';
import { PatchFormModal } from '../components/patch-form-modal';
import { QuotaCell } from '../components/quota-cell';
import { RowActions } from '../components/row-actions';
import { patchesBySchool, rowsBySubject, type SchoolCoverage } from '../structures';
import { termLabel } from '../term-label';
import type { PatchItem } from '../types';
import { useEditing } from '../use-editing';
import { usePageContext } from '../use-page-context';
import { useSchoolRefs } from '../use-school-refs';

type View = 'researcher' | 'school';

/** 包片包抓 (seed 003): which researcher is responsible for which schools, and each researcher's quotas. */
export function PatchesPage() {
  const { t, ct, user, search, countyId, setParams } = usePageContext();
  const manager = canManageCommunities(user.role);
  const countyLevel = isCountyLevel(user.role);
  const view: View = search.get('view') === 'school' ? 'school' : 'researcher';
  const onlyUncovered = search.get('uncovered') === '1';
  const { version, refresh, editing, current, open, close, saved } = useEditing<PatchItem>();
  const patches = useRequest(countyId ? `patches:${countyId}:${version}` : null, (signal) =>
    fetchPatches(countyId, signal),
  );
  const compliance = useRequest(
    countyId ? `community-compliance:patches:${countyId}:${version}` : null,
    (signal) => fetchCompliance({ countyId }, signal),
  );
  // Researcher accounts to link: the bureau reads the user list (the roles that may manage users).
  const users = useRequest(manager ? 'users:researcher' : null, (signal) =>
    fetchUsers({ role: 'researcher', pageSize: 500 }, signal),
  );
  const { refs: schools, rows: schoolRows } = useSchoolRefs(countyId, countyLevel, undefined);
  const items = useMemo(() => patches.data?.items ?? [], [patches.data]);
  const quotas = useMemo(() => rowsBySubject(compliance.data?.items ?? [], 'researcher'), [compliance.data]);
  const coverage = useMemo(() => patchesBySchool(items, schools), [items, schools]);
  const uncovered = coverage.filter((c) => c.researchers.length === 0).length;
  const usersById = new Map<string, User>((users.data?.items ?? []).map((u) => [u.id, u]));
  const urbanRural = new Map(schoolRows.map((s) => [s.id, s.urbanRural]));
  const term = compliance.data?.term.id;

  const researcherColumns: ColumnsType<PatchItem> = [
    {
      title: ct('patch.researcher'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
    },
    ...(manager
      ? [
          {
            title: ct('patch.account'),
            key: 'account',
            render: (_: unknown, p: PatchItem) => {
              const u = p.userId ? usersById.get(p.userId) : undefined;
              return u ? `${u.displayName}（${u.username}）` : '—';
            },
          },
        ]
      : []),
    {
      title: ct('patch.schools'),
      key: 'schools',
      width: 360,
      render: (_, p) => (
        <Space wrap size={[4, 4]}>
          {p.schools.map((s) => (
            <Tag key={s.id}>{s.name}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: ct('patch.schoolCount'),
      key: 'count',
      align: 'right',
      sorter: (a, b) => a.schools.length - b.schools.length,
      render: (_, p) => p.schools.length,
    },
    {
      title: `${ct('patch.quota')}${term ? ` · ${termLabel(ct, term)}` : ''}`,
      key: 'quota',
      render: (_, p) => <QuotaCell rows={quotas.get(p.id)} showLabel />,
    },
    ...(manager
      ? [
          {
            title: ct('actions'),
            key: 'actions',
            fixed: 'right' as const,
            render: (_: unknown, p: PatchItem) => (
              <RowActions
                prefix="patch"
                onEdit={() => open(p)}
                confirmDelete={ct('patch.confirmDelete', { name: p.name })}
                remove={() => deletePatch(p.id)}
                onDone={refresh}
              />
            ),
          },
        ]
      : []),
  ];

  const schoolColumns: ColumnsType<SchoolCoverage> = [
    { title: ct('common.school'), key: 'school', render: (_, c) => c.school.name },
    {
      title: t('fields.school.urbanRural'),
      key: 'urbanRural',
      render: (_, c) => enumLabel(t, 'urbanRural', urbanRural.get(c.school.id)),
    },
    {
      title: ct('patch.researcher'),
      key: 'researchers',
      render: (_, c) =>
        c.researchers.length === 0 ? (
          <Tag color="error">{ct('patch.unassigned')}</Tag>
        ) : (
          <Space wrap size={[4, 4]}>
            {c.researchers.map((r) => (
              <Tag key={r.id} color="blue">
                {r.name}
              </Tag>
            ))}
          </Space>
        ),
    },
  ];

  return (
    <div data-testid="patches-page">
      <PageCard
        title={ct('patches')}
        extra={
          <Space wrap>
            <CountySelect />
            {countyLevel && (
              <Segmented<View>
                value={view}
                onChange={(v) => setParams({ view: v === 'school' ? v : undefined })}
                options={[
                  { value: 'researcher', label: ct('patch.byResearcher') },
                  { value: 'school', label: ct('patch.bySchool') },
                ]}
                data-testid="patch-view"
              />
            )}
            {countyId && <ExportButton url={patchesExportUrl(countyId)} testId="patch-export" />}
            {manager && countyId && (
              <Button type="primary" onClick={() => open('new')} data-testid="patch-create">
                {ct('patch.create')}
              </Button>
            )}
          </Space>
        }
      >
        <ErrorAlert error={patches.error} onRetry={patches.reload} />
        {countyLevel && (
          <Typography.Paragraph data-testid="patch-summary">
            {ct('patch.summary', {
              researchers: items.length,
              schools: coverage.length - uncovered,
              uncovered,
            })}
          </Typography.Paragraph>
        )}
        {view === 'researcher' ? (
          <ListTable<PatchItem>
            testId="patch-table"
            rowKey="id"
            loading={patches.loading}
            columns={researcherColumns}
            dataSource={items}
          />
        ) : (
          <>
            <Space size={4} style={{ marginBottom: 8 }}>
              <Switch
                size="small"
                checked={onlyUncovered}
                onChange={(on) => setParams({ uncovered: on ? '1' : undefined })}
              />
              <Typography.Text type="secondary">{ct('patch.onlyUncovered')}</Typography.Text>
            </Space>
            <ListTable<SchoolCoverage>
              testId="patch-school-table"
              pageSize={100}
              rowKey={(c) => c.school.id}
              loading={patches.loading}
              columns={schoolColumns}
              dataSource={onlyUncovered ? coverage.filter((c) => c.researchers.length === 0) : coverage}
            />
          </>
        )}
      </PageCard>
      {editing && countyId && (
        <PatchFormModal
          countyId={countyId}
          schools={schools}
          researchers={users.data?.items ?? []}
          patch={current}
          onClose={close}
          onSaved={saved}
        />
      )}
    </div>
  );
}
