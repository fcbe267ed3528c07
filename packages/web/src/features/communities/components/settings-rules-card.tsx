import {
  COMMUNITY_KIND_LABELS,
  COMMUNITY_KINDS,
  OWNERSHIPS,
  SCHOOL_TYPES,
  URBAN_RURALS,
  type CommunityKind,
  type CommunityRules,
} from '@junheng/core';
import { Col, Form, InputNumber, Row, Select, Switch } from 'antd';
import { enumLabel } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { localized, useCommunityT } from '../use-community-t';
import { SettingItem } from './setting-item';

interface Props {
  value: CommunityRules;
  defaults: CommunityRules;
  changed: ReadonlySet<string>;
  readOnly: boolean;
  onChange: (next: CommunityRules) => void;
}

type ListKey =
  'coverageKinds' | 'coverageUrbanRural' | 'coverageSchoolTypes' | 'coverageOwnerships' | 'exclusiveKinds';

/** COM-2 as parameters: group size, coverage of rural schools, one community per kind, the lead's class. */
export function SettingsRulesCard({ value, defaults, changed, readOnly, onChange }: Props) {
  const t = useT();
  const ct = useCommunityT();
  const [locale] = useLocale();
  const kindLabel = (k: CommunityKind) => localized(locale, COMMUNITY_KIND_LABELS[k]);
  const labels: Record<ListKey, { values: readonly string[]; label: (v: string) => string }> = {
    coverageKinds: { values: COMMUNITY_KINDS, label: (v) => kindLabel(v as CommunityKind) },
    exclusiveKinds: { values: COMMUNITY_KINDS, label: (v) => kindLabel(v as CommunityKind) },
    coverageUrbanRural: { values: URBAN_RURALS, label: (v) => enumLabel(t, 'urbanRural', v) },
    coverageSchoolTypes: { values: SCHOOL_TYPES, label: (v) => enumLabel(t, 'schoolType', v) },
    coverageOwnerships: { values: OWNERSHIPS, label: (v) => enumLabel(t, 'ownership', v) },
  };
  const listText = (key: ListKey, list: readonly string[]) =>
    list.length === 0 ? ct('settings.none') : list.map(labels[key].label).join(t('common.listSeparator'));
  const yesNo = (b: boolean) => t(b ? 'common.yes' : 'common.no');
  const perKind = <V,>(map: Partial<Record<CommunityKind, V>>, show: (v: V) => string) =>
    COMMUNITY_KINDS.filter((k) => map[k] !== undefined)
      .map((k) => `${kindLabel(k)} ${show(map[k] as V)}`)
      .join(ct('common.groupSep')) || ct('settings.none');
  const set = <K extends keyof CommunityRules>(key: K, v: CommunityRules[K]) =>
    onChange({ ...value, [key]: v });

  const list = (key: ListKey, label: string) => (
    <SettingItem
      label={label}
      defaultText={listText(key, defaults[key])}
      changed={changed.has(key)}
      testId={`setting-${key}`}
    >
      <Select
        mode="multiple"
        disabled={readOnly}
        value={value[key] as string[]}
        onChange={(v: string[]) => set(key, v as CommunityRules[ListKey])}
        options={labels[key].values.map((v) => ({ value: v, label: labels[key].label(v) }))}
      />
    </SettingItem>
  );
  const flag = (key: 'teachingPointCoveredByParent' | 'leadMustBeMember', label: string) => (
    <SettingItem
      label={label}
      defaultText={yesNo(defaults[key])}
      changed={changed.has(key)}
      testId={`setting-${key}`}
    >
      <Switch disabled={readOnly} checked={value[key]} onChange={(on) => set(key, on)} />
    </SettingItem>
  );

  return (
    <Form layout="vertical" data-testid="settings-rules">
      <SettingItem
        label={ct('settings.maxSchools')}
        hint={ct('settings.maxSchoolsHint')}
        defaultText={perKind(defaults.maxSchools, String)}
        changed={changed.has('maxSchools')}
        testId="setting-maxSchools"
      >
        <Row gutter={12}>
          {COMMUNITY_KINDS.map((k) => (
            <Col key={k} xs={12} lg={6}>
              <InputNumber
                min={1}
                max={100}
                disabled={readOnly}
                style={{ width: '100%' }}
                prefix={<span style={{ color: '#888', marginRight: 4 }}>{kindLabel(k)}</span>}
                placeholder={ct('settings.none')}
                value={value.maxSchools[k] ?? null}
                onChange={(n) => set('maxSchools', { ...value.maxSchools, [k]: n ?? undefined })}
                data-testid={`setting-maxSchools-${k}`}
              />
            </Col>
          ))}
        </Row>
      </SettingItem>
      <Row gutter={24}>
        <Col xs={24} lg={12}>
          <SettingItem
            label={ct('settings.minSchools')}
            defaultText={String(defaults.minSchools)}
            changed={changed.has('minSchools')}
            testId="setting-minSchools"
          >
            <InputNumber
              min={1}
              max={100}
              disabled={readOnly}
              value={value.minSchools}
              onChange={(n) => set('minSchools', n ?? defaults.minSchools)}
            />
          </SettingItem>
          {list('coverageKinds', ct('settings.coverageKinds'))}
          {list('coverageUrbanRural', ct('settings.coverageUrbanRural'))}
          {list('coverageSchoolTypes', ct('settings.coverageSchoolTypes'))}
          {list('coverageOwnerships', ct('settings.coverageOwnerships'))}
        </Col>
        <Col xs={24} lg={12}>
          {flag('teachingPointCoveredByParent', ct('settings.teachingPointCoveredByParent'))}
          {list('exclusiveKinds', ct('settings.exclusiveKinds'))}
          {flag('leadMustBeMember', ct('settings.leadMustBeMember'))}
          <SettingItem
            label={ct('settings.weakLead')}
            defaultText={ct(`settings.weakLead.${defaults.weakLead}`)}
            changed={changed.has('weakLead')}
            testId="setting-weakLead"
          >
            <Select
              disabled={readOnly}
              value={value.weakLead}
              onChange={(v) => set('weakLead', v)}
              options={(['error', 'warning', 'allowed'] as const).map((v) => ({
                value: v,
                label: ct(`settings.weakLead.${v}`),
              }))}
            />
          </SettingItem>
          <SettingItem
            label={ct('settings.leadUrbanRural')}
            hint={ct('settings.leadUrbanRuralHint')}
            defaultText={perKind(defaults.leadUrbanRural, (l) => listText('coverageUrbanRural', l))}
            changed={changed.has('leadUrbanRural')}
            testId="setting-leadUrbanRural"
          >
            {COMMUNITY_KINDS.map((k) => (
              <Select
                key={k}
                mode="multiple"
                allowClear
                disabled={readOnly}
                style={{ width: '100%', marginBottom: 4 }}
                prefix={<span style={{ color: '#888' }}>{kindLabel(k)}</span>}
                placeholder={ct('settings.none')}
                value={value.leadUrbanRural[k] ?? []}
                onChange={(v) => set('leadUrbanRural', { ...value.leadUrbanRural, [k]: v })}
                options={URBAN_RURALS.map((v) => ({ value: v, label: enumLabel(t, 'urbanRural', v) }))}
              />
            ))}
          </SettingItem>
        </Col>
      </Row>
    </Form>
  );
}
