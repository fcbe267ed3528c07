// A scheme is checked before use: weights of siblings sum to 1, ids are unique, every leaf knows its input,
// its normalisation and whose work it measures.
import type { LocalizedText } from '../import/types';
import { schemeLeaves } from './tree';
import type { BundledScheme, IndicatorNode } from './types';

export type SchemeIssueCode =
  | 'noIndicators'
  | 'weightsDoNotSumToOne'
  | 'weightOutOfRange'
  | 'duplicateId'
  | 'leafWithoutSource'
  | 'leafWithoutNormalisation'
  | 'branchWithSource'
  | 'noAttribution'
  | 'badTarget'
  | 'badMissingScore';

export interface SchemeIssue {
  code: SchemeIssueCode;
  nodeId: string | null;
  message: LocalizedText;
}

const issue = (code: SchemeIssueCode, nodeId: string | null, zh: string, en: string): SchemeIssue => ({
  code,
  nodeId,
  message: { 'zh-CN': zh, 'en-US': en },
});

/** Problems with a scheme; an empty list means it can be used. `tolerance` absorbs decimal weights like 0.1. */
export function validateScheme(scheme: BundledScheme, tolerance = 1e-9): SchemeIssue[] {
  const out: SchemeIssue[] = [];
  if (scheme.indicators.length === 0)
    out.push(issue('noIndicators', null, '指标体系为空', 'The scheme has no indicators'));
  if (!(scheme.missingScore >= 0 && scheme.missingScore <= 100)) {
    out.push(
      issue('badMissingScore', null, '缺失得分应在 0–100 之间', 'The missing score must be within 0–100'),
    );
  }
  const seen = new Set<string>();
  const checkSiblings = (nodes: readonly IndicatorNode[], parent: string | null): void => {
    const sum = nodes.reduce((s, n) => s + n.weight, 0);
    if (nodes.length > 0 && Math.abs(sum - 1) > tolerance) {
      out.push(
        issue(
          'weightsDoNotSumToOne',
          parent,
          `${parent ?? '一级指标'} 的下级权重之和为 ${sum}，应为 1`,
          `Weights under ${parent ?? 'the top level'} sum to ${sum}, not 1`,
        ),
      );
    }
    for (const n of nodes) {
      if (seen.has(n.id))
        out.push(issue('duplicateId', n.id, `指标编号 ${n.id} 重复`, `Indicator id ${n.id} is used twice`));
      seen.add(n.id);
      if (!(n.weight >= 0 && n.weight <= 1)) {
        out.push(
          issue(
            'weightOutOfRange',
            n.id,
            `${n.id} 的权重应在 0–1 之间`,
            `The weight of ${n.id} must be within 0–1`,
          ),
        );
      }
      const branch = n.children !== undefined && n.children.length > 0;
      if (branch) {
        if (n.source !== undefined || n.normalisation !== undefined) {
          out.push(
            issue(
              'branchWithSource',
              n.id,
              `${n.id} 有下级指标，不应设数据来源`,
              `${n.id} has children and must not have an input`,
            ),
          );
        }
        checkSiblings(n.children ?? [], n.id);
        continue;
      }
      if (n.source === undefined)
        out.push(issue('leafWithoutSource', n.id, `${n.id} 缺少数据来源`, `${n.id} has no input`));
      if (n.normalisation === undefined) {
        out.push(
          issue('leafWithoutNormalisation', n.id, `${n.id} 缺少标准化方法`, `${n.id} has no normalisation`),
        );
      } else if (n.normalisation.kind === 'target' && !(n.normalisation.target > 0)) {
        out.push(
          issue('badTarget', n.id, `${n.id} 的目标值应大于 0`, `The target of ${n.id} must be above 0`),
        );
      }
    }
  };
  checkSiblings(scheme.indicators, null);
  for (const leaf of schemeLeaves(scheme)) {
    if (leaf.attribution === null) {
      out.push(
        issue(
          'noAttribution',
          leaf.node.id,
          `${leaf.node.id} 未指明归属（牵头校或成员校）`,
          `${leaf.node.id} is attributed to neither the lead nor the members`,
        ),
      );
    }
  }
  return out;
}
