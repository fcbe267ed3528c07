export * from './org';
export * from './accounts';
export * from './audit';
export * from './runs';
export * from './rotation';
export * from './files';
export * from './communities';
