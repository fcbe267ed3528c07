export * from './types';
export { solveMinCostFlow } from './min-cost-flow';
export { convexSegments, segmentsFromMarginals, segmentsCost, type Segment } from './convex';
export { FlowNetwork, flowOn, type ArcHandle } from './network';
export { flowProblemToLp } from './lp-format';
