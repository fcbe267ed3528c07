import { Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n-context';
import { markExemption } from '../api';
import { errorText } from '../errors';
import { EXEMPTION_RULES, type EligibleRow, type ExemptionRule } from '../types';
import { useRotationT } from '../use-rotation-t';

interface Values {
  rule: ExemptionRule;
  evidence: string;
  lastRotationEnd?: string;
}

export function ExemptionModal(props: {
  campaignId: string;
  teacher: EligibleRow;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const rt = useRotationT();
  const [form] = Form.useForm<Values>();
  const rule = Form.useWatch('rule', form);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(undefined);
    try {
      await markExemption(props.campaignId, {
        teacherCode: props.teacher.teacherCode,
        rule: v.rule,
        evidence: v.evidence.trim(),
        ...(v.rule === 'rotatedRecently' && v.lastRotationEnd ? { lastRotationEnd: v.lastRotationEnd } : {}),
      });
      props.onSaved();
    } catch (cause) {
      setError(errorText(t, cause));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={rt('exemption.title', { name: props.teacher.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="rotation-exemption-form"
        initialValues={{ rule: 'pregnancyOrNursing' }}
      >
        <Form.Item name="rule" label={rt('exemption.rule')} rules={[{ required: true }]}>
          <Select options={EXEMPTION_RULES.map((r) => ({ value: r, label: rt(`exemption.rule.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={rt('exemption.evidence')}
          rules={[{ required: true, whitespace: true, max: 500 }]}
        >
          <Input.TextArea rows={3} placeholder={rt('exemption.evidencePlaceholder')} />
        </Form.Item>
        {rule === 'rotatedRecently' && (
          <Form.Item
            name="lastRotationEnd"
            label={rt('exemption.lastRotationEnd')}
            rules={[{ required: true, pattern: /^\d{4}-(0[1-9]|1[0-2])$/ }]}
          >
            <Input placeholder="2023-07" />
          </Form.Item>
        )}
      </Form>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Modal>
  );
}
