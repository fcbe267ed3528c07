import { Col, Row, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { ApiError } from '../../../app/api/errors';
import { useLocale } from '../../../i18n/i18n-context';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { formatNumber } from '../../../shared/format';
import { useRequest } from '../../../shared/use-request';
import { fetchSchoolResult } from '../api-files';
import type { ResultItem, ResultsAnswer } from '../types';
import type { SchoolResultAnswer } from '../types-files';
import { useCommunityT } from '../use-community-t';

type Contribution = ResultItem['contributions'][number];

/** The community's bundled result: score, rank among the county's communities, and each school's points. */
export function CockpitEvaluation({ answer, communityId }: { answer: ResultsAnswer; communityId: string }) {
  const ct = useCommunityT();
  const [locale] = useLocale();
  const item = answer.items.find((i) => i.communityId === communityId);
  if (!item)
    return (
      <Typography.Text type="secondary">
        {ct('cockpit.evaluationNone', { year: answer.schoolYear })}{' '}
        <Link to="/bundled-evaluation">{ct('bundled')}</Link>
      </Typography.Text>
    );
  const columns: ColumnsType<Contribution> = [
    { title: ct('members.school'), key: 'school', render: (_, c) => c.school.name },
    {
      title: ct('kind'),
      dataIndex: 'role',
      render: (r: Contribution['role']) => (
        <Tag color={r === 'lead' ? 'volcano' : 'blue'}>{ct(`bundled.role.${r}`)}</Tag>
      ),
    },
    {
      title: ct('bundled.contribution'),
      dataIndex: 'points',
      align: 'right',
      render: (p: number) => formatNumber(p, locale, 2),
    },
  ];
  const fmt = (v: number | null) => (v === null ? '—' : formatNumber(v, locale, 1));
  return (
    <div data-testid="cockpit-evaluation">
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col span={6}>
          <Statistic
            title={ct('bundled.score')}
            value={fmt(item.communityScore)}
            data-testid="cockpit-score"
          />
        </Col>
        <Col span={6}>
          <Statistic
            title={ct('bundled.rank')}
            value={ct('bundled.rankOf', { rank: item.rank, total: answer.items.length })}
          />
        </Col>
        <Col span={6}>
          <Statistic title={ct('bundled.effort')} value={fmt(item.effortScore)} />
        </Col>
        <Col span={6}>
          <Statistic title={ct('bundled.improvement')} value={fmt(item.improvementScore)} />
        </Col>
      </Row>
      <Table<Contribution>
        rowKey="schoolCode"
        size="small"
        columns={columns}
        dataSource={item.contributions}
        pagination={false}
      />
    </div>
  );
}

/** The first of these years (newest first) with results for the caller's school; null when none has. */
async function firstSchoolResult(years: readonly string[], signal: AbortSignal) {
  for (const schoolYear of years) {
    try {
      return await fetchSchoolResult({ schoolYear }, signal);
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 404) continue;
      throw cause;
    }
  }
  return null;
}

/**
 * EVA-2 for a school user: its community's score and rank and its own contribution, which enter the school's
 * annual assessment (seed 003). It reads only the caller's own school (GET …/evaluation/results/school).
 */
export function SchoolCockpitEvaluation({ communityId, years }: { communityId: string; years: string[] }) {
  const ct = useCommunityT();
  const [locale] = useLocale();
  const answer = useRequest<SchoolResultAnswer | null>(
    years.length > 0 ? `school-result:${years.join(',')}` : null,
    (signal) => firstSchoolResult(years, signal),
  );
  if (answer.loading) return <Skeleton active />;
  if (answer.error) return <ErrorAlert error={answer.error} onRetry={answer.reload} />;
  const item = answer.data?.items.find((i) => i.community.id === communityId);
  if (!answer.data || !item)
    return (
      <Typography.Text type="secondary">
        {ct('cockpit.evaluationNone', { year: answer.data?.schoolYear ?? years[0] ?? '' })}
      </Typography.Text>
    );
  const fmt = (v: number | null) => (v === null ? '—' : formatNumber(v, locale, 1));
  return (
    <div data-testid="cockpit-school-evaluation">
      <Typography.Paragraph type="secondary">
        {ct('cockpit.ownPart')} · {answer.data.schoolYear}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title={ct('bundled.score')} value={fmt(item.communityScore)} />
        </Col>
        <Col span={6}>
          <Statistic
            title={ct('bundled.rank')}
            value={ct('bundled.rankOf', { rank: item.rank, total: answer.data.communityCount })}
          />
        </Col>
        <Col span={6}>
          <Statistic
            title={ct('cockpit.contribution')}
            value={formatNumber(item.contribution, locale, 2)}
            suffix={
              <Tag color={item.role === 'lead' ? 'volcano' : 'blue'}>{ct(`bundled.role.${item.role}`)}</Tag>
            }
          />
        </Col>
        <Col span={6}>
          <Statistic
            title={ct('cockpit.assessment')}
            value={item.assessmentShare ? formatNumber(item.assessmentShare.points, locale, 1) : '—'}
          />
        </Col>
      </Row>
    </div>
  );
}
