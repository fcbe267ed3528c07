import { PaperClipOutlined } from '@ant-design/icons';
import { ACTIVITY_KINDS, ACTIVITY_KIND_LABELS, type ActivityKind } from '@junheng/core';
import { App, Button, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { PageCard } from '../../../shared/components/page-card';
import { formatDate } from '../../../shared/format';
import { useRequest } from '../../../shared/use-request';
import { canLogActivities, canManageCommunities, isCountyLevel, logsOwnVisits } from '../access';
import {
  activitiesExportUrl,
  complianceExportUrl,
  deleteActivity,
  fetchActivities,
  fetchCommunities,
  fetchCompliance,
  fetchPatches,
} from '../api';
import { activityFileUrl } from '../api-files';
import { ActivityFormModal } from '../components/activity-form-modal';
import { ExportButton } from '../components/export-button';
import { RowActions } from '../components/row-actions';
import { ComplianceTable } from '../components/compliance-table';
import { recentTermIds } from '../select';
import { termLabel } from '../term-label';
import type { ActivityItem } from '../types';
import { localized } from '../use-community-t';
import { usePageContext } from '../use-page-context';
import { useSchoolRefs } from '../use-school-refs';

/** ACT-1/2 for a school (or the bureau): the quotas' lights for its school or community, and its activity log. */
export function ActivitiesPage() {
  const { t, ct, locale, user, search, countyId, setParams } = usePageContext();
  const { message } = App.useApp();
  const termParam = search.get('termId') ?? undefined;
  const communityId = search.get('communityId') ?? undefined;
  const kindParam = search.get('kind');
  const kind = ACTIVITY_KINDS.find((k) => k === kindParam);
  const page = Number(search.get('page') ?? '1') || 1;
  const countyLevel = isCountyLevel(user.role);
  const researcher = logsOwnVisits(user.role);
  const mayLog = canLogActivities(user.role) || researcher;
  // A researcher edits what he logged under his own patches (the server checks the same).
  const ownPatches = useRequest(researcher && countyId ? `own-patches:${countyId}` : null, (signal) =>
    fetchPatches(countyId, signal),
  );
  const ownPatchIds = new Set(
    (ownPatches.data?.items ?? []).filter((p) => p.userId === user.id).map((p) => p.id),
  );
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);

  const communities = useRequest(countyId ? `communities:${countyId}` : null, (signal) =>
    fetchCommunities({ countyId }, signal),
  );
  const complianceQuery = { countyId, termId: termParam, communityId };
  const compliance = useRequest(
    countyId ? `community-compliance:${JSON.stringify(complianceQuery)}:${version}` : null,
    (signal) => fetchCompliance(complianceQuery, signal),
  );
  const termId = termParam ?? compliance.data?.term.id;
  const activityQuery = { countyId, termId, communityId, kind, page, pageSize: 20 };
  const activities = useRequest(
    countyId && termId ? `community-activities:${JSON.stringify(activityQuery)}:${version}` : null,
    (signal) => fetchActivities(activityQuery, signal),
  );
  const { refs: schoolRefs } = useSchoolRefs(countyId, countyLevel, communities.data?.items);
  const [editing, setEditing] = useState<ActivityItem | 'new' | null>(null);

  const currentTerm = compliance.data?.term.id;
  const terms = currentTerm
    ? recentTermIds(termParam && termParam > currentTerm ? termParam : currentTerm, 6)
    : [];
  const mayEdit = (a: ActivityItem) =>
    canManageCommunities(user.role) ||
    (user.role === 'school' && a.hostSchool?.id === user.schoolId) ||
    (researcher && a.researcherPatch !== null && ownPatchIds.has(a.researcherPatch.id));

  const columns: ColumnsType<ActivityItem> = [
    { title: ct('activities.date'), dataIndex: 'date', render: (d: string) => formatDate(d, locale) },
    {
      title: ct('activities.kind'),
      dataIndex: 'kind',
      render: (k: ActivityKind) => <Tag color="geekblue">{localized(locale, ACTIVITY_KIND_LABELS[k])}</Tag>,
    },
    {
      title: ct('activities.titleField'),
      key: 'title',
      // The uploaded files sit under the topic, so the row stays narrow enough for its actions.
      render: (_, a) => (
        <>
          {a.title ?? '—'}
          {a.attachments.length > 0 && (
            <div data-testid="activity-row-attachments">
              {a.attachments.map((f) => (
                <a
                  key={f.id}
                  href={activityFileUrl(a.id, f.id)}
                  download={f.name}
                  style={{ fontSize: 12, marginInlineEnd: 8 }}
                >
                  <PaperClipOutlined /> {f.name}
                </a>
              ))}
            </div>
          )}
        </>
      ),
    },
    { title: ct('activities.community'), key: 'community', render: (_, a) => a.community?.name ?? '—' },
    { title: ct('activities.host'), key: 'host', render: (_, a) => a.hostSchool?.name ?? '—' },
    {
      title: ct('activities.participants'),
      key: 'schools',
      render: (_, a) => (
        <Typography.Text style={{ fontSize: 12 }}>
          {a.participantSchools.map((s) => s.name).join(t('common.listSeparator'))}
        </Typography.Text>
      ),
    },
    {
      title: ct('activities.people'),
      key: 'people',
      align: 'right',
      render: (_, a) => a.peopleCount ?? (a.participants.length || '—'),
    },
    ...(mayLog
      ? [
          {
            title: ct('actions'),
            key: 'actions',
            fixed: 'right' as const,
            render: (_: unknown, a: ActivityItem) =>
              mayEdit(a) ? (
                <RowActions
                  prefix="activity"
                  onEdit={() => setEditing(a)}
                  confirmDelete={ct('activities.confirmDelete')}
                  remove={() => deleteActivity(a.id)}
                  onDone={refresh}
                />
              ) : null,
          },
        ]
      : []),
  ];

  const scopeLabel = communityId
    ? ct('compliance.scope.community')
    : countyLevel
      ? ct('compliance.scope.county')
      : ct('compliance.scope.school');
  return (
    <div data-testid="activities-page">
      <PageCard
        title={`${ct('compliance.title', { term: termId ? termLabel(ct, termId) : '' })} · ${scopeLabel}`}
        extra={
          <Space wrap>
            <Select<string>
              style={{ width: 200 }}
              value={termId}
              data-testid="activity-term"
              onChange={(v) => setParams({ termId: v, page: undefined })}
              options={terms.map((id) => ({ value: id, label: termLabel(ct, id) }))}
            />
            <Select<string>
              style={{ width: 220 }}
              allowClear
              placeholder={scopeLabel}
              value={communityId}
              data-testid="activity-community"
              onChange={(v) => setParams({ communityId: v, page: undefined })}
              options={(communities.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
            <ExportButton url={complianceExportUrl({ countyId, termId, communityId })} />
          </Space>
        }
      >
        <ErrorAlert error={compliance.error} onRetry={compliance.reload} />
        <ComplianceTable answer={compliance.data} loading={compliance.loading} testId="activity-compliance" />
      </PageCard>
      <PageCard
        title={ct('activities.title')}
        extra={
          <Space wrap>
            <Select<string>
              style={{ width: 180 }}
              allowClear
              placeholder={ct('activities.kind')}
              value={kind}
              onChange={(v) => setParams({ kind: v, page: undefined })}
              options={ACTIVITY_KINDS.map((k) => ({
                value: k,
                label: localized(locale, ACTIVITY_KIND_LABELS[k]),
              }))}
            />
            <ExportButton
              url={activitiesExportUrl({ countyId, termId, communityId, kind })}
              testId="activity-export"
            />
            {mayLog && countyId && (
              <Button type="primary" onClick={() => setEditing('new')} data-testid="activity-log">
                {ct('activities.log')}
              </Button>
            )}
          </Space>
        }
      >
        <ErrorAlert error={activities.error} onRetry={activities.reload} />
        <Table<ActivityItem>
          data-testid="activity-table"
          rowKey="id"
          size="middle"
          loading={activities.loading}
          columns={columns}
          dataSource={activities.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('common.empty') }}
          pagination={{
            current: page,
            pageSize: 20,
            total: activities.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (p) => setParams({ page: p === 1 ? undefined : String(p) }),
          }}
        />
      </PageCard>
      {editing && countyId && (
        <ActivityFormModal
          countyId={countyId}
          communities={communities.data?.items ?? []}
          schools={schoolRefs}
          ownSchoolId={countyLevel ? null : user.schoolId}
          activity={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void message.success(ct('saved'));
            refresh();
          }}
        />
      )}
    </div>
  );
}
