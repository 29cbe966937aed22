import * as core from '@actions/core';
import { GitopsError } from '../../core/errors.js';
import { failsRun } from '../../core/validate/finding.js';
import { runValidation, validationCacheDirectories } from '../../core/validate/run.js';
import { findingsSummary } from '../../report/summary.js';
import { countsLine } from '../../report/text.js';
import { writeReportFiles } from '../../report/write-reports.js';
import { restoreDirectoryCache } from '../shared/cache.js';
import { annotateFindings } from '../shared/findings.js';
import { runAction } from '../shared/run.js';
import { writeJobSummary } from '../shared/summary.js';
import { getInputs } from './inputs.js';

/** actions/validate: files → findings → annotations, summary, report files, outputs, status. */
export async function run(): Promise<void> {
  await runAction(async () => {
    const settings = getInputs();
    const cache = settings.cache
      ? await restoreDirectoryCache({
          name: 'validate',
          paths: validationCacheDirectories(settings.cacheDir),
          keyParts: [
            ...settings.kubernetesVersions,
            ...settings.schemaLocations,
            `strict=${settings.strict}`,
          ],
        })
      : undefined;
    const { report, notes } = await runValidation({
      repoRoot: settings.workspace,
      paths: settings.paths,
      ...(settings.rendered === undefined ? {} : { rendered: settings.rendered }),
      kubernetesVersions: settings.kubernetesVersions,
      schemaLocations: settings.schemaLocations,
      crdPaths: settings.crds,
      strict: settings.strict,
      cacheDir: settings.cacheDir,
      severities: settings.severities,
      download: settings.offline ? false : {},
    });
    await cache?.save();
    for (const note of notes) core.warning(note);
    const annotations = annotateFindings(report.findings);
    const written = await writeReportFiles(report, settings.reports, {
      cwd: settings.workspace,
      failOn: settings.failOn,
    });
    core.setOutput('errors', String(report.counts.errors));
    core.setOutput('warnings', String(report.counts.warnings));
    core.setOutput('skipped', String(report.counts.skipped));
    if (written.sarif) core.setOutput('sarif', written.sarif);
    if (written.junit) core.setOutput('junit', written.junit);
    if (written.json) core.setOutput('json', written.json);
    await writeJobSummary(
      findingsSummary(report, {
        omittedAnnotations: annotations.omitted,
      }),
    );
    core.info(countsLine(report));
    if (failsRun(report.findings, settings.failOn)) {
      // The findings are already annotations at their lines; this is the one failure message.
      throw new GitopsError(`validation failed (fail-on: ${settings.failOn}): ${countsLine(report)}`);
    }
  });
}
