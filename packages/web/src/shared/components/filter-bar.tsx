import { DownloadOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../i18n/i18n-context';

export interface FilterField<K extends string> {
  key: K;
  label: string;
  /** `search` is free text; `select` offers options. */
  kind: 'search' | 'select';
  options?: { value: string; label: string }[];
  placeholder?: string;
  width?: number;
  hidden?: boolean;
}

interface FilterBarProps<K extends string> {
  fields: FilterField<K>[];
  values: Partial<Record<K, string>>;
  onChange: (values: Partial<Record<K, string | undefined>>) => void;
  onReset: () => void;
  onExport?: () => void;
  testId?: string;
}

/** The filter row above a list: one declaration per filter, applied on "search" or on choosing an option. */
export function FilterBar<K extends string>({
  fields,
  values,
  onChange,
  onReset,
  onExport,
  testId,
}: FilterBarProps<K>) {
  const t = useT();
  const [form] = Form.useForm<Record<string, string | undefined>>();

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(values);
  }, [form, values]);

  const submit = () => {
    const raw = form.getFieldsValue() as Record<string, string | null | undefined>;
    const cleaned: Partial<Record<K, string | undefined>> = {};
    for (const field of fields) {
      const value = raw[field.key];
      cleaned[field.key] =
        value === null || value === undefined || value === '' ? undefined : String(value).trim();
    }
    onChange(cleaned);
  };

  return (
    <Form
      form={form}
      layout="inline"
      style={{ marginBottom: 16, rowGap: 8 }}
      onFinish={submit}
      data-testid={testId}
    >
      {fields
        .filter((field) => !field.hidden)
        .map((field) => (
          <Form.Item key={field.key} name={field.key as string} label={field.label}>
            {field.kind === 'search' ? (
              <Input.Search
                allowClear
                placeholder={field.placeholder}
                style={{ width: field.width ?? 200 }}
                onSearch={submit}
                data-testid={`filter-${field.key}`}
              />
            ) : (
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('common.all')}
                options={field.options ?? []}
                style={{ width: field.width ?? 140 }}
                onChange={submit}
                data-testid={`filter-${field.key}`}
              />
            )}
          </Form.Item>
        ))}
      <Form.Item>
        <Space>
          <Button htmlType="submit" type="primary">
            {t('common.search')}
          </Button>
          <Button onClick={onReset}>{t('common.reset')}</Button>
          {onExport && (
            <Button icon={<DownloadOutlined />} onClick={onExport} data-testid="export">
              {t('common.export')}
            </Button>
          )}
        </Space>
      </Form.Item>
    </Form>
  );
}
