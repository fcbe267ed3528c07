import type { VarianceShare } from '@junheng/core';
import { Space, Tag } from 'antd';
import type { Translate } from '../../../i18n/translate';
import type { EvalColumn } from '../columns';
import { formatFixed, formatPercent } from '../format';

/** Each section's share of the weighted variance, the pushers (the sections that carry the CV over) tagged. */
export function shareColumns(t: Translate, pushers: ReadonlySet<string>): EvalColumn<VarianceShare>[] {
  return [
    {
      key: 'school',
      title: t('pages.evaluation.col.school'),
      sortable: true,
      value: (s) => s.schoolName,
      render: (s) => (
        <Space size={4}>
          {s.schoolName}
          {pushers.has(s.schoolCode) && (
            <Tag color="red" data-testid="pusher-tag">
              {t('pages.evaluation.drivers.pusherTag')}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      key: 'students',
      title: t('pages.evaluation.col.students'),
      align: 'right',
      sortable: true,
      value: (s) => s.students,
    },
    {
      key: 'value',
      title: t('pages.evaluation.drivers.value'),
      align: 'right',
      sortable: true,
      value: (s) => s.value,
      exportValue: (s) => Number(s.value.toFixed(3)),
      render: (s) => formatFixed(s.value, 3),
    },
    {
      key: 'deviation',
      title: t('pages.evaluation.drivers.deviation'),
      align: 'right',
      sortable: true,
      value: (s) => s.deviation,
      exportValue: (s) => Number(s.deviation.toFixed(3)),
      render: (s) => (
        <span style={{ color: s.deviation < 0 ? '#cf1322' : undefined }}>
          {s.deviation > 0 ? '+' : ''}
          {formatFixed(s.deviation, 3)}
        </span>
      ),
    },
    {
      key: 'share',
      title: t('pages.evaluation.drivers.share'),
      align: 'right',
      sortable: true,
      value: (s) => s.share,
      exportValue: (s) => Number(s.share.toFixed(4)),
      render: (s) => formatPercent(s.share, 2),
    },
    {
      key: 'pusher',
      title: t('pages.evaluation.drivers.pusher'),
      value: (s) => (pushers.has(s.schoolCode) ? t('common.yes') : ''),
      exportOnly: true,
    },
  ];
}
