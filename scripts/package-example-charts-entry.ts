// What scripts/package-example-charts.mjs needs, bundled together by scripts/run-ts.mjs.
export { Tools } from '../src/core/tools/tools.js';
export { main } from './package-example-charts.js';
