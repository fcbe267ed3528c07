import {
  COMMUNITY_KINDS,
  COMMUNITY_KIND_LABELS,
  type CommunityKind,
  type ProposedMember,
} from '@junheng/core';
import {
  Alert,
  Button,
  Col,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import type { SchoolRow } from '../../../app/api/types';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { formatNumber } from '../../../shared/format';
import { acceptProposal, createProposal } from '../api';
import { acceptEditedProposal } from '../api-files';
import { pairingMapOption, type MapPoint } from '../chart-options';
import { errorText } from '../errors';
import {
  draftCommunities,
  draftOf,
  draftPairs,
  draftUnchanged,
  moveMember,
  overCap,
  type ProposalDraft,
} from '../proposal-edit';
import { todayIso } from '../select';
import type { ProposalRecord } from '../types';
import { localized, useCommunityT } from '../use-community-t';
import { CommunityChart } from './community-chart';

interface Props {
  countyId: string;
  schoolYear: string | undefined;
  schools: SchoolRow[];
  /** The last proposal not yet accepted, shown until a new one is generated. */
  latest: ProposalRecord | undefined;
  onAccepted: (count: number) => void;
}

interface Row extends ProposedMember {
  leadCode: string;
  leadName: string;
}

/** COM-3: generate a proposal, see it on the map and in the table, move members, accept it as communities. */
export function ProposalPanel({ countyId, schoolYear, schools, latest, onAccepted }: Props) {
  const t = useT();
  const ct = useCommunityT();
  const [locale] = useLocale();
  const [kind, setKind] = useState<CommunityKind>('urban_rural_community');
  const [maxSchools, setMaxSchools] = useState<number>(4);
  const [leadIds, setLeadIds] = useState<string[]>([]);
  const [record, setRecord] = useState<ProposalRecord | undefined>(latest);
  const [draft, setDraft] = useState<ProposalDraft | undefined>(
    latest ? draftOf(latest.proposal) : undefined,
  );
  const [startOn, setStartOn] = useState(todayIso(new Date()));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!latest) return;
    setRecord(latest);
    setDraft(draftOf(latest.proposal));
  }, [latest]);

  const generate = async () => {
    if (!schoolYear) return;
    setBusy(true);
    setError(null);
    try {
      const { proposal } = await createProposal({
        countyId,
        schoolYear,
        ...(leadIds.length > 0 ? { leadSchoolIds: leadIds } : { leadCount: 'fewest' as const }),
        params: { kind, maxSchools },
      });
      setRecord(proposal);
      setDraft(draftOf(proposal.proposal));
    } catch (cause) {
      setError(errorText(t, cause));
    } finally {
      setBusy(false);
    }
  };

  const accept = async () => {
    if (!record || !draft) return;
    setBusy(true);
    setError(null);
    try {
      if (draftUnchanged(draft, record.proposal)) {
        const answer = await acceptProposal(record.id, { startOn });
        onAccepted(answer.communities.length);
      } else {
        // The bureau's edits: the server checks them against the community rules and stores every group in one
        // audited transaction (origin "proposal", the edits in the audit), or none of them.
        const idOf = new Map(schools.map((s) => [s.schoolCode, s.id]));
        const groups = draftCommunities(draft).map((g) => ({
          leadSchoolId: idOf.get(g.leadCode) ?? g.leadCode,
          memberSchoolIds: g.members.map((m) => idOf.get(m.schoolCode) ?? m.schoolCode),
        }));
        const answer = await acceptEditedProposal(record.id, { startOn, groups });
        onAccepted(answer.communities.length);
      }
      setRecord(undefined);
      setDraft(undefined);
    } catch (cause) {
      setError(errorText(t, cause));
    } finally {
      setBusy(false);
    }
  };

  const proposal = record?.proposal;
  const rows: Row[] = useMemo(
    () =>
      (draft?.groups ?? []).flatMap((g) =>
        g.members.map((m) => ({ ...m, leadCode: g.leadCode, leadName: g.leadName })),
      ),
    [draft],
  );
  const points: MapPoint[] = useMemo(() => {
    const leads = new Set(draft?.groups.map((g) => g.leadCode));
    const members = new Set(rows.map((r) => r.schoolCode));
    return schools.map((s) => ({
      code: s.schoolCode,
      name: s.name,
      lng: s.lng,
      lat: s.lat,
      role: leads.has(s.schoolCode) ? 'lead' : members.has(s.schoolCode) ? 'member' : 'other',
    }));
  }, [schools, draft, rows]);
  const option = useMemo(
    () =>
      pairingMapOption(points, draft ? draftPairs(draft) : [], {
        lead: ct('map.lead'),
        member: ct('map.member'),
        other: ct('map.other'),
        pairing: ct('map.pairing'),
      }),
    [points, draft, ct],
  );
  const leadOptions = (draft?.groups ?? []).map((g) => ({ value: g.leadCode, label: g.leadName }));
  const tooBig = draft && proposal ? overCap(draft, record?.params.params.maxSchools ?? maxSchools) : [];
  const edited = draft && proposal ? !draftUnchanged(draft, proposal) : false;
  const leftOutNames = proposal
    ? [...proposal.leftOut, ...(draft?.removed.map((m) => m.schoolCode) ?? [])]
        .map((code) => schools.find((s) => s.schoolCode === code)?.name ?? code)
        .join('、')
    : '';

  const columns: ColumnsType<Row> = [
    { title: ct('lead'), dataIndex: 'leadName', render: (name: string) => <Tag color="volcano">{name}</Tag> },
    { title: ct('proposal.member'), dataIndex: 'name' },
    {
      title: ct('proposal.km'),
      dataIndex: 'roadKm',
      align: 'right',
      render: (km: number) => km.toFixed(1),
    },
    {
      title: ct('proposal.reason'),
      key: 'reason',
      width: 280,
      ellipsis: { showTitle: false },
      render: (_, r) => (
        <Tooltip title={localized(locale, r.message)}>
          <span>{localized(locale, r.message)}</span>
        </Tooltip>
      ),
    },
    {
      title: ct('proposal.moveTo'),
      key: 'move',
      render: (_, r) => (
        <Select
          size="small"
          style={{ width: 200 }}
          value={r.leadCode}
          aria-label={ct('proposal.moveTo')}
          options={[...leadOptions, { value: '', label: ct('proposal.remove') }]}
          onChange={(to: string) => draft && setDraft(moveMember(draft, r.schoolCode, to === '' ? null : to))}
        />
      ),
    },
  ];

  return (
    <div data-testid="proposal-panel">
      <Typography.Paragraph type="secondary">{ct('proposal.hint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{ct('proposal.kind')}</span>
        <Select<CommunityKind>
          style={{ width: 180 }}
          value={kind}
          onChange={setKind}
          data-testid="proposal-kind"
          options={COMMUNITY_KINDS.map((k) => ({
            value: k,
            label: localized(locale, COMMUNITY_KIND_LABELS[k]),
          }))}
        />
        <span>{ct('proposal.maxSchools')}</span>
        <InputNumber min={2} max={50} value={maxSchools} onChange={(v) => setMaxSchools(v ?? 4)} />
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 260 }}
          placeholder={ct('proposal.leadsAuto')}
          showSearch={{ optionFilterProp: 'label' }}
          value={leadIds}
          onChange={setLeadIds}
          aria-label={ct('proposal.leads')}
          options={schools
            .filter((s) => s.urbanRural !== 'rural')
            .map((s) => ({ value: s.id, label: s.name }))}
          maxTagCount="responsive"
        />
        <Button
          type="primary"
          loading={busy}
          disabled={!schoolYear}
          onClick={() => void generate()}
          data-testid="proposal-generate"
        >
          {ct('proposal.generate')}
        </Button>
      </Space>
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={error}
          data-testid="proposal-error"
        />
      )}
      {proposal && draft && (
        <>
          <Alert
            style={{ marginBottom: 12 }}
            showIcon
            type={proposal.status === 'proposed' ? 'info' : 'error'}
            data-testid="proposal-summary"
            title={
              proposal.status === 'proposed'
                ? `${localized(locale, COMMUNITY_KIND_LABELS[proposal.kind])}：${ct('proposal.summary', {
                    communities: draftCommunities(draft).length,
                    members: rows.length,
                    km: formatNumber(
                      rows.reduce((a, r) => a + r.roadKm, 0),
                      locale,
                      1,
                    ),
                  })}${
                    proposal.leadChoice && proposal.leadChoice.lowerBound !== null
                      ? `；${ct('proposal.bound', {
                          bound: formatNumber(proposal.leadChoice.lowerBound, locale, 1),
                          gap:
                            proposal.leadChoice.gap === null
                              ? '—'
                              : `${formatNumber(proposal.leadChoice.gap * 100, locale, 1)}%`,
                        })}`
                      : ''
                  }`
                : ct('proposal.infeasible')
            }
            description={
              <>
                {proposal.problems.length > 0 && (
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {proposal.problems.map((p, i) => (
                      <li key={i}>{localized(locale, p.message)}</li>
                    ))}
                  </ul>
                )}
                {leftOutNames && <div>{ct('proposal.leftOut', { names: leftOutNames })}</div>}
              </>
            }
          />
          <Row gutter={16}>
            <Col xs={24} xl={10}>
              <Typography.Text strong>{ct('proposal.map')}</Typography.Text>
              <CommunityChart option={option} height={440} testId="proposal-map" />
            </Col>
            <Col xs={24} xl={14}>
              <Table<Row>
                rowKey="schoolCode"
                size="small"
                columns={columns}
                dataSource={rows}
                scroll={{ x: 'max-content' }}
                pagination={{ pageSize: 12, showTotal: (total) => t('common.total', { total }) }}
                data-testid="proposal-table"
              />
            </Col>
          </Row>
          {tooBig.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 8 }}
              title={tooBig
                .map((code) => leadOptions.find((o) => o.value === code)?.label ?? code)
                .join('、')}
              description={ct('violation.tooManySchools')}
            />
          )}
          {proposal.status === 'proposed' && (
            <Space style={{ marginTop: 12 }} wrap>
              <span>{ct('proposal.startOn')}</span>
              <Input
                type="date"
                style={{ width: 160 }}
                value={startOn}
                onChange={(e) => setStartOn(e.target.value)}
                data-testid="proposal-start"
              />
              <Popconfirm
                title={ct('proposal.confirmAccept', { count: draftCommunities(draft).length })}
                onConfirm={() => void accept()}
              >
                <Button
                  type="primary"
                  loading={busy}
                  disabled={tooBig.length > 0}
                  data-testid="proposal-accept"
                >
                  {ct('proposal.accept')}
                </Button>
              </Popconfirm>
              {edited && <Tag color="gold">{ct('edit')}</Tag>}
            </Space>
          )}
        </>
      )}
    </div>
  );
}
