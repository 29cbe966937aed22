export { diffRuns } from './diff-runs.js';
export type * from './model.js';
export { DEFAULT_NOISE } from './noise.js';
export { volatileMasks } from './volatile.js';
