import { Button, Result, Typography } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { useT } from '../../i18n/i18n-context';
import { NotFoundPage } from './not-found-page';

/** The route error boundary: a render error or a failed lazy chunk (e.g. after a redeploy) lands here. */
export function ErrorPage() {
  const t = useT();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const detail = error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : '';
  return (
    <Result
      status="error"
      title={t('pages.error.title')}
      subTitle={t('pages.error.subTitle')}
      data-testid="error-page"
      extra={[
        <Button type="primary" key="reload" onClick={() => window.location.reload()}>
          {t('pages.error.reload')}
        </Button>,
        <Button key="home" onClick={() => window.location.assign('/')}>
          {t('common.backHome')}
        </Button>,
      ]}
    >
      {detail && <Typography.Text type="secondary">{detail}</Typography.Text>}
    </Result>
  );
}
