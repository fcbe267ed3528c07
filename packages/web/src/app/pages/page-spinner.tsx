import { Spin } from 'antd';

/** Shown while the session is checked or a page's chunk loads. */
export function PageSpinner() {
  return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} data-testid="page-loading" />;
}
