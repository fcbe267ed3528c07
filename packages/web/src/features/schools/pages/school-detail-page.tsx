import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../../app/api/errors';
import type { SchoolYearStats } from '../../../app/api/types';
import { NotFoundPage } from '../../../app/pages/not-found-page';
import { enumLabel } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { Chart } from '../../../shared/components/chart';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { useRequest } from '../../../shared/use-request';
import { fetchSchool, fetchSchoolStats } from '../api';
import { resourcesChartOption, studentsChartOption } from '../components/school-chart-options';
import { SchoolDescriptions } from '../components/school-descriptions';
import { SchoolSections } from '../components/school-sections';
import { SchoolTeachers } from '../components/school-teachers';
import { statsColumns } from '../components/stats-columns';

export function SchoolDetailPage() {
  const t = useT();
  const [locale] = useLocale();
  const navigate = useNavigate();
  const { schoolId = '' } = useParams();
  const school = useRequest(`school:${schoolId}`, (signal) => fetchSchool(schoolId, signal));
  const stats = useRequest(`school-stats:${schoolId}`, (signal) => fetchSchoolStats(schoolId, signal));
  const statItems = useMemo(() => stats.data?.items ?? [], [stats.data]);
  const studentsOption = useMemo(() => studentsChartOption(t, statItems), [t, statItems]);
  const resourcesOption = useMemo(() => resourcesChartOption(t, statItems), [t, statItems]);
  const columns = useMemo(() => statsColumns(t, locale), [t, locale]);

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
      {t('common.back')}
    </Button>
  );
  // Out-of-scope schools answer 404 too (docs/api.md), so both read as a page that does not exist.
  if (school.error instanceof ApiError && school.error.status === 404) return <NotFoundPage />;
  if (school.error) {
    return (
      <Card>
        <ErrorAlert error={school.error} onRetry={school.reload} />
        {back}
      </Card>
    );
  }
  const detail = school.data?.school;
  if (!detail) return <Skeleton active />;

  return (
    <div data-testid="school-detail">
      <Card style={{ marginBottom: 16 }}>
        <Space style={{ marginBottom: 16 }} wrap>
          {back}
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="school-name">
            {detail.name}
          </Typography.Title>
          <Tag>{enumLabel(t, 'urbanRural', detail.urbanRural)}</Tag>
          {detail.weak && <Tag color="orange">{t('fields.school.weak')}</Tag>}
        </Space>
        <SchoolDescriptions school={detail} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Card title={t('pages.schools.detail.sections')} style={{ marginBottom: 16 }}>
            <SchoolSections sections={detail.sections} />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card title={t('pages.schools.detail.studentsChart')} style={{ marginBottom: 16 }}>
            {statItems.length > 0 ? (
              <Chart option={studentsOption} height={260} testId="students-chart" />
            ) : (
              <Empty description={t('pages.schools.detail.noStats')} />
            )}
          </Card>
        </Col>
      </Row>
      <Card title={t('pages.schools.detail.resourcesChart')} style={{ marginBottom: 16 }}>
        {statItems.length > 0 ? (
          <Chart option={resourcesOption} height={300} testId="resources-chart" />
        ) : (
          <Empty description={t('pages.schools.detail.noStats')} />
        )}
      </Card>
      <Card title={t('pages.schools.detail.stats')} style={{ marginBottom: 16 }}>
        <ErrorAlert error={stats.error} onRetry={stats.reload} />
        <Table<SchoolYearStats>
          data-testid="school-stats-table"
          size="small"
          rowKey="schoolYear"
          scroll={{ x: 'max-content' }}
          pagination={false}
          loading={stats.loading}
          columns={columns}
          dataSource={statItems}
          locale={{ emptyText: t('pages.schools.detail.noStats') }}
        />
      </Card>
      <Card title={t('pages.schools.detail.teachers')}>
        <SchoolTeachers schoolId={detail.id} schoolYear={detail.latestSchoolYear} />
      </Card>
    </div>
  );
}
