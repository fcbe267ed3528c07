import { Alert, App, Button, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { PageCard } from '../../../shared/components/page-card';
import { useRequest } from '../../../shared/use-request';
import { canManageCommunities } from '../access';
import { fetchSettings, putSettings } from '../api';
import { CountySelect } from '../components/county-select';
import { FormError } from '../components/form-error';
import { SettingsCalendarCard } from '../components/settings-calendar-card';
import { SettingsQuotasCard } from '../components/settings-quotas-card';
import { SettingsRulesCard } from '../components/settings-rules-card';
import { changedFields, isMonthDay, sameValue, settingsBody } from '../settings-edit';
import type { CountySettingsValues, SettingsAnswer } from '../types';
import { usePageContext } from '../use-page-context';
import { useWrite } from '../use-write';

const valuesOf = (a: SettingsAnswer): CountySettingsValues => ({
  rules: a.rules,
  complianceRules: a.complianceRules,
  calendar: a.calendar,
  reminderDays: a.reminderDays,
});

/** COM-2 / ACT-2: the county's community rules, quotas, term calendar and reminder window, against the defaults. */
export function SettingsPage() {
  const { ct, user, countyId } = usePageContext();
  const { message } = App.useApp();
  const manager = canManageCommunities(user.role);
  const [version, setVersion] = useState(0);
  const answer = useRequest(countyId ? `community-settings:${countyId}:${version}` : null, (signal) =>
    fetchSettings(countyId, signal),
  );
  const [values, setValues] = useState<CountySettingsValues | null>(null);
  useEffect(() => setValues(answer.data ? valuesOf(answer.data) : null), [answer.data]);
  const { saving, error, run } = useWrite();

  if (!countyId)
    return (
      <PageCard title={ct('settings')} extra={<CountySelect />}>
        <Typography.Text type="secondary">{ct('chooseCounty')}</Typography.Text>
      </PageCard>
    );
  if (answer.error) return <ErrorAlert error={answer.error} onRetry={answer.reload} />;
  if (!answer.data || !values) return <Skeleton active />;
  const { defaults } = answer.data;
  const changed = changedFields(values, defaults);
  const dirty = !sameValue(values, valuesOf(answer.data));
  const valid = Object.values(values.calendar).every((v) => typeof v !== 'string' || isMonthDay(v));
  const patch = (part: Partial<CountySettingsValues>) => setValues({ ...values, ...part });
  const saved = (next: SettingsAnswer, text: string) => {
    void message.success(text);
    setValues(valuesOf(next));
    setVersion((v) => v + 1);
  };
  const save = () =>
    void run(
      () => putSettings(settingsBody(countyId, values, defaults)),
      (next) => saved(next, ct('settings.saved')),
    );
  const resetAll = () =>
    void run(
      () => putSettings({ countyId, rules: null, complianceRules: null, calendar: null, reminderDays: null }),
      (next) => saved(next, ct('settings.resetDone')),
    );
  const resetButton = (part: Partial<CountySettingsValues>, testId: string) =>
    manager && (
      <Button size="small" onClick={() => patch(part)} data-testid={testId}>
        {ct('settings.resetSection')}
      </Button>
    );

  return (
    <div data-testid="settings-page">
      <PageCard
        title={ct('settings')}
        extra={
          <Space wrap>
            <CountySelect />
            {manager && dirty && <Tag color="orange">{ct('settings.unsaved')}</Tag>}
            {manager && (
              <Popconfirm title={ct('settings.resetAllConfirm')} onConfirm={resetAll}>
                <Button data-testid="settings-reset-all">{ct('settings.resetAll')}</Button>
              </Popconfirm>
            )}
            {manager && (
              <Button
                type="primary"
                loading={saving}
                disabled={!dirty || !valid}
                onClick={save}
                data-testid="settings-save"
              >
                {ct('settings.save')}
              </Button>
            )}
          </Space>
        }
      >
        <FormError error={error} testId="settings-error" />
        {!manager && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={ct('settings.readOnly')} />
        )}
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {ct('settings.hint')}
        </Typography.Paragraph>
      </PageCard>
      <PageCard
        title={ct('settings.rules')}
        extra={resetButton({ rules: defaults.rules }, 'settings-reset-rules')}
      >
        <SettingsRulesCard
          value={values.rules}
          defaults={defaults.rules}
          changed={changed}
          readOnly={!manager}
          onChange={(rules) => patch({ rules })}
        />
      </PageCard>
      <PageCard
        title={ct('settings.quotas')}
        extra={resetButton({ complianceRules: defaults.complianceRules }, 'settings-reset-quotas')}
      >
        <SettingsQuotasCard
          value={values.complianceRules}
          defaults={defaults.complianceRules}
          changed={changed}
          readOnly={!manager}
          onChange={(complianceRules) => patch({ complianceRules })}
        />
      </PageCard>
      <PageCard
        title={ct('settings.calendar')}
        extra={resetButton(
          { calendar: defaults.calendar, reminderDays: defaults.reminderDays },
          'settings-reset-calendar',
        )}
      >
        <SettingsCalendarCard
          reminderDays={values.reminderDays}
          calendar={values.calendar}
          defaults={defaults}
          changed={changed}
          readOnly={!manager}
          onChange={patch}
        />
      </PageCard>
    </div>
  );
}
