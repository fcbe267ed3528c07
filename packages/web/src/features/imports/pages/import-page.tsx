import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { download } from '../../../app/api/client';
import { useUser } from '../../../app/auth/auth-context';
import { useCounties } from '../../../app/layout/counties-context';
import { effectiveCountyId } from '../../../app/layout/scope';
import { useT } from '../../../i18n/i18n-context';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { PageCard } from '../../../shared/components/page-card';
import { commitImport, countyWorkbookUrl, previewImport, TEMPLATE_URL } from '../api';
import { ImportHistory } from '../components/import-history';
import { PreviewResult } from '../components/preview-result';
import type { ImportOutcome, ImportPreview } from '../types';

/** 数据导入: template → upload → preview with row-level errors → confirm → result (issue 4, ORG-4). */
export function ImportPage() {
  const t = useT();
  const user = useUser();
  const { counties } = useCounties();
  const countyId = effectiveCountyId(undefined, user, counties);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  const check = (chosen: File) => {
    setFile(chosen);
    setPreview(null);
    setOutcome(null);
    setError(null);
    setProgress(0);
    previewImport(chosen, { onProgress: setProgress })
      .then(setPreview, setError)
      .finally(() => setProgress(null));
    return false;
  };

  const commit = () => {
    if (!file || !preview) return;
    Modal.confirm({
      title: t('pages.imports.confirmTitle'),
      content: t('pages.imports.confirmBody', { years: preview.schoolYears.join('、') }),
      okText: t('pages.imports.confirm'),
      onOk: () =>
        commitImport(file, file.name, { onProgress: setProgress })
          .then((r) => {
            setOutcome(r.import);
            setPreview(null);
            setVersion((v) => v + 1);
          }, setError)
          .finally(() => setProgress(null)),
    });
  };

  return (
    <div data-testid="import-page">
      <PageCard
        title={t('pages.imports.title')}
        extra={
          <Space>
            <Button
              icon={<DownloadOutlined />}
              onClick={() => download(TEMPLATE_URL)}
              data-testid="download-template"
            >
              {t('pages.imports.template')}
            </Button>
            {countyId && (
              <Button icon={<DownloadOutlined />} onClick={() => download(countyWorkbookUrl(countyId))}>
                {t('pages.imports.exportCounty')}
              </Button>
            )}
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t('pages.imports.intro')}</Typography.Paragraph>
        <div data-testid="import-upload">
          <Upload.Dragger accept=".xlsx" showUploadList={false} beforeUpload={check}>
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('pages.imports.drop')}</p>
            <p className="ant-upload-hint">
              {file ? `${file.name}（${(file.size / 1024).toFixed(0)} KB）` : '.xlsx'}
            </p>
          </Upload.Dragger>
        </div>
        {progress !== null && (
          <Progress percent={progress} style={{ marginTop: 16 }} data-testid="import-progress" />
        )}
        {error !== null && <ErrorAlert error={error} />}
      </PageCard>
      {preview && file && (
        <PageCard
          title={t('pages.imports.preview')}
          extra={
            <Button type="primary" disabled={!preview.ok} onClick={commit} data-testid="import-confirm">
              {preview.ok ? t('pages.imports.confirm') : t('pages.imports.fixFirst')}
            </Button>
          }
        >
          <PreviewResult preview={preview} file={file} />
        </PageCard>
      )}
      {outcome && (
        <Alert
          data-testid="import-result"
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('pages.imports.done', { ...outcome.counts })}
          description={
            <Space direction="vertical">
              {outcome.replaced.teachers + outcome.replaced.stats > 0 &&
                t('pages.imports.replaced', { ...outcome.replaced })}
              <Link to="/evaluation">{t('pages.imports.toEvaluation')}</Link>
            </Space>
          }
        />
      )}
      <PageCard title={t('pages.imports.history')}>
        <ImportHistory version={version} />
      </PageCard>
    </div>
  );
}
