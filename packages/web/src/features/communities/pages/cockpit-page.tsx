import { ACTIVITY_KIND_LABELS, COMMUNITY_KIND_LABELS, type ActivityKind } from '@junheng/core';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Skeleton, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { useRequest } from '../../../shared/use-request';
import { formatDate } from '../../../shared/format';
import { isCountyLevel } from '../access';
import { hasMap, pairingMapOption, type MapPoint } from '../chart-options';
import { fetchCommunitySchools } from '../api-files';
import { CockpitEvaluation, SchoolCockpitEvaluation } from '../components/cockpit-evaluation';
import { CockpitIndicators } from '../components/cockpit-indicators';
import { CockpitRotations } from '../components/cockpit-rotations';
import { CommunityChart } from '../components/community-chart';
import { LightSummary, ComplianceTable } from '../components/compliance-table';
import { compareWithLead, currentSchoolIds, rotationsOf } from '../select';
import { termLabel } from '../term-label';
import type { ActivityItem } from '../types';
import { useCockpit } from '../use-cockpit';
import { localized } from '../use-community-t';
import { usePageContext } from '../use-page-context';

/** RPT-1 for a community: members on the map, indicators against the lead, joint work, lights, rotation, result. */
export function CockpitPage() {
  const { t, ct, locale, user } = usePageContext();
  const countyLevel = isCountyLevel(user.role);
  const id = useParams().communityId ?? '';
  const d = useCockpit(id, countyLevel);
  const community = d.community.data?.community;
  // The community's own schools with coordinates: a school user sees its partners here, not the county's list.
  const mapSchools = useRequest(`community-map:${id}`, (signal) => fetchCommunitySchools(id, signal));
  const schoolIds = useMemo(() => (community ? currentSchoolIds(community) : []), [community]);
  const term = d.compliance.data?.term;

  const points: MapPoint[] = useMemo(
    () =>
      (mapSchools.data?.items ?? [])
        .filter((s) => s.current)
        .map((s) => ({ code: s.code, name: s.name, lng: s.lng, lat: s.lat, role: s.role })),
    [mapSchools.data],
  );
  const mapOption = useMemo(
    () =>
      pairingMapOption(
        points,
        points
          .filter((p) => p.role === 'member')
          .map((p) => [community?.leadSchool?.code ?? '', p.code] as const),
        {
          lead: ct('map.lead'),
          member: ct('map.member'),
          other: ct('map.other'),
          pairing: ct('map.pairing'),
        },
        { labelLeads: true, labelMembers: true },
      ),
    [points, community, ct],
  );
  const comparison = useMemo(() => {
    const schoolsOfYear = d.evaluation.data?.evaluation.result.report.counties[0]?.schools;
    const keys = (d.standard?.schoolRule?.items ?? d.standard?.indicators ?? []).map((i) => i.key);
    if (!community?.leadSchool || !schoolsOfYear || keys.length === 0) return null;
    const codes = community.members.filter((m) => m.current && m.school).map((m) => m.school?.code as string);
    return compareWithLead(schoolsOfYear, community.leadSchool.code, codes, keys);
  }, [d.evaluation.data, d.standard, community]);
  const rotations = useMemo(
    () => rotationsOf(d.rotations.data ?? [], schoolIds),
    [d.rotations.data, schoolIds],
  );

  if (d.community.error) return <ErrorAlert error={d.community.error} onRetry={d.community.reload} />;
  if (!community) return <Skeleton active />;

  const activityColumns: ColumnsType<ActivityItem> = [
    { title: ct('activities.date'), dataIndex: 'date', render: (v: string) => formatDate(v, locale) },
    {
      title: ct('activities.kind'),
      dataIndex: 'kind',
      render: (k: ActivityKind) => <Tag color="geekblue">{localized(locale, ACTIVITY_KIND_LABELS[k])}</Tag>,
    },
    { title: ct('activities.titleField'), dataIndex: 'title', render: (v: string | null) => v ?? '—' },
    { title: ct('activities.host'), key: 'host', render: (_, a) => a.hostSchool?.name ?? '—' },
    {
      title: ct('activities.participants'),
      key: 'n',
      align: 'right',
      render: (_, a) => a.participantSchools.length,
    },
  ];

  return (
    <div data-testid="cockpit-page">
      <Card
        style={{ marginBottom: 16 }}
        title={
          <span data-testid="cockpit-title">
            {community.name}{' '}
            <Tag color="blue">{localized(locale, COMMUNITY_KIND_LABELS[community.kind])}</Tag>
          </span>
        }
        extra={
          <Link to="/communities">
            <ArrowLeftOutlined /> {ct('cockpit.back')}
          </Link>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label={ct('lead')}>{community.leadSchool?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={ct('memberCount')}>{community.currentMembers}</Descriptions.Item>
          <Descriptions.Item label={ct('startOn')}>{formatDate(community.startOn, locale)}</Descriptions.Item>
          <Descriptions.Item label={ct('status')}>
            {community.active ? <Tag color="green">{ct('active')}</Tag> : <Tag>{ct('ended')}</Tag>}
          </Descriptions.Item>
        </Descriptions>
        {d.compliance.data && <LightSummary summary={d.compliance.data.summary} />}
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card title={ct('cockpit.members')} style={{ marginBottom: 16 }}>
            {hasMap(points) ? (
              <CommunityChart option={mapOption} height={380} testId="cockpit-map" />
            ) : (
              <Typography.Text type="secondary">{ct('map.noCoordinates')}</Typography.Text>
            )}
            <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
              {community.members
                .filter((m) => m.current && m.school)
                .map((m) => (
                  <Tag key={m.id} color={m.school?.id === community.leadSchool?.id ? 'volcano' : 'blue'}>
                    {m.school?.name}
                  </Tag>
                ))}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            title={ct('cockpit.compliance', { term: term ? termLabel(ct, term.id) : '' })}
            style={{ marginBottom: 16 }}
          >
            <ErrorAlert error={d.compliance.error} onRetry={d.compliance.reload} />
            <ComplianceTable
              answer={d.compliance.data}
              loading={d.compliance.loading}
              testId="cockpit-compliance"
              compact
            />
          </Card>
        </Col>
      </Row>
      <Card title={ct('cockpit.indicators')} style={{ marginBottom: 16 }}>
        {!countyLevel ? (
          <Typography.Text type="secondary">{ct('cockpit.indicatorsCounty')}</Typography.Text>
        ) : d.evaluation.loading ? (
          <Skeleton active />
        ) : comparison && d.standard ? (
          <>
            <Typography.Paragraph type="secondary">
              {ct('cockpit.indicatorsHint', { year: d.statsYear ?? '' })}
            </Typography.Paragraph>
            <CockpitIndicators comparison={comparison} standard={d.standard} />
          </>
        ) : (
          <Typography.Text type="secondary">{ct('cockpit.indicatorsNone')}</Typography.Text>
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card
            title={ct('cockpit.activities', { term: term ? termLabel(ct, term.id) : '' })}
            style={{ marginBottom: 16 }}
          >
            <Table<ActivityItem>
              data-testid="cockpit-activities"
              rowKey="id"
              size="small"
              loading={d.activities.loading}
              columns={activityColumns}
              dataSource={d.activities.data?.items ?? []}
              pagination={{ pageSize: 8, showTotal: (total) => t('common.total', { total }) }}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('common.empty') }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={ct('cockpit.rotations')} style={{ marginBottom: 16 }}>
            <CockpitRotations rows={rotations} loading={d.rotations.loading} />
          </Card>
        </Col>
      </Row>
      {!countyLevel && d.resultYears.length > 0 && (
        <Card title={ct('cockpit.evaluationOwn')} style={{ marginBottom: 16 }}>
          <SchoolCockpitEvaluation communityId={community.id} years={d.resultYears} />
        </Card>
      )}
      {countyLevel && (
        <Card
          title={ct('cockpit.evaluation', { year: d.results.data?.schoolYear ?? term?.schoolYear ?? '' })}
          style={{ marginBottom: 16 }}
        >
          {d.results.data ? (
            <CockpitEvaluation answer={d.results.data} communityId={community.id} />
          ) : (
            <Typography.Text type="secondary">
              {ct('cockpit.evaluationNone', { year: term?.schoolYear ?? '' })}{' '}
              <Link to="/bundled-evaluation">{ct('bundled')}</Link>
            </Typography.Text>
          )}
        </Card>
      )}
    </div>
  );
}
