import { Space, Tag, Tooltip } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { Locale } from '../../../i18n/translate';
import { formatDate } from '../../../shared/format';
import type { ComplianceItem } from '../types';
import { localized, type CommunityT } from '../use-community-t';
import { LightTag } from './light-tag';

type Column = ColumnType<ComplianceItem>;

/** The columns of a quota row, declared once for the compliance table and the reminders. */
export function complianceColumns(
  ct: CommunityT,
  locale: Locale,
): Record<'light' | 'rule' | 'subject' | 'progress' | 'daysLeft', Column> {
  return {
    light: {
      title: ct('compliance.light'),
      key: 'light',
      width: 170,
      render: (_, r) => <LightTag status={r.status} behindBy={r.behindBy} />,
    },
    rule: {
      title: ct('compliance.rule'),
      key: 'rule',
      render: (_, r) => (
        <Tooltip title={r.source}>
          <span>{localized(locale, r.label)}</span>
        </Tooltip>
      ),
    },
    subject: {
      title: ct('compliance.subject'),
      key: 'subject',
      render: (_, r) => (
        <Space size={4} wrap>
          <Tag>{ct(`compliance.subject.${r.subjectKind}`)}</Tag>
          <span>{r.subjectName}</span>
        </Space>
      ),
    },
    progress: {
      title: ct('compliance.progress'),
      key: 'progress',
      align: 'right',
      render: (_, r) => (
        <Tooltip title={ct('light.onTrack', { n: r.expectedByNow })}>
          <span data-testid="compliance-progress">
            {r.done} / {r.required}
          </span>
        </Tooltip>
      ),
    },
    daysLeft: {
      title: ct('compliance.daysLeft'),
      key: 'daysLeft',
      align: 'right',
      sorter: (a, b) => a.daysLeft - b.daysLeft,
      render: (_, r) => <Tooltip title={formatDate(r.period.endOn, locale)}>{r.daysLeft}</Tooltip>,
    },
  };
}
