import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { formatSchoolYear } from '../../../shared/format';
import { EvalTable } from '../../evaluation/components/eval-table';
import { errorsWorkbook } from '../api';
import type { ImportPreview } from '../types';
import { saveBlob } from '../upload';
import { issueColumns } from './issue-columns';

/** What the file holds and what is wrong with it, row by row; the errors workbook marks the same rows. */
export function PreviewResult({ preview, file }: { preview: ImportPreview; file: File }) {
  const t = useT();
  const [locale] = useLocale();
  const [busy, setBusy] = useState(false);
  const columns = useMemo(() => issueColumns(t, locale), [t, locale]);
  const c = preview.counts;
  const downloadErrors = () => {
    setBusy(true);
    void errorsWorkbook(file)
      .then((blob) => saveBlob(blob, `${t('pages.imports.errorsFile')}.xlsx`))
      .finally(() => setBusy(false));
  };
  return (
    <div data-testid="import-preview">
      <Descriptions size="small" column={3} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('pages.imports.county')}>
          {preview.county ? `${preview.county.name}（${preview.county.divisionCode}）` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('pages.imports.schoolYears')}>
          {preview.schoolYears.map((y) => formatSchoolYear(t, y)).join('、') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('pages.imports.rows')}>
          {t('pages.imports.rowCounts', {
            schools: c.schools,
            stats: c.stats,
            teachers: c.teachers,
            classes: c.classes,
          })}
        </Descriptions.Item>
      </Descriptions>
      {preview.ok ? (
        <Alert type="success" showIcon message={t('pages.imports.valid', { warnings: c.warnings })} />
      ) : (
        <Alert
          data-testid="import-invalid"
          type="error"
          showIcon
          message={t('pages.imports.invalid', { errors: c.errors, warnings: c.warnings })}
        />
      )}
      {preview.issues.length > 0 && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
          <Button
            icon={<DownloadOutlined />}
            loading={busy}
            onClick={downloadErrors}
            data-testid="errors-workbook"
          >
            {t('pages.imports.downloadErrors')}
          </Button>
          <EvalTable
            testId="import-issues"
            columns={columns}
            rows={preview.issues}
            rowKey={(i) => `${i.sheet}:${i.row}:${i.column?.header ?? ''}:${i.code}`}
            exportName={t('pages.imports.issues')}
            pageSize={20}
            size="small"
          />
        </Space>
      )}
    </div>
  );
}
