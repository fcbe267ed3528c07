import { Alert, Button, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { SchoolRow } from '../../../app/api/types';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { formatDate } from '../../../shared/format';
import { addMember, endMembership } from '../api';
import { errorText } from '../errors';
import { membershipState, todayIso } from '../select';
import type { CommunityItem, CommunityWrite, Membership } from '../types';
import { localized, useCommunityT } from '../use-community-t';
import { FormError } from './form-error';

interface Props {
  community: CommunityItem;
  schools: SchoolRow[];
  onClose: () => void;
  onChanged: (answer: CommunityWrite) => void;
}

const STATE_COLORS = { current: 'green', past: 'default', upcoming: 'blue' } as const;

/** Membership changes (COM-1): add a school from a date, let one leave on a date; rows are never deleted. */
export function MembersModal({ community: initial, schools, onClose, onChanged }: Props) {
  const t = useT();
  const ct = useCommunityT();
  const [locale] = useLocale();
  const today = todayIso(new Date());
  const [community, setCommunity] = useState(initial);
  const [schoolId, setSchoolId] = useState<string>();
  const [joinedOn, setJoinedOn] = useState(today);
  const [leaveOn, setLeaveOn] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);

  const done = (answer: CommunityWrite) => {
    setCommunity(answer.community);
    setWarnings(answer.warnings.map((w) => localized(locale, w.message)));
    setError(null);
    onChanged(answer);
  };
  const fail = (cause: unknown) => setError(errorText(t, cause, locale));
  const inNow = new Set(
    community.members.filter((m) => membershipState(m, today) !== 'past').map((m) => m.school?.id),
  );

  const columns: ColumnsType<Membership> = [
    {
      title: ct('members.school'),
      key: 'school',
      render: (_, m) => (
        <Space size={4}>
          <span>{m.school?.name ?? '—'}</span>
          {m.school?.id === community.leadSchool?.id && <Tag color="volcano">{ct('members.leadTag')}</Tag>}
        </Space>
      ),
    },
    { title: ct('members.joinedOn'), dataIndex: 'joinedOn', render: (d: string) => formatDate(d, locale) },
    {
      title: ct('members.leftOn'),
      dataIndex: 'leftOn',
      render: (d: string | null) => (d ? formatDate(d, locale) : '—'),
    },
    {
      title: ct('status'),
      key: 'state',
      render: (_, m) => {
        const state = membershipState(m, today);
        return <Tag color={STATE_COLORS[state]}>{ct(`members.${state}`)}</Tag>;
      },
    },
    {
      title: ct('actions'),
      key: 'actions',
      render: (_, m) =>
        m.leftOn === null && m.school?.id !== community.leadSchool?.id ? (
          <Popconfirm
            title={
              <Space direction="vertical">
                <span>{ct('members.leaveOn')}</span>
                <Input type="date" value={leaveOn} onChange={(e) => setLeaveOn(e.target.value)} />
              </Space>
            }
            onConfirm={() => void endMembership(community.id, m.id, leaveOn).then(done, fail)}
          >
            <Button size="small" danger data-testid="member-leave">
              {ct('members.leave')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <Modal
      open
      width={760}
      title={ct('members.title', { name: community.name })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <FormError error={error} />
      {warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={ct('warnings', { count: warnings.length })}
          description={warnings.join('；')}
        />
      )}
      <Space wrap style={{ marginBottom: 12 }} data-testid="member-add">
        <Select
          style={{ width: 240 }}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={ct('members.addSchool')}
          value={schoolId}
          onChange={setSchoolId}
          options={schools.filter((s) => !inNow.has(s.id)).map((s) => ({ value: s.id, label: s.name }))}
        />
        <Input
          type="date"
          style={{ width: 160 }}
          aria-label={ct('members.joinedOn')}
          value={joinedOn}
          onChange={(e) => setJoinedOn(e.target.value)}
        />
        <Button
          type="primary"
          disabled={!schoolId}
          onClick={() => schoolId && void addMember(community.id, { schoolId, joinedOn }).then(done, fail)}
        >
          {ct('members.add')}
        </Button>
      </Space>
      <Table<Membership>
        title={() => ct('members.history')}
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={[...community.members].sort(
          (a, b) =>
            a.joinedOn.localeCompare(b.joinedOn) ||
            (a.school?.code ?? '').localeCompare(b.school?.code ?? ''),
        )}
        pagination={false}
        data-testid="member-history"
      />
    </Modal>
  );
}
