import { COMMUNITY_KINDS, COMMUNITY_KIND_LABELS, type CommunityKind } from '@junheng/core';
import { PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Popconfirm, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { SchoolRow } from '../../../app/api/types';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { createCommunity, updateCommunity } from '../api';
import {
  charterUrl,
  deleteCharter,
  fileText,
  formatSize,
  pickProblem,
  UPLOAD_ACCEPT,
  UPLOAD_MAX_MB,
  uploadCharter,
  uploadErrorText,
} from '../api-files';
import { errorText } from '../errors';
import { todayIso } from '../select';
import type { CommunityItem, CommunityWrite } from '../types';
import type { StoredFile } from '../types-files';
import { localized, useCommunityT } from '../use-community-t';

interface Values {
  kind: CommunityKind;
  name: string;
  leadSchoolId: string;
  memberSchoolIds: string[];
  startOn: string;
  endOn?: string;
  charterText?: string;
  charterFile?: string;
}

interface Props {
  countyId: string;
  schools: SchoolRow[];
  /** Editing this community; creating when absent. */
  community?: CommunityItem;
  onClose: () => void;
  onSaved: (answer: CommunityWrite) => void;
}

/** The uploaded charter of a community (the API's `charter`). */
const charterOf = (c: CommunityItem | undefined): StoredFile | null => c?.charter ?? null;

/**
 * Create a community (kind, lead, first members, dates, charter text, reference and file) or edit its fields
 * (members: MembersModal). A picked charter file is uploaded once the community is saved, replacing the old one.
 */
export function CommunityFormModal({ countyId, schools, community, onClose, onSaved }: Props) {
  const t = useT();
  const ct = useCommunityT();
  const [locale] = useLocale();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Saved but the charter upload failed: a retry updates this community instead of creating another.
  const [saved, setSaved] = useState<CommunityItem | undefined>(community);
  const [charter, setCharter] = useState<StoredFile | null>(charterOf(community));
  const [picked, setPicked] = useState<File | null>(null);
  const lead = Form.useWatch('leadSchoolId', form);
  const options = schools.map((s) => ({ value: s.id, label: s.name }));
  const required = [{ required: true, message: ct('form.required') }];

  const submit = async (v: Values) => {
    setSaving(true);
    setError(null);
    const optional = (s: string | undefined) => (s && s.trim() !== '' ? s.trim() : null);
    let answer: CommunityWrite;
    try {
      answer = saved
        ? await updateCommunity(saved.id, {
            kind: v.kind,
            name: v.name.trim(),
            leadSchoolId: v.leadSchoolId,
            startOn: v.startOn,
            endOn: optional(v.endOn),
            charterText: optional(v.charterText),
            charterFile: optional(v.charterFile),
          })
        : await createCommunity({
            countyId,
            kind: v.kind,
            name: v.name.trim(),
            leadSchoolId: v.leadSchoolId,
            memberSchoolIds: v.memberSchoolIds.filter((id) => id !== v.leadSchoolId),
            startOn: v.startOn,
            endOn: optional(v.endOn),
            charterText: optional(v.charterText),
            charterFile: optional(v.charterFile),
          });
      setSaved(answer.community);
    } catch (cause) {
      setError(errorText(t, cause));
      setSaving(false);
      return;
    }
    try {
      if (picked) {
        const { file } = await uploadCharter(answer.community.id, picked);
        setCharter(file);
        setPicked(null);
        answer = { ...answer, community: { ...answer.community, charter: file } as CommunityItem };
      }
      onSaved(answer);
    } catch (cause) {
      setError(fileText(locale, 'charterFailed', { message: uploadErrorText(locale, cause) }));
    } finally {
      setSaving(false);
    }
  };

  const pick = (file: File) => {
    const problem = pickProblem(locale, file);
    if (problem) setError(problem);
    else setPicked(file);
    return false;
  };

  const removeCharter = async () => {
    if (!saved) return;
    try {
      await deleteCharter(saved.id);
      setCharter(null);
    } catch (cause) {
      setError(errorText(t, cause));
    }
  };

  return (
    <Modal
      open
      title={saved ? ct('editTitle', { name: saved.name }) : ct('create')}
      okText={ct('form.submit')}
      cancelText={ct('form.cancel')}
      confirmLoading={saving}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'community-form-submit' } as Record<`data-${string}`, string>}
      width={640}
      destroyOnHidden
    >
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={error}
          data-testid="community-form-error"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="community-form"
        initialValues={
          community
            ? {
                kind: community.kind,
                name: community.name,
                leadSchoolId: community.leadSchool?.id,
                memberSchoolIds: [],
                startOn: community.startOn,
                endOn: community.endOn ?? undefined,
                charterText: community.charterText ?? undefined,
                charterFile: community.charterFile ?? undefined,
              }
            : { kind: 'urban_rural_community', memberSchoolIds: [], startOn: todayIso(new Date()) }
        }
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="kind" label={ct('form.kind')} rules={required}>
          <Select
            data-testid="community-form-kind"
            options={COMMUNITY_KINDS.map((k) => ({
              value: k,
              label: localized(locale, COMMUNITY_KIND_LABELS[k]),
            }))}
          />
        </Form.Item>
        <Form.Item name="name" label={ct('form.name')} rules={required}>
          <Input maxLength={100} placeholder={ct('form.namePlaceholder')} data-testid="community-form-name" />
        </Form.Item>
        <Form.Item name="leadSchoolId" label={ct('form.lead')} rules={required}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
            data-testid="community-form-lead"
          />
        </Form.Item>
        {!community && (
          <Form.Item name="memberSchoolIds" label={ct('form.members')}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={options.filter((o) => o.value !== lead)}
              data-testid="community-form-members"
            />
          </Form.Item>
        )}
        <div style={{ display: 'flex', gap: 16 }}>
          <Form.Item name="startOn" label={ct('startOn')} rules={required} style={{ flex: 1 }}>
            <Input type="date" data-testid="community-form-start" />
          </Form.Item>
          <Form.Item name="endOn" label={ct('endOn')} style={{ flex: 1 }}>
            <Input type="date" data-testid="community-form-end" />
          </Form.Item>
        </div>
        <Form.Item
          label={fileText(locale, 'charterUpload')}
          extra={fileText(locale, 'hint', { mb: UPLOAD_MAX_MB })}
        >
          {charter && saved && (
            <Space style={{ marginBottom: 8 }} data-testid="community-form-charter">
              <PaperClipOutlined />
              <a href={charterUrl(saved.id)} download={charter.name}>
                {charter.name}
              </a>
              <Typography.Text type="secondary">{formatSize(charter.size)}</Typography.Text>
              <Popconfirm title={fileText(locale, 'confirmRemove')} onConfirm={() => void removeCharter()}>
                <Button type="link" size="small" danger>
                  {fileText(locale, 'remove')}
                </Button>
              </Popconfirm>
            </Space>
          )}
          <Upload
            accept={UPLOAD_ACCEPT}
            maxCount={1}
            beforeUpload={pick}
            fileList={picked ? [{ uid: 'charter', name: picked.name, status: 'done' as const }] : []}
            onRemove={() => setPicked(null)}
          >
            <Button icon={<PaperClipOutlined />} data-testid="community-form-upload">
              {fileText(locale, 'choose')}
            </Button>
          </Upload>
          {picked && <Typography.Text type="secondary">{fileText(locale, 'pending')}</Typography.Text>}
        </Form.Item>
        <Form.Item name="charterFile" label={ct('charterFile')}>
          <Input maxLength={500} placeholder={ct('charterFilePlaceholder')} />
        </Form.Item>
        <Form.Item name="charterText" label={ct('charterText')}>
          <Input.TextArea rows={3} maxLength={20000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
