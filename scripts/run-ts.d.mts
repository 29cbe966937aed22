/** Types for run-ts.mjs. */
export declare function bundleTs(entry: string): Promise<string>;
export declare function removeBundle(outfile: string): Promise<void>;
