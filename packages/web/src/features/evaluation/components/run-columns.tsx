import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { download } from '../../../app/api/client';
import { enumLabel } from '../../../i18n/enum-label';
import type { Locale, Translate } from '../../../i18n/translate';
import { formatDateTime, formatSchoolYear } from '../../../shared/format';
import { runExportUrl } from '../api';
import type { EvalColumn } from '../columns';
import type { RunSummary } from '../types';
import { verdictText } from '../verdict';
import { VerdictTag } from './verdict-tag';

/** The saved runs: when, by whom, the verdicts, and the link to the stored run's self-assessment workbook. */
export function runColumns(t: Translate, locale: Locale): EvalColumn<RunSummary>[] {
  return [
    {
      key: 'at',
      title: t('pages.evaluation.runs.at'),
      sortable: true,
      value: (r) => formatDateTime(r.at, locale),
    },
    { key: 'actor', title: t('pages.evaluation.runs.actor'), value: (r) => r.actorName },
    {
      key: 'schoolYear',
      title: t('pages.evaluation.schoolYear'),
      value: (r) => formatSchoolYear(t, r.schoolYear),
    },
    { key: 'version', title: t('pages.evaluation.runs.standardVersion'), value: (r) => r.standardVersion },
    ...(['primary', 'junior'] as const).map((stage): EvalColumn<RunSummary> => ({
      key: stage,
      title: enumLabel(t, 'stage', stage),
      value: (r) => verdictText(t, r.summary[stage]),
      render: (r) => <VerdictTag pass={r.summary[stage]} />,
    })),
    {
      key: 'failingSchools',
      title: t('pages.evaluation.runs.failingSchools'),
      align: 'right',
      value: (r) => r.summary.failingSchools,
    },
    {
      key: 'fingerprint',
      title: t('pages.evaluation.runs.fingerprint'),
      value: (r) => r.fingerprint,
      render: (r) => (
        <Typography.Text code copyable={{ text: r.fingerprint }}>
          {r.fingerprint.slice(0, 12)}
        </Typography.Text>
      ),
    },
    {
      key: 'export',
      title: t('common.actions'),
      screenOnly: true,
      value: () => null,
      render: (r) => (
        <Space>
          <Button
            size="small"
            type="link"
            icon={<DownloadOutlined />}
            onClick={() => download(runExportUrl(r.id))}
            data-testid="run-export"
          >
            {t('pages.evaluation.runs.export')}
          </Button>
        </Space>
      ),
    },
  ];
}
