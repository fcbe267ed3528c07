import type { BundledScheme, IndicatorNode } from '@junheng/core';
import { Alert, App, Button, Card, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../../app/api/errors';
import { fetchSchoolYears } from '../../../app/api/org-api';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { PageCard } from '../../../shared/components/page-card';
import { formatDateTime, formatNumber, formatSchoolYear } from '../../../shared/format';
import { useRequest } from '../../../shared/use-request';
import { canManageCommunities } from '../access';
import {
  computeResults,
  fetchInputs,
  fetchResults,
  fetchScheme,
  putInputs,
  putScheme,
  resultsExportUrl,
} from '../api';
import { resultsChartOption } from '../chart-options';
import { CommunityChart } from '../components/community-chart';
import { ExportButton } from '../components/export-button';
import { errorText } from '../errors';
import { effectiveWeights, unbalancedParents, withWeight } from '../scheme-edit';
import type { InputsItem, ResultItem, ResultsAnswer } from '../types';
import { localized } from '../use-community-t';
import { usePageContext } from '../use-page-context';

type TreeRow = IndicatorNode & { key: string; children?: TreeRow[] };
const treeRows = (nodes: readonly IndicatorNode[]): TreeRow[] =>
  nodes.map((n) => ({ ...n, key: n.id, children: n.children ? treeRows(n.children) : undefined }));

/** EVA-1/2: the year's scheme and weights, the inputs (computed and entered), the computation and the ranking. */
export function BundledEvaluationPage() {
  const { t, ct, locale, user, search, countyId, setParams } = usePageContext();
  const { message } = App.useApp();
  const manager = canManageCommunities(user.role);
  const years = useRequest(countyId ? `school-years:${countyId}` : null, () =>
    fetchSchoolYears(countyId ?? ''),
  );
  const yearOptions = [...(years.data?.items ?? [])].sort().reverse();
  const schoolYear = search.get('schoolYear') ?? yearOptions[0];
  const [version, setVersion] = useState(0);
  const key = countyId && schoolYear ? `${countyId}:${schoolYear}:${version}` : null;
  const scheme = useRequest(key && `bundled-scheme:${key}`, (signal) =>
    fetchScheme({ countyId, schoolYear: schoolYear ?? '' }, signal),
  );
  const inputs = useRequest(key && `bundled-inputs:${key}`, (signal) =>
    fetchInputs({ countyId, schoolYear: schoolYear ?? '' }, signal),
  );
  const stored = useRequest(key && `bundled-results:${key}`, async (signal) => {
    try {
      return await fetchResults({ countyId, schoolYear: schoolYear ?? '' }, signal);
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 404) return null;
      throw cause;
    }
  });
  const [results, setResults] = useState<ResultsAnswer | null>(null);
  useEffect(() => setResults(stored.data ?? null), [stored.data]);
  const [draft, setDraft] = useState<BundledScheme | null>(null);
  useEffect(() => setDraft(scheme.data?.scheme ?? null), [scheme.data]);
  const [entered, setEntered] = useState<Record<string, Record<string, number | null>>>({});
  const [expected, setExpected] = useState<Record<string, number | null>>({});
  const [busy, setBusy] = useState(false);
  const fail = (cause: unknown) => void message.error(errorText(t, cause, locale));

  const saveScheme = (next: BundledScheme | null) =>
    void putScheme({ countyId, schoolYear: schoolYear ?? '', scheme: next }).then(() => {
      void message.success(ct('saved'));
      setVersion((v) => v + 1);
    }, fail);
  const saveInputs = (item: InputsItem) =>
    void putInputs(item.community.id, {
      schoolYear: schoolYear ?? '',
      entered: { ...item.input.entered, ...entered[item.community.id] },
      rotationsExpected:
        item.community.id in expected ? (expected[item.community.id] ?? null) : item.rotationsExpectedEntered,
    }).then(() => {
      void message.success(ct('saved'));
      inputs.reload();
    }, fail);
  const compute = async () => {
    setBusy(true);
    try {
      setResults(await computeResults({ countyId, schoolYear: schoolYear ?? '' }));
    } catch (cause) {
      fail(cause);
    } finally {
      setBusy(false);
    }
  };

  const unbalanced = draft ? unbalancedParents(draft) : [];
  const effective = useMemo(() => (draft ? effectiveWeights(draft) : new Map<string, number>()), [draft]);
  const schemeColumns: ColumnsType<TreeRow> = [
    { title: ct('bundled.indicator'), key: 'label', render: (_, n) => localized(locale, n.label) },
    {
      title: ct('bundled.weight'),
      key: 'weight',
      render: (_, n) =>
        manager && draft ? (
          <InputNumber
            size="small"
            min={0}
            max={1}
            step={0.05}
            value={n.weight}
            status={unbalanced.includes(findParent(draft.indicators, n.id) ?? '') ? 'error' : undefined}
            onChange={(w) => setDraft(withWeight(draft, n.id, w ?? 0))}
            data-testid={`scheme-weight-${n.id}`}
          />
        ) : (
          formatNumber(n.weight, locale, 4)
        ),
    },
    {
      title: '%',
      key: 'effective',
      align: 'right',
      render: (_, n) => `${formatNumber((effective.get(n.id) ?? 0) * 100, locale, 1)}%`,
    },
    {
      title: ct('bundled.source'),
      key: 'source',
      render: (_, n) =>
        n.children ? null : n.source?.kind === 'computed' ? (
          <Tag color="cyan">
            {ct('bundled.source.computed')} · {ct(`bundled.metric.${n.source.metric}`)}
          </Tag>
        ) : (
          <Tag color="gold">{ct('bundled.source.entered')}</Tag>
        ),
    },
  ];

  const enteredLeaves = inputs.data?.enteredLeaves ?? [];
  const pct = (v: number | null) => (v === null ? '—' : `${formatNumber(v * 100, locale, 0)}%`);
  const cv = (v: number | null) => (v === null ? '—' : formatNumber(v, locale, 3));
  const inputColumns: ColumnsType<InputsItem> = [
    { title: ct('name'), key: 'name', render: (_, i) => i.community.name },
    { title: ct('lead'), key: 'lead', render: (_, i) => i.leadSchool.name },
    {
      title: ct('bundled.rotations'),
      key: 'rotations',
      align: 'right',
      render: (_, i) => `${i.input.rotationsMade} / ${i.input.rotationsExpected}`,
    },
    ...(manager
      ? [
          {
            title: ct('bundled.rotationsExpected'),
            key: 'expected',
            render: (_: unknown, i: InputsItem) => (
              <InputNumber
                size="small"
                min={0}
                max={1000}
                style={{ width: 72 }}
                value={i.community.id in expected ? expected[i.community.id] : i.rotationsExpectedEntered}
                onChange={(v) => setExpected((e) => ({ ...e, [i.community.id]: v }))}
              />
            ),
          },
        ]
      : []),
    {
      title: ct('bundled.activitiesHeld'),
      key: 'held',
      align: 'right',
      render: (_, i) => i.input.activitiesHeld,
    },
    {
      title: ct('bundled.complianceShare'),
      key: 'compliance',
      align: 'right',
      render: (_, i) => pct(i.input.complianceShare),
    },
    {
      title: ct('bundled.cv'),
      key: 'cv',
      render: (_, i) => `${cv(i.input.cvBefore)} → ${cv(i.input.cvAfter)}`,
    },
    ...enteredLeaves.map((leaf) => ({
      title: localized(locale, leaf.label),
      key: leaf.id,
      render: (_: unknown, i: InputsItem) => {
        const mine = entered[i.community.id];
        const value = mine && leaf.id in mine ? mine[leaf.id] : (i.input.entered[leaf.id] ?? null);
        return manager ? (
          <InputNumber
            size="small"
            min={0}
            max={100}
            style={{ width: 72 }}
            value={value}
            data-testid={`input-${leaf.id}`}
            onChange={(v) =>
              setEntered((e) => ({ ...e, [i.community.id]: { ...e[i.community.id], [leaf.id]: v } }))
            }
          />
        ) : (
          (value ?? '—')
        );
      },
    })),
    ...(manager
      ? [
          {
            title: ct('actions'),
            key: 'save',
            render: (_: unknown, i: InputsItem) => (
              <Button size="small" onClick={() => saveInputs(i)} data-testid="input-save">
                {ct('bundled.saveInputs')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const resultColumns: ColumnsType<ResultItem> = [
    { title: ct('bundled.rank'), dataIndex: 'rank', width: 70, align: 'center' },
    { title: ct('name'), dataIndex: 'name' },
    {
      title: ct('bundled.score'),
      dataIndex: 'communityScore',
      align: 'right',
      render: (v: number) => <Typography.Text strong>{formatNumber(v, locale, 1)}</Typography.Text>,
    },
    {
      title: ct('bundled.effort'),
      dataIndex: 'effortScore',
      align: 'right',
      render: (v: number | null) => (v === null ? '—' : formatNumber(v, locale, 1)),
    },
    {
      title: ct('bundled.improvement'),
      dataIndex: 'improvementScore',
      align: 'right',
      render: (v: number | null) => (v === null ? '—' : formatNumber(v, locale, 1)),
    },
    {
      title: ct('bundled.missing'),
      dataIndex: 'missing',
      render: (m: string[]) => m.map((id) => <Tag key={id}>{leafName(draft, id, locale)}</Tag>),
    },
  ];
  const chart = useMemo(
    () =>
      results
        ? resultsChartOption(results.items, {
            lead: ct('bundled.role.lead'),
            members: ct('bundled.role.member'),
          })
        : null,
    [results, ct],
  );

  return (
    <div data-testid="bundled-page">
      <PageCard
        title={ct('bundled')}
        extra={
          <Space wrap>
            <span>{ct('bundled.schoolYear')}</span>
            <Select<string>
              style={{ width: 180 }}
              value={schoolYear}
              data-testid="bundled-year"
              onChange={(y) => setParams({ schoolYear: y })}
              options={yearOptions.map((y) => ({ value: y, label: formatSchoolYear(t, y) }))}
            />
          </Space>
        }
      >
        <ErrorAlert error={scheme.error ?? inputs.error ?? stored.error} />
        <Card
          size="small"
          style={{ marginBottom: 16 }}
          title={
            <Space>
              {ct('bundled.scheme')}
              {scheme.data && (
                <Tag color={scheme.data.isDefault ? 'default' : 'blue'}>
                  {scheme.data.isDefault ? ct('bundled.defaultScheme') : ct('bundled.countyScheme')}
                </Tag>
              )}
            </Space>
          }
          extra={
            manager &&
            draft && (
              <Space>
                <Button size="small" disabled={unbalanced.length > 0} onClick={() => saveScheme(draft)}>
                  {ct('bundled.saveScheme')}
                </Button>
                {scheme.data && !scheme.data.isDefault && (
                  <Button size="small" onClick={() => saveScheme(null)}>
                    {ct('bundled.resetScheme')}
                  </Button>
                )}
              </Space>
            )
          }
        >
          {unbalanced.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 8 }}
              title={ct('bundled.issues', { count: unbalanced.length })}
            />
          )}
          <Table<TreeRow>
            data-testid="bundled-scheme"
            size="small"
            columns={schemeColumns}
            dataSource={draft ? treeRows(draft.indicators) : []}
            loading={scheme.loading}
            pagination={false}
            expandable={{ defaultExpandAllRows: true }}
            key={draft ? 'tree' : 'empty'}
          />
        </Card>
        <Card size="small" style={{ marginBottom: 16 }} title={ct('bundled.inputs')}>
          <Table<InputsItem>
            data-testid="bundled-inputs"
            rowKey={(i) => i.community.id}
            size="small"
            loading={inputs.loading}
            columns={inputColumns}
            dataSource={inputs.data?.items ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        </Card>
        <Card
          size="small"
          title={ct('bundled.results')}
          extra={
            <Space>
              {results && (
                <Typography.Text type="secondary" data-testid="bundled-computed">
                  {ct('bundled.computed', {
                    at: formatDateTime(results.computedAt, locale),
                    by: results.computedByName,
                  })}
                </Typography.Text>
              )}
              {manager && (
                <Button
                  type="primary"
                  loading={busy}
                  onClick={() => void compute()}
                  data-testid="bundled-compute"
                >
                  {ct('bundled.compute')}
                </Button>
              )}
              {results && (
                <ExportButton
                  url={resultsExportUrl({ countyId, schoolYear: schoolYear ?? '' })}
                  testId="bundled-export"
                />
              )}
            </Space>
          }
        >
          {!results ? (
            <Typography.Text type="secondary">{ct('bundled.noResults')}</Typography.Text>
          ) : (
            <>
              {chart && (
                <CommunityChart
                  option={chart}
                  height={Math.max(240, 40 + results.items.length * 36)}
                  testId="bundled-chart"
                />
              )}
              <Table<ResultItem>
                data-testid="bundled-results"
                rowKey="communityId"
                size="small"
                columns={resultColumns}
                dataSource={results.items}
                pagination={false}
                expandable={{
                  expandedRowRender: (r) => (
                    <Space wrap>
                      {r.contributions.map((c) => (
                        <Tag key={c.schoolCode} color={c.role === 'lead' ? 'volcano' : 'blue'}>
                          {c.school.name} {formatNumber(c.points, locale, 2)}
                        </Tag>
                      ))}
                    </Space>
                  ),
                }}
              />
            </>
          )}
        </Card>
      </PageCard>
    </div>
  );
}

function findParent(nodes: readonly IndicatorNode[], id: string, parent = ''): string | undefined {
  for (const n of nodes) {
    if (n.id === id) return parent;
    const found = n.children ? findParent(n.children, id, n.id) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

function leafName(scheme: BundledScheme | null, id: string, locale: 'zh-CN' | 'en-US'): string {
  const find = (nodes: readonly IndicatorNode[]): IndicatorNode | undefined => {
    for (const n of nodes) {
      if (n.id === id) return n;
      const inner = n.children ? find(n.children) : undefined;
      if (inner) return inner;
    }
    return undefined;
  };
  const node = scheme ? find(scheme.indicators) : undefined;
  return node ? node.label[locale] : id;
}
