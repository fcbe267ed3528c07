import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { download } from '../../../app/api/client';
import { useT } from '../../../i18n/i18n-context';

/** "Export to Excel" for a list: the server's `…/export` of the same filters (docs/api.md). */
export function ExportButton({ url, testId, size }: { url: string; testId?: string; size?: 'small' }) {
  const t = useT();
  return (
    <Button icon={<DownloadOutlined />} size={size} onClick={() => download(url)} data-testid={testId}>
      {t('common.export')}
    </Button>
  );
}
