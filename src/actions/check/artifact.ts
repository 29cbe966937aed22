import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';

export interface ArtifactUpload {
  /** The artifact's page, to link from the comment. */
  url?: string;
  /** Why nothing was uploaded. */
  note?: string;
}

/**
 * Uploads the full diff and the JSON report as one artifact, so a reviewer can read what the comment
 * had to leave out. Outside a GitHub runner (no results service) it only says so; an upload that
 * fails is a warning, never the check's failure.
 */
export async function uploadDiffArtifact(
  name: string | undefined,
  files: readonly string[],
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ArtifactUpload> {
  if (name === undefined) return { note: 'The input "artifact" is empty: no artifact uploaded.' };
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return { note: 'No artifact service here (not a GitHub-hosted job): the full diff is only on disk.' };
  }
  try {
    const { id } = await new DefaultArtifactClient().uploadArtifact(name, [...files], root, {
      retentionDays: 14,
    });
    const url =
      id !== undefined && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`
        : undefined;
    return url === undefined ? {} : { url };
  } catch (error) {
    core.warning(`Uploading the artifact ${name} failed: ${(error as Error).message}`);
    return { note: 'The artifact upload failed; the full diff is in the job summary.' };
  }
}
