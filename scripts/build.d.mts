/** Types for build.mjs, which tests import to bundle fixture actions exactly as the real ones. */
export declare const entries: Record<string, string>;
export declare function bundleEntry(
  entry: string,
  outfile: string,
  options?: { executable?: boolean },
): Promise<void>;
export declare function buildAll(outRoot?: string): Promise<void>;
