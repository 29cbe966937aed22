/** Types for action-docs.mjs, which a test uses to check the README tables are fresh. */
export declare const actionDirs: string[];
export declare function updatedReadme(dir: string): Promise<{ file: string; current: string; next: string }>;
