import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { LoginPage } from '../features/auth/pages/login-page';
import { RequireArea, RequireAuth } from './auth/require-auth';
import { AppLayout } from './layout/app-layout';
import { ErrorPage } from './pages/error-page';
import { NotFoundPage } from './pages/not-found-page';
import { PageSpinner } from './pages/page-spinner';
import type { Area } from './permissions';
import type { ComponentType } from 'react';

// Every page but sign-in is a separate chunk, so the first page carries only the shell (architecture.md, Web).
function lazyPage(area: Area | null, load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      const Page = await load();
      return {
        Component: area
          ? () => (
              <RequireArea area={area}>
                <Page />
              </RequireArea>
            )
          : Page,
      };
    },
  };
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <ErrorPage /> },
  {
    path: '/change-password',
    errorElement: <ErrorPage />,
    hydrateFallbackElement: <PageSpinner />,
    lazy: async () => {
      const { ChangePasswordPage } = await import('../features/auth/pages/change-password-page');
      return {
        Component: () => (
          <RequireAuth>
            <ChangePasswordPage />
          </RequireAuth>
        ),
      };
    },
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <ErrorPage />,
    hydrateFallbackElement: <PageSpinner />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          {
            index: true,
            ...lazyPage(
              'dashboard',
              async () => (await import('../features/dashboard/pages/dashboard-page')).DashboardPage,
            ),
          },
          {
            path: 'schools',
            ...lazyPage(
              'schools',
              async () => (await import('../features/schools/pages/school-list-page')).SchoolListPage,
            ),
          },
          {
            path: 'schools/:schoolId',
            ...lazyPage(
              'schools',
              async () => (await import('../features/schools/pages/school-detail-page')).SchoolDetailPage,
            ),
          },
          {
            path: 'teachers',
            ...lazyPage(
              'teachers',
              async () => (await import('../features/teachers/pages/teacher-list-page')).TeacherListPage,
            ),
          },
          {
            path: 'evaluation',
            ...lazyPage(
              'evaluation',
              async () => (await import('../features/evaluation/pages/evaluation-page')).EvaluationPage,
            ),
          },
          {
            path: 'evaluation/report',
            ...lazyPage(
              'evaluation',
              async () => (await import('../features/evaluation/pages/report-page')).ReportPage,
            ),
          },
          {
            path: 'rotation',
            ...lazyPage(
              'rotation',
              async () => (await import('../features/rotation/pages/rotation-page')).RotationPage,
            ),
          },
          {
            path: 'rotation/:campaignId',
            ...lazyPage(
              'rotation',
              async () => (await import('../features/rotation/pages/campaign-page')).CampaignPage,
            ),
          },
          {
            path: 'communities',
            ...lazyPage(
              'communities',
              async () => (await import('../features/communities/pages/communities-page')).CommunitiesPage,
            ),
          },
          {
            path: 'communities/:communityId',
            ...lazyPage(
              'communities',
              async () => (await import('../features/communities/pages/cockpit-page')).CockpitPage,
            ),
          },
          {
            path: 'activities',
            ...lazyPage(
              'activities',
              async () => (await import('../features/communities/pages/activities-page')).ActivitiesPage,
            ),
          },
          {
            path: 'mentorships',
            ...lazyPage(
              'mentorships',
              async () => (await import('../features/communities/pages/mentorships-page')).MentorshipsPage,
            ),
          },
          {
            path: 'reminders',
            ...lazyPage(
              'communityReminders',
              async () => (await import('../features/communities/pages/reminders-page')).RemindersPage,
            ),
          },
          {
            path: 'studios',
            ...lazyPage(
              'masterStudios',
              async () => (await import('../features/communities/pages/studios-page')).StudiosPage,
            ),
          },
          {
            path: 'researcher-patches',
            ...lazyPage(
              'researcherPatches',
              async () => (await import('../features/communities/pages/patches-page')).PatchesPage,
            ),
          },
          {
            path: 'community-settings',
            ...lazyPage(
              'communitySettings',
              async () => (await import('../features/communities/pages/settings-page')).SettingsPage,
            ),
          },
          {
            path: 'bundled-evaluation',
            ...lazyPage(
              'bundledEvaluation',
              async () =>
                (await import('../features/communities/pages/bundled-evaluation-page')).BundledEvaluationPage,
            ),
          },
          {
            path: 'imports',
            ...lazyPage(
              'imports',
              async () => (await import('../features/imports/pages/import-page')).ImportPage,
            ),
          },
          {
            path: 'users',
            ...lazyPage('users', async () => (await import('../features/users/pages/users-page')).UsersPage),
          },
          {
            path: 'audit',
            ...lazyPage('audit', async () => (await import('../features/audit/pages/audit-page')).AuditPage),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
