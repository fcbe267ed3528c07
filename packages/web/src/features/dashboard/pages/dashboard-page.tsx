import { Card, Col, Row, Select, Space, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { SCHOOL_TYPES, URBAN_RURALS } from '../../../app/api/types';
import { useCounties } from '../../../app/layout/counties-context';
import { enumLabel } from '../../../i18n/enum-label';
import { useT } from '../../../i18n/i18n-context';
import { Chart } from '../../../shared/components/chart';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { useRequest } from '../../../shared/use-request';
import { fetchAllSchools } from '../api';
import { urbanRuralChartOption } from '../components/dashboard-chart-option';
import { GroupTable } from '../components/group-table';
import { summarizeSchools } from '../summarize';

export function DashboardPage() {
  const t = useT();
  const { counties } = useCounties();
  const [countyId, setCountyId] = useState<string>();
  const schools = useRequest(`dashboard:${countyId ?? ''}`, (signal) => fetchAllSchools(countyId, signal));
  const summary = useMemo(() => summarizeSchools(schools.data ?? []), [schools.data]);
  const option = useMemo(() => urbanRuralChartOption(t, summary), [t, summary]);

  const stats = [
    { key: 'schools', title: t('pages.dashboard.schools'), value: summary.schools },
    { key: 'weak', title: t('pages.dashboard.weakSchools'), value: summary.weakSchools },
    { key: 'teachers', title: t('pages.dashboard.teachers'), value: summary.teachers },
    { key: 'students', title: t('pages.dashboard.students'), value: summary.students },
    { key: 'primary', title: t('pages.dashboard.primaryStudents'), value: summary.primaryStudents },
    { key: 'junior', title: t('pages.dashboard.juniorStudents'), value: summary.juniorStudents },
  ];

  return (
    <div data-testid="dashboard">
      <Space style={{ marginBottom: 16, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('pages.dashboard.title')}
        </Typography.Title>
        {counties.length > 1 && (
          <Select
            allowClear
            style={{ width: 200 }}
            placeholder={t('layout.allCounties')}
            value={countyId}
            onChange={setCountyId}
            options={counties.map((county) => ({ value: county.id, label: county.name }))}
            data-testid="dashboard-county"
          />
        )}
      </Space>
      <ErrorAlert error={schools.error} onRetry={schools.reload} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {stats.map((stat) => (
          <Col key={stat.key} xs={12} md={8} xl={4}>
            <Card loading={schools.loading}>
              <Statistic title={stat.title} value={stat.value} data-testid={`stat-${stat.key}`} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('pages.dashboard.chartTitle')}>
            <Chart option={option} height={300} testId="dashboard-chart" />
          </Card>
        </Col>
        <Col xs={24} xl={6}>
          <Card title={t('pages.dashboard.byUrbanRural')}>
            <GroupTable
              testId="dashboard-by-urban-rural"
              rows={URBAN_RURALS.map((key) => ({
                key,
                label: enumLabel(t, 'urbanRural', key),
                ...summary.byUrbanRural[key],
              }))}
            />
          </Card>
        </Col>
        <Col xs={24} xl={6}>
          <Card title={t('pages.dashboard.byType')}>
            <GroupTable
              testId="dashboard-by-type"
              rows={SCHOOL_TYPES.filter((key) => summary.byType[key].schools > 0).map((key) => ({
                key,
                label: enumLabel(t, 'schoolType', key),
                ...summary.byType[key],
              }))}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
