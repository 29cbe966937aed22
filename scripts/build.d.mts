/** Types for build.mjs, which tests import to bundle fixture actions exactly as the real ones. */
export declare const entries: Record<string, string>;
export declare function bundleEntry(
  entry: string,
  outfile: string,
  options?: { executable?: boolean },
): Promise<void>;
/** A worker thread's entry point, bundled beside every bundle that includes `needs`. */
export declare const workers: { needs: string; entry: string; name: string }[];
export declare function workersOf(metafile: { inputs: Record<string, unknown> }): typeof workers;
export declare function buildAll(outRoot?: string): Promise<void>;
