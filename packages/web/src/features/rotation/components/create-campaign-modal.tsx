import { serviceRecordPolicyOf, type RotationPolicy } from '@junheng/core';
import { Form, Input, InputNumber, Modal, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { fetchSchoolYears } from '../../../app/api/org-api';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { formatSchoolYear } from '../../../shared/format';
import { useRequest } from '../../../shared/use-request';
import { createCampaign, fetchPolicies } from '../api';
import { errorText } from '../errors';
import type { Campaign, PolicyOverrides, PolicyPreset } from '../types';
import { useRotationT } from '../use-rotation-t';

interface Values {
  name?: string;
  schoolYear: string;
  campaignMonth: string;
  preset: PolicyPreset;
  share: number;
  backboneShare: number;
  level: 'school' | 'county' | 'both';
  /** Adds the lead ↔ member direction of communities (seed 002) to the preset's directions. */
  leadMember: boolean;
  promotionMonths: number;
}

const pct = (v: number) => Math.round(v * 1000) / 10;

/** Only what differs from the preset travels as an override, so the stored spec reads as the bureau chose it. */
function overridesOf(v: Values, policy: RotationPolicy | undefined): PolicyOverrides | undefined {
  if (!policy) return undefined;
  const quota: NonNullable<PolicyOverrides['quota']> = {};
  if (v.share !== pct(policy.quota.shareOfEligible)) quota.shareOfEligible = v.share / 100;
  if (v.backboneShare !== pct(policy.quota.backboneShareOfRotated))
    quota.backboneShareOfRotated = v.backboneShare / 100;
  if (v.level !== policy.quota.level) quota.level = v.level;
  const overrides: PolicyOverrides = Object.keys(quota).length > 0 ? { quota } : {};
  const ids = policy.directions.map((d) => d.id);
  if (v.leadMember !== ids.includes('leadMember')) {
    overrides.directions = v.leadMember ? [...ids, 'leadMember'] : ids.filter((id) => id !== 'leadMember');
  }
  if (v.promotionMonths !== serviceRecordPolicyOf(policy).promotionMinMonths) {
    overrides.serviceRecord = { promotionMinMonths: v.promotionMonths };
  }
  return Object.keys(overrides).length > 0 ? overrides : undefined;
}

export function CreateCampaignModal(props: {
  countyId: string;
  onClose: () => void;
  onCreated: (c: Campaign) => void;
}) {
  const t = useT();
  const rt = useRotationT();
  const [locale] = useLocale();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const policies = useRequest('rotation-policies', (signal) => fetchPolicies(signal));
  const years = useRequest(`school-years:${props.countyId}`, () => fetchSchoolYears(props.countyId));
  const byId = new Map((policies.data?.items ?? []).map((p) => [p.id, p]));
  const yearList = [...(years.data?.items ?? [])].sort().reverse();
  const latest = yearList[0];

  const applyPreset = (id: string) => {
    const p = byId.get(id);
    if (p)
      form.setFieldsValue({
        share: pct(p.quota.shareOfEligible),
        backboneShare: pct(p.quota.backboneShareOfRotated),
        level: p.quota.level,
        leadMember: p.directions.some((d) => d.id === 'leadMember'),
        promotionMonths: serviceRecordPolicyOf(p).promotionMinMonths,
      });
  };

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(undefined);
    try {
      const overrides = overridesOf(v, byId.get(v.preset));
      const { campaign } = await createCampaign({
        countyId: props.countyId,
        schoolYear: v.schoolYear,
        ...(v.name?.trim() ? { name: v.name.trim() } : {}),
        campaignMonth: v.campaignMonth,
        policy: { preset: v.preset, ...(overrides ? { overrides } : {}) },
      });
      props.onCreated(campaign);
    } catch (cause) {
      setError(errorText(t, cause));
    } finally {
      setSaving(false);
    }
  };

  const ready = latest !== undefined && byId.has('national');
  return (
    <Modal
      open
      title={rt('createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      okButtonProps={{ disabled: !ready, 'data-testid': 'rotation-create-submit' }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {ready && (
        <Form
          form={form}
          layout="vertical"
          data-testid="rotation-create-form"
          initialValues={{
            schoolYear: latest,
            campaignMonth: `${latest.slice(5)}-09`,
            preset: 'national',
            share: pct(byId.get('national')!.quota.shareOfEligible),
            backboneShare: pct(byId.get('national')!.quota.backboneShareOfRotated),
            level: byId.get('national')!.quota.level,
            leadMember: false,
            promotionMonths: serviceRecordPolicyOf(byId.get('national')!).promotionMinMonths,
          }}
        >
          <Form.Item name="name" label={rt('name')}>
            <Input placeholder={rt('namePlaceholder', { year: latest })} maxLength={100} />
          </Form.Item>
          <Form.Item name="schoolYear" label={rt('schoolYear')} rules={[{ required: true }]}>
            <Select options={yearList.map((y) => ({ value: y, label: formatSchoolYear(t, y) }))} />
          </Form.Item>
          <Form.Item
            name="campaignMonth"
            label={rt('campaignMonth')}
            rules={[{ required: true, pattern: /^\d{4}-(0[1-9]|1[0-2])$/ }]}
          >
            <Input placeholder="2025-09" />
          </Form.Item>
          <Form.Item name="preset" label={rt('policy')} rules={[{ required: true }]}>
            <Select
              data-testid="rotation-create-policy"
              onChange={applyPreset}
              options={(policies.data?.items ?? []).map((p) => ({
                value: p.id,
                label: locale === 'zh-CN' ? p.zh : p.en,
              }))}
            />
          </Form.Item>
          <Form.Item name="share" label={rt('share')}>
            <InputNumber min={0} max={100} step={1} suffix="%" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="backboneShare" label={rt('backboneShare')}>
            <InputNumber min={0} max={100} step={1} suffix="%" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="level" label={rt('level')}>
            <Select
              style={{ width: 200 }}
              options={(['school', 'county', 'both'] as const).map((l) => ({
                value: l,
                label: rt(`level.${l}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="leadMember"
            label={rt('leadMember')}
            valuePropName="checked"
            extra={rt('leadMemberHint')}
          >
            <Switch data-testid="rotation-create-lead-member" />
          </Form.Item>
          <Form.Item name="promotionMonths" label={rt('promotionMonths')} extra={rt('promotionMonthsHint')}>
            <InputNumber min={0} max={120} step={1} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </Form>
      )}
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Modal>
  );
}
