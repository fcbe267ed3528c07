// The balance evaluation engine (issue #3): sections, standards as data, population, the weighted CV per
// indicator and stage, per-school compliance, class size, government support, explanations, remedies, what-if.
export * from './cv';
export * from './equity';
export * from './input';
export * from './standards';
export * from './population';
export * from './split';
export * from './teacher-counts';
export * from './build-input';
export * from './indicator-values';
export * from './evaluation';
export * from './school-compliance';
export * from './evaluate-stage';
export * from './evaluate';
export * from './exclusion-labels';
export * from './resources';
export * from './explain';
export * from './remedy';
export * from './class-size';
export * from './support-types';
export * from './government-support';
export * from './what-if';
export * from './analysis';
