import { Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { useLocale } from '../../../i18n/i18n-context';
import { formatNumber } from '../../../shared/format';
import type { ResultItem, ResultsAnswer } from '../types';
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
