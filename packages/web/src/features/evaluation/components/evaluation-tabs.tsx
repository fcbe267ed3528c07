import type { Standard } from '@junheng/core';
import { Tabs } from 'antd';
import { useT } from '../../../i18n/i18n-context';
import type { CurrentEvaluation } from '../types';
import type { EvaluationParams } from '../use-evaluation-params';
import { CityTab } from './city-tab';
import { ClassSizeTab } from './class-size-tab';
import { ComplianceTab } from './compliance-tab';
import { DriversTab } from './drivers-tab';
import { EquityTab } from './equity-tab';
import { OverviewTab } from './overview-tab';
import { TrendsTab } from './trends-tab';

export const EVALUATION_TABS = [
  'overview',
  'compliance',
  'drivers',
  'equity',
  'classSize',
  'trends',
  'city',
] as const;
export type EvaluationTab = (typeof EVALUATION_TABS)[number];

interface EvaluationTabsProps {
  evaluation: CurrentEvaluation;
  standard: Standard | undefined;
  names: ReadonlyMap<string, string>;
  exportPrefix: string;
  showCity: boolean;
  params: EvaluationParams;
  onChange: (changes: EvaluationParams) => void;
}

/** The views of one evaluation; the open tab is kept in the URL (`?tab=drivers`). */
export function EvaluationTabs(props: EvaluationTabsProps) {
  const t = useT();
  const { evaluation, standard, exportPrefix, params, onChange } = props;
  const analysis = evaluation.result;
  const tabs = EVALUATION_TABS.filter((tab) => tab !== 'city' || props.showCity);
  const active = tabs.find((tab) => tab === params.tab) ?? 'overview';
  const panel = (tab: EvaluationTab) => {
    switch (tab) {
      case 'overview':
        return (
          <OverviewTab
            evaluation={evaluation}
            standard={standard}
            names={props.names}
            exportPrefix={exportPrefix}
          />
        );
      case 'compliance':
        return (
          <ComplianceTab
            analysis={analysis}
            standard={standard}
            params={params}
            onChange={onChange}
            exportPrefix={exportPrefix}
          />
        );
      case 'drivers':
        return (
          <DriversTab
            analysis={analysis}
            standard={standard}
            params={params}
            onChange={onChange}
            exportPrefix={exportPrefix}
          />
        );
      case 'equity':
        return (
          <EquityTab
            analysis={analysis}
            standard={standard}
            params={params}
            onChange={onChange}
            exportPrefix={exportPrefix}
          />
        );
      case 'classSize':
        return <ClassSizeTab analysis={analysis} exportPrefix={exportPrefix} />;
      case 'trends':
        return <TrendsTab countyId={evaluation.countyId} standard={standard} exportPrefix={exportPrefix} />;
      case 'city':
        return <CityTab schoolYear={evaluation.schoolYear} standard={standard} />;
    }
  };
  return (
    <Tabs
      activeKey={active}
      onChange={(tab) => onChange({ tab: tab === 'overview' ? undefined : tab })}
      destroyOnHidden
      data-testid="evaluation-tabs"
      items={tabs.map((tab) => ({
        key: tab,
        label: <span data-testid={`tab-${tab}`}>{t(`pages.evaluation.tabs.${tab}`)}</span>,
        children: panel(tab),
      }))}
    />
  );
}
