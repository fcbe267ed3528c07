import { Card, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { enumLabel } from '../../../i18n/enum-label';
import { useT } from '../../../i18n/i18n-context';
import { shortageChartHeight, shortageChartOption } from '../chart-options';
import type { PlanCheck } from '../types';
import { useRotationT } from '../use-rotation-t';
import { RotationChart } from './rotation-chart';

type Line = PlanCheck['shortages']['lines'][number];

/** Shortages filled: per subject on a chart, per receiving school and subject in a table. */
export function ShortagesCard({ shortages }: { shortages: PlanCheck['shortages'] }) {
  const t = useT();
  const rt = useRotationT();
  const option = useMemo(
    () =>
      shortageChartOption(shortages.lines, {
        subject: (s) => enumLabel(t, 'subject', s),
        before: rt('shortages.before'),
        filled: rt('shortages.filled'),
        arrived: rt('shortages.arrived'),
      }),
    [shortages.lines, rt, t],
  );
  const columns: ColumnsType<Line> = [
    { title: rt('shortages.school'), dataIndex: 'schoolName' },
    {
      title: rt('shortages.section'),
      key: 'section',
      render: (_, l) => `${enumLabel(t, 'stage', l.stage)} · ${enumLabel(t, 'subject', l.subject)}`,
    },
    { title: rt('shortages.before'), dataIndex: 'shortage', align: 'right' },
    { title: rt('shortages.filled'), dataIndex: 'filled', align: 'right' },
    { title: rt('shortages.arrived'), dataIndex: 'filledByArrivals', align: 'right' },
    {
      title: rt('shortages.remaining'),
      dataIndex: 'remaining',
      align: 'right',
      render: (v: number) => <Typography.Text type={v > 0 ? 'danger' : 'success'}>{v}</Typography.Text>,
    },
  ];
  return (
    <Card
      size="small"
      title={rt('shortages.title')}
      style={{ marginBottom: 16 }}
      data-testid="rotation-shortages"
    >
      {shortages.lines.length === 0 ? (
        <Empty description={rt('shortages.none')} />
      ) : (
        <>
          <RotationChart
            option={option}
            height={shortageChartHeight(shortages.lines)}
            testId="rotation-shortages-chart"
          />
          <Table<Line>
            rowKey={(l) => `${l.schoolCode}-${l.stage}-${l.subject}`}
            size="small"
            columns={columns}
            dataSource={shortages.lines}
            pagination={{ pageSize: 8, size: 'small', showSizeChanger: false }}
            data-testid="rotation-shortages-table"
          />
          {shortages.totals.surplus > 0 && (
            <Typography.Text type="secondary">
              {rt('shortages.surplus', { count: shortages.totals.surplus })}
            </Typography.Text>
          )}
        </>
      )}
    </Card>
  );
}
