import {
  AimOutlined,
  ApartmentOutlined,
  BellOutlined,
  SettingOutlined,
  StarOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  TrophyOutlined,
  UsergroupAddOutlined,
  DashboardOutlined,
  FundOutlined,
  LogoutOutlined,
  SwapOutlined,
  UploadOutlined,
  TeamOutlined,
  UserOutlined,
  KeyOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Segmented, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useLocale, useT } from '../../i18n/i18n-context';
import { enumLabel } from '../../i18n/enum-label';
import type { Locale } from '../../i18n/translate';
import { useAuth, useUser } from '../auth/auth-context';
import { visibleAreas, type Area } from '../permissions';
import { CountiesProvider, useCounties } from './counties-context';
import { scopeName } from './scope';
import { areaOfPath, AREA_PATHS } from './area-paths';
import type { MessageId } from '../../i18n/zh-CN';

const AREA_ICONS: Record<Area, ReactNode> = {
  dashboard: <DashboardOutlined />,
  schools: <BankOutlined />,
  teachers: <TeamOutlined />,
  evaluation: <FundOutlined />,
  rotation: <SwapOutlined />,
  communities: <ApartmentOutlined />,
  activities: <CalendarOutlined />,
  mentorships: <UsergroupAddOutlined />,
  communityReminders: <BellOutlined />,
  masterStudios: <StarOutlined />,
  researcherPatches: <AimOutlined />,
  bundledEvaluation: <TrophyOutlined />,
  communitySettings: <SettingOutlined />,
  imports: <UploadOutlined />,
  users: <UserOutlined />,
  audit: <AuditOutlined />,
};

const AREA_LABELS: Record<Area, MessageId> = {
  dashboard: 'menu.dashboard',
  schools: 'menu.schools',
  teachers: 'menu.teachers',
  evaluation: 'menu.evaluation',
  rotation: 'menu.rotation',
  communities: 'menu.communities',
  activities: 'menu.activities',
  mentorships: 'menu.mentorships',
  communityReminders: 'menu.communityReminders',
  masterStudios: 'menu.masterStudios',
  researcherPatches: 'menu.researcherPatches',
  bundledEvaluation: 'menu.bundledEvaluation',
  communitySettings: 'menu.communitySettings',
  imports: 'menu.imports',
  users: 'menu.users',
  audit: 'menu.audit',
};

export function AppLayout() {
  const user = useUser();
  return (
    <CountiesProvider userId={user.id}>
      <Shell />
    </CountiesProvider>
  );
}

function Shell() {
  const t = useT();
  const user = useUser();
  const navigate = useNavigate();
  const location = useLocation();
  const { counties, loading } = useCounties();
  const selected = areaOfPath(location.pathname);

  const items = visibleAreas(user.role).map((area) => ({
    key: area,
    icon: AREA_ICONS[area],
    label: <span data-testid={`menu-${area}`}>{t(AREA_LABELS[area])}</span>,
  }));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsible theme="dark" data-testid="sider">
        <div
          style={{ color: '#fff', fontSize: 18, fontWeight: 600, padding: '16px 24px', whiteSpace: 'nowrap' }}
        >
          {t('app.name')}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={items}
          onClick={({ key }) => void navigate(AREA_PATHS[key as Area])}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
          }}
        >
          <Typography.Text strong data-testid="header-scope">
            {loading ? '' : (scopeName(user, counties) ?? t('layout.allCounties'))}
          </Typography.Text>
          <HeaderTools />
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

function HeaderTools() {
  const t = useT();
  const user = useUser();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [locale, setLocale] = useLocale();
  return (
    <Space size="middle">
      <span data-testid="header-user">
        {user.displayName} · {enumLabel(t, 'role', user.role)}
      </span>
      <Segmented<Locale>
        size="small"
        value={locale}
        onChange={setLocale}
        aria-label={t('layout.language')}
        data-testid="locale-switch"
        options={[
          { value: 'zh-CN', label: t('layout.localeZh') },
          { value: 'en-US', label: t('layout.localeEn') },
        ]}
      />
      <Button size="small" icon={<KeyOutlined />} onClick={() => void navigate('/change-password')}>
        {t('layout.changePassword')}
      </Button>
      <Button
        size="small"
        icon={<LogoutOutlined />}
        data-testid="logout"
        onClick={() => void logout().then(() => navigate('/login'))}
      >
        {t('layout.logout')}
      </Button>
    </Space>
  );
}
