import { ACTIVITY_KINDS, ACTIVITY_KIND_LABELS, type ActivityKind } from '@junheng/core';
import { PaperClipOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Switch,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useUser } from '../../../app/auth/auth-context';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { useRequest } from '../../../shared/use-request';
import { createActivity, fetchPatches, updateActivity } from '../api';
import {
  activityFileUrl,
  deleteActivityFile,
  fileText,
  formatSize,
  pickProblem,
  UPLOAD_ACCEPT,
  UPLOAD_MAX_MB,
  uploadActivityFile,
  uploadErrorText,
} from '../api-files';
import { errorText } from '../errors';
import { todayIso } from '../select';
import type { ActivityBody, ActivityItem, CommunityItem, SchoolRef } from '../types';
import type { StoredFile } from '../types-files';
import { localized, useCommunityT } from '../use-community-t';

interface Values {
  kind: ActivityKind;
  date: string;
  title?: string;
  communityId?: string;
  hostSchoolId: string;
  participantSchoolIds: string[];
  peopleCount?: number | null;
  persons: string[];
  lessonsObserved?: number | null;
  ruralQuality: boolean;
  files: string[];
  researcherPatchId?: string | null;
}

interface Props {
  countyId: string;
  communities: CommunityItem[];
  /** Schools the user may name: the county's for the bureau, the own communities' for a school. */
  schools: SchoolRef[];
  /** A school user's own school: always the host. */
  ownSchoolId: string | null;
  activity?: ActivityItem;
  onClose: () => void;
  onSaved: (a: ActivityItem) => void;
}

const LESSON_KINDS: readonly ActivityKind[] = ['lessonObservation', 'researcherVisit', 'diagnosticVisit'];
/** What a researcher logs himself, under his own patch (the server's RESEARCHER_KINDS). */
const RESEARCHER_KINDS: readonly ActivityKind[] = ['researcherVisit', 'lessonObservation'];

/** The uploaded files of an activity (the API's `attachments`). */
const attachmentsOf = (a: ActivityItem | undefined): StoredFile[] => a?.attachments ?? [];

/**
 * ACT-1: log or edit an activity — kind, date (the term follows from it), schools and people, and files: typed
 * references and uploads (minutes, photos, slides), sent once the activity is saved.
 */
