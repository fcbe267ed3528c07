// The default indicator tree, from seed 002: the lead school's 努力值 — 管理机制创新、教师交流帮扶、优质资源输出 —
// and the members' 提升值 — 办学质量提高、校际差距缩小、学生和家长满意度提升. The seed names the indicators, not
// the weights: every weight and target below is a choice a county replaces.
import type { BundledScheme } from './types';

/** Seed 002 asks for ≥ 8 joint research events per term: two terms make 16 a year. */
export const DEFAULT_ACTIVITIES_TARGET = 16;

export const DEFAULT_BUNDLED_SCHEME: BundledScheme = {
  id: 'seed-002',
  name: { 'zh-CN': '城乡共同体捆绑式考核', 'en-US': 'Bundled evaluation of urban–rural communities' },
  source: 'seed 002 §三(六)',
  missingScore: 0,
  indicators: [
    {
      id: 'effort',
      label: { 'zh-CN': '牵头校努力值', 'en-US': 'Lead school effort' },
      weight: 0.5,
      attribution: 'lead',
      children: [
        {
          id: 'managementInnovation',
          label: { 'zh-CN': '管理机制创新', 'en-US': 'Management innovation' },
          weight: 0.3,
          source: { kind: 'entered' },
          normalisation: { kind: 'score' },
        },
        {
          id: 'teacherExchange',
          label: { 'zh-CN': '教师交流帮扶', 'en-US': 'Teacher exchange and support' },
          weight: 0.4,
          source: { kind: 'computed', metric: 'rotationShare' },
          normalisation: { kind: 'target', target: 1 },
        },
        {
          id: 'resourceOutput',
          label: { 'zh-CN': '优质资源输出', 'en-US': 'Quality resource output' },
          weight: 0.3,
          children: [
            {
              id: 'activitiesHeld',
              label: { 'zh-CN': '共同体活动次数', 'en-US': 'Joint activities held' },
              weight: 0.5,
              source: { kind: 'computed', metric: 'activitiesHeld' },
              normalisation: { kind: 'target', target: DEFAULT_ACTIVITIES_TARGET },
            },
            {
              id: 'complianceShare',
              label: { 'zh-CN': '活动任务达标率', 'en-US': 'Joint-work quotas met' },
              weight: 0.5,
              source: { kind: 'computed', metric: 'complianceShare' },
              normalisation: { kind: 'target', target: 1 },
            },
          ],
        },
      ],
    },
    {
      id: 'improvement',
      label: { 'zh-CN': '成员校提升值', 'en-US': 'Member school improvement' },
      weight: 0.5,
      attribution: 'members',
      children: [
        {
          id: 'qualityGain',
          label: { 'zh-CN': '办学质量提高', 'en-US': 'Quality gain' },
          weight: 0.4,
          source: { kind: 'computed', metric: 'valueAdded' },
          normalisation: { kind: 'minMax', higherIsBetter: true, whenAllEqual: 100 },
        },
        {
          id: 'gapNarrowing',
          label: { 'zh-CN': '校际差距缩小', 'en-US': 'Gap narrowing' },
          weight: 0.4,
          source: { kind: 'computed', metric: 'cvNarrowing' },
          normalisation: { kind: 'minMax', higherIsBetter: true, whenAllEqual: 100 },
        },
        {
          id: 'satisfaction',
          label: { 'zh-CN': '学生和家长满意度', 'en-US': 'Student and parent satisfaction' },
          weight: 0.2,
          source: { kind: 'entered' },
          normalisation: { kind: 'score' },
        },
      ],
    },
  ],
};
