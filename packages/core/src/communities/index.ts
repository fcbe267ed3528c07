export * from './types';
export * from './dates';
export * from './membership';
export * from './rules';
export * from './messages';
export * from './violations';
export * from './demo';
export * from './schema';
