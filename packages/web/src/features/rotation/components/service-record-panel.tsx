import { Alert, Col, Empty, Row, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { enumLabel } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { useRequest } from '../../../shared/use-request';
import { fetchServiceRecord } from '../api';
import type { ServiceRecord } from '../types';
import { textOf, useRotationT } from '../use-rotation-t';

type Line = ServiceRecord['lines'][number];

/**
 * A teacher's rotation service (ROT-2): months at rural or weak schools against what a title promotion asks, and
 * each published stint with the months it counts. The server decides who may read it (404 otherwise).
 */
export function ServiceRecordPanel({ teacherId }: { teacherId: string }) {
  const t = useT();
  const rt = useRotationT();
  const [locale] = useLocale();
  const answer = useRequest(`service-record:${teacherId}`, (signal) => fetchServiceRecord(teacherId, signal));
  if (answer.error) return <ErrorAlert error={answer.error} onRetry={answer.reload} />;
  const record = answer.data?.record;
  if (!record) return <Skeleton active />;

  const columns: ColumnsType<Line> = [
    {
      title: rt('service.campaign'),
      key: 'campaign',
      render: (_, l) => (
        <>
          <div>{l.campaignName}</div>
          <Typography.Text type="secondary">
            {l.startMonth} · {rt(`kind.${l.kind}`)} · {rt('service.months', { count: l.stintMonths })}
          </Typography.Text>
        </>
      ),
    },
    {
      title: rt('service.move'),
      key: 'move',
      render: (_, l) => (
        <>
          <div>{l.fromSchool?.name ?? '—'}</div>
          <div>
            → {l.toSchool?.name ?? '—'}{' '}
            {l.toSchool && <Tag color="green">{enumLabel(t, 'urbanRural', l.toSchool.urbanRural)}</Tag>}
          </div>
        </>
      ),
    },
    {
      title: rt('service.status'),
      key: 'status',
      render: (_, l) => (l.campaignCompleted ? rt('status.completed') : rt(`plan.status.${l.status}`)),
    },
    {
      title: rt('service.counted'),
      key: 'months',
      align: 'right',
      render: (_, l) => (
        <>
          <div>{rt('service.months', { count: l.months })}</div>
          <Tag color={l.qualifying ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>
            {rt(l.qualifying ? 'service.qualifying' : 'service.notQualifying')}
          </Tag>
        </>
      ),
    },
  ];

  return (
    <div data-testid="service-record">
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col span={12} data-testid="service-record-months">
          <Statistic
            title={rt('service.ruralMonths')}
            value={rt('service.months', { count: record.ruralMonths })}
          />
        </Col>
        <Col span={12}>
          <Statistic
            title={rt('service.required')}
            value={rt('service.requiredValue', { count: record.requiredMonths })}
          />
        </Col>
      </Row>
      <Alert
        type={record.meetsPromotion ? 'success' : 'info'}
        showIcon
        data-testid="service-record-verdict"
        title={
          <>
            <Tag color={record.meetsPromotion ? 'green' : 'orange'}>
              {rt(record.meetsPromotion ? 'service.meets' : 'service.short')}
            </Tag>
            {record.reasons.map((r) => textOf(locale, r)).join('；')}
          </>
        }
        description={rt('service.asOf', { month: record.asOf })}
        style={{ marginBottom: 12 }}
      />
      {record.lines.length === 0 ? (
        <Empty description={rt('service.empty')} />
      ) : (
        <Table<Line>
          rowKey={(l) => l.campaignId}
          size="small"
          columns={columns}
          dataSource={record.lines}
          pagination={false}
          scroll={{ x: 'max-content' }}
          expandable={{
            expandedRowRender: (l) => (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {l.reasons.map((r, i) => (
                  <li key={i}>{textOf(locale, r)}</li>
                ))}
              </ul>
            ),
          }}
          data-testid="service-record-lines"
        />
      )}
    </div>
  );
}
