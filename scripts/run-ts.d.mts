/** Types for run-ts.mjs. */
export declare function bundleTs(entry: string): Promise<string>;