export function ActivityFormModal({
  countyId,
  communities,
  schools,
  ownSchoolId,
  activity,
  onClose,
  onSaved,
}: Props) {
  const t = useT();
  const ct = useCommunityT();
  const [locale] = useLocale();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Saved but with uploads still to go (a failed upload keeps the modal open; a retry updates, never re-creates).
  const [saved, setSaved] = useState<ActivityItem | undefined>(activity);
  const [pending, setPending] = useState<File[]>([]);
  const [uploaded, setUploaded] = useState<StoredFile[]>(attachmentsOf(activity));
  const kind = Form.useWatch('kind', form);
  const communityId = Form.useWatch('communityId', form);
  const patchId = Form.useWatch('researcherPatchId', form);
  const community = communities.find((c) => c.id === communityId);
  const required = [{ required: true, message: ct('form.required') }];
  const user = useUser();
  const researcher = user.role === 'researcher';
  const patches = useRequest(`activity-form-patches:${countyId}`, (signal) => fetchPatches(countyId, signal));
  // A researcher names only his own patches, and then only their schools.
  const patchList = (patches.data?.items ?? []).filter((p) => !researcher || p.userId === user.id);
  const patch = patchList.find((p) => p.id === patchId);
  const schoolOptions = (
    researcher && patch
      ? patch.schools
      : community
        ? community.members.filter((m) => m.current && m.school).map((m) => m.school as SchoolRef)
        : schools
  ).map((s) => ({ value: s.id, label: s.name }));
  const kinds = researcher ? RESEARCHER_KINDS : ACTIVITY_KINDS;

  const submit = async (v: Values) => {
    setSaving(true);
    setError(null);
    const body: ActivityBody = {
      kind: v.kind,
      date: v.date,
      title: v.title?.trim() ? v.title.trim() : null,
      communityId: v.communityId ?? null,
      hostSchoolId: ownSchoolId ?? v.hostSchoolId,
      participantSchoolIds: v.participantSchoolIds,
      peopleCount: v.peopleCount ?? null,
      participants: v.persons.map((name) => ({
        personId: name.slice(0, 40),
        role: 'other',
        name: name.slice(0, 40),
      })),
      lessonsObserved: LESSON_KINDS.includes(v.kind) ? (v.lessonsObserved ?? null) : null,
      ruralQuality: v.ruralQuality,
      files: v.files,
      researcherPatchId: LESSON_KINDS.includes(v.kind) ? (v.researcherPatchId ?? null) : null,
    } as ActivityBody;
    let current: ActivityItem;
    try {
      current = saved
        ? (await updateActivity(saved.id, body)).activity
        : (await createActivity({ ...body, countyId })).activity;
      setSaved(current);
    } catch (cause) {
      setError(errorText(t, cause));
      setSaving(false);
      return;
    }
    const left = [...pending];
    const added: StoredFile[] = [];
    try {
      while (left.length > 0) {
        const file = left[0] as File;
        added.push((await uploadActivityFile(current.id, file)).file);
        left.shift();
      }
      onSaved({ ...current, attachments: [...uploaded, ...added] } as ActivityItem);
    } catch (cause) {
      setError(fileText(locale, 'uploadFailed', { message: uploadErrorText(locale, cause) }));
    } finally {
      setPending(left);
      setUploaded((u) => [...u, ...added]);
      setSaving(false);
    }
  };

  const pick = (file: File) => {
    const problem = pickProblem(locale, file);
    if (problem) setError(problem);
    else setPending((p) => [...p, file]);
    // Never upload on pick: the files go once the activity is saved.
    return false;
  };

  const remove = async (f: StoredFile) => {
    if (!saved) return;
    try {
      await deleteActivityFile(saved.id, f.id);
      setUploaded((u) => u.filter((x) => x.id !== f.id));
    } catch (cause) {
      setError(errorText(t, cause));
    }
  };

  return (
    <Modal
      open
      width={680}
      title={saved ? ct('activities.editTitle') : ct('activities.newTitle')}
      okText={ct('form.submit')}
      cancelText={ct('form.cancel')}
      confirmLoading={saving}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'activity-form-submit' } as Record<`data-${string}`, string>}
      destroyOnHidden
    >
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={error}
          data-testid="activity-form-error"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="activity-form"
        initialValues={
          activity
            ? {
                kind: activity.kind,
                date: activity.date,
                title: activity.title ?? undefined,
                communityId: activity.community?.id,
                hostSchoolId: activity.hostSchool?.id,
                participantSchoolIds: activity.participantSchools.map((s) => s.id),
                peopleCount: activity.peopleCount,
                persons: activity.participants.map((p) => p.name ?? p.personId),
                lessonsObserved: activity.lessonsObserved,
                ruralQuality: activity.ruralQuality,
                files: activity.files,
                researcherPatchId:
                  (activity as ActivityItem & { researcherPatch?: { id: string } | null }).researcherPatch
                    ?.id ?? null,
              }
            : {
                kind: researcher ? 'researcherVisit' : 'jointResearch',
                date: todayIso(new Date()),
                communityId: communities.length === 1 ? communities[0]?.id : undefined,
                hostSchoolId: ownSchoolId ?? undefined,
                participantSchoolIds: [],
                persons: [],
                ruralQuality: false,
                files: [],
              }
        }
        onFinish={(v) => void submit(v)}
      >
        <div style={{ display: 'flex', gap: 16 }}>
          <Form.Item name="kind" label={ct('activities.kind')} rules={required} style={{ flex: 1 }}>
            <Select
              data-testid="activity-form-kind"
              virtual={false}
              options={kinds.map((k) => ({
                value: k,
                label: localized(locale, ACTIVITY_KIND_LABELS[k]),
              }))}
            />
          </Form.Item>
          <Form.Item name="date" label={ct('activities.date')} rules={required} style={{ flex: 1 }}>
            <Input type="date" data-testid="activity-form-date" />
          </Form.Item>
        </div>
        <Form.Item name="title" label={ct('activities.titleField')}>
          <Input maxLength={200} data-testid="activity-form-title" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16 }}>
          <Form.Item name="communityId" label={ct('activities.community')} style={{ flex: 1 }}>
            <Select
              allowClear
              placeholder={ct('activities.noCommunity')}
              data-testid="activity-form-community"
              virtual={false}
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
          <Form.Item name="hostSchoolId" label={ct('activities.host')} rules={required} style={{ flex: 1 }}>
            <Select
              disabled={ownSchoolId !== null}
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="activity-form-host"
              virtual={false}
              options={
                ownSchoolId !== null
                  ? schools.filter((s) => s.id === ownSchoolId).map((s) => ({ value: s.id, label: s.name }))
                  : schoolOptions
              }
            />
          </Form.Item>
        </div>
        {kind && LESSON_KINDS.includes(kind) && (
          <Form.Item
            name="researcherPatchId"
            label={ct('activities.researcherPatch')}
            rules={researcher ? required : []}
            extra={researcher ? ct('activities.researcherPatchHint') : undefined}
          >
            <Select
              allowClear={!researcher}
              data-testid="activity-form-patch"
              virtual={false}
              options={patchList.map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="participantSchoolIds" label={ct('activities.participants')}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="activity-form-schools"
            virtual={false}
            options={schoolOptions}
          />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16 }}>
          <Form.Item name="peopleCount" label={ct('activities.people')} style={{ flex: 1 }}>
            <InputNumber min={0} max={100000} style={{ width: '100%' }} data-testid="activity-form-people" />
          </Form.Item>
          {kind && LESSON_KINDS.includes(kind) && (
            <Form.Item name="lessonsObserved" label={ct('activities.lessons')} style={{ flex: 1 }}>
              <InputNumber min={0} max={1000} style={{ width: '100%' }} />
            </Form.Item>
          )}
          <Form.Item
            name="ruralQuality"
            label={ct('activities.ruralQuality')}
            valuePropName="checked"
            style={{ flex: 1 }}
          >
            <Switch />
          </Form.Item>
        </div>
        <Form.Item name="persons" label={ct('activities.persons')}>
          <Select
            mode="tags"
            open={false}
            placeholder={ct('activities.personsPlaceholder')}
            data-testid="activity-form-persons"
          />
        </Form.Item>
        <Form.Item name="files" label={ct('activities.files')}>
          <Select mode="tags" open={false} placeholder={ct('activities.filesPlaceholder')} />
        </Form.Item>
        <Form.Item
          label={fileText(locale, 'attachments')}
          extra={fileText(locale, 'hint', { mb: UPLOAD_MAX_MB })}
        >
          {uploaded.length > 0 && (
            <ul
              style={{ paddingInlineStart: 0, listStyle: 'none', margin: '0 0 8px' }}
              data-testid="activity-attachments"
            >
              {uploaded.map((f) => (
                <li key={f.id}>
                  <Space>
                    <PaperClipOutlined />
                    <a href={activityFileUrl(saved?.id ?? '', f.id)} download={f.name}>
                      {f.name}
                    </a>
                    <Typography.Text type="secondary">{formatSize(f.size)}</Typography.Text>
                    <Popconfirm title={fileText(locale, 'confirmRemove')} onConfirm={() => void remove(f)}>
                      <Button type="link" size="small" danger>
                        {fileText(locale, 'remove')}
                      </Button>
                    </Popconfirm>
                  </Space>
                </li>
              ))}
            </ul>
          )}
          <Upload
            multiple
            accept={UPLOAD_ACCEPT}
            beforeUpload={pick}
            fileList={pending.map((f, i) => ({
              uid: `${i}-${f.name}`,
              name: f.name,
              status: 'done' as const,
            }))}
            onRemove={(u) => setPending((p) => p.filter((f, i) => `${i}-${f.name}` !== u.uid))}
          >
            <Button icon={<PaperClipOutlined />} data-testid="activity-form-upload">
              {fileText(locale, 'choose')}
            </Button>
          </Upload>
          {pending.length > 0 && (
            <Typography.Text type="secondary">{fileText(locale, 'pending')}</Typography.Text>
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
