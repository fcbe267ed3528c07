import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/i18n-context';

/** The centered card of the pages shown outside the main layout (sign-in, forced password change). */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 400 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('app.title')}
        </Typography.Paragraph>
        <Typography.Title level={5}>{title}</Typography.Title>
        {children}
      </Card>
    </div>
  );
}
