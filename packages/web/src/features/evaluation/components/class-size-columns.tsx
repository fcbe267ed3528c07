import {
  DEFAULT_CLASS_SIZE_BANDS,
  DEFAULT_CLASS_SIZE_TARGETS,
  type ClassSizeCounts,
  type Stage,
} from '@junheng/core';
import type { Translate } from '../../../i18n/translate';
import type { EvalColumn } from '../columns';
import { formatPercent } from '../format';
import { bandCounts } from '../select';
import { verdictText } from '../verdict';
import { VerdictTag } from './verdict-tag';

export interface ClassSizeRow {
  key: Stage | 'total';
  label: string;
  counts: ClassSizeCounts;
}

/** The four band labels (standards.md §6), from the same band limits the core counted with. */
export function bandLabels(t: Translate, bands = DEFAULT_CLASS_SIZE_BANDS): [string, string, string, string] {
  return [
    t('pages.evaluation.classSize.band.normal', { max: bands.normalMax }),
    t('pages.evaluation.classSize.band.larger', { min: bands.normalMax + 1, max: bands.largerMax }),
    t('pages.evaluation.classSize.band.oversized', { min: bands.largerMax + 1, max: bands.oversizedMax }),
    t('pages.evaluation.classSize.band.superOversized', { min: bands.oversizedMax + 1 }),
  ];
}

/** National targets: no super-oversized class, oversized (incl. super) ≤ 5% of classes. */
export function meetsClassSizeTargets(c: ClassSizeCounts, targets = DEFAULT_CLASS_SIZE_TARGETS): boolean {
  return c.superOversized <= targets.maxSuperOversized && c.oversizedShare <= targets.maxOversizedShare;
}

export function classSizeColumns(t: Translate): EvalColumn<ClassSizeRow>[] {
  const labels = bandLabels(t);
  return [
    { key: 'stage', title: t('pages.evaluation.col.stage'), value: (r) => r.label },
    {
      key: 'classes',
      title: t('pages.evaluation.classSize.classes'),
      align: 'right',
      value: (r) => r.counts.classes,
    },
    ...labels.map((title, i): EvalColumn<ClassSizeRow> => ({
      key: `band${i}`,
      title,
      align: 'right',
      value: (r) => bandCounts(r.counts)[i] ?? 0,
      cellStyle: (r) =>
        i === 3 && r.counts.superOversized > 0 ? { color: '#cf1322', fontWeight: 600 } : undefined,
    })),
    {
      key: 'share',
      title: t('pages.evaluation.classSize.oversizedShare'),
      align: 'right',
      value: (r) => Number(r.counts.oversizedShare.toFixed(4)),
      render: (r) => formatPercent(r.counts.oversizedShare),
    },
    {
      key: 'max',
      title: t('pages.evaluation.classSize.maxSize'),
      align: 'right',
      value: (r) => r.counts.maxSize,
    },
    {
      key: 'verdict',
      title: t('pages.evaluation.col.verdict'),
      value: (r) =>
        r.counts.classes === 0 ? verdictText(t, null) : verdictText(t, meetsClassSizeTargets(r.counts)),
      render: (r) => <VerdictTag pass={r.counts.classes === 0 ? null : meetsClassSizeTargets(r.counts)} />,
    },
  ];
}
