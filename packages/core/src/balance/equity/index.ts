export * from './types';
export * from './gini';
export * from './theil';
export * from './mcloone';
export * from './allocation-consistency';
export * from './report';
