import { notFound } from './api-errors.js';
import type { Handler } from './handler-context.js';
import type { CheckRunRecord } from './repository-state.js';
import { nodeId } from './repository-state.js';

/** Giving a conclusion completes a check run, as GitHub does, even without `status: completed`. */
function applyFields(run: CheckRunRecord, body: Record<string, unknown>, now: string): void {
  if (typeof body.name === 'string') run.name = body.name;
  if (typeof body.details_url === 'string') run.detailsUrl = body.details_url;
  if (typeof body.external_id === 'string') run.externalId = body.external_id;
  if (typeof body.started_at === 'string') run.startedAt = body.started_at;
  if (typeof body.status === 'string') run.status = body.status as CheckRunRecord['status'];
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed') {
    run.completedAt = typeof body.completed_at === 'string' ? body.completed_at : (run.completedAt ?? now);
  }
  const output = body.output as { title?: string; summary?: string; text?: string } | undefined;
  if (output) {
    run.output = { title: output.title ?? null, summary: output.summary ?? null, text: output.text ?? null };
  }
}

const createCheckRun: Handler = ({ state, views, body, actor, now }) => {
  const id = state.newId();
  const run: CheckRunRecord = {
    id,
    nodeId: nodeId('CR', id),
    name: body.name,
    headSha: body.head_sha,
    status: 'queued',
    conclusion: null,
    startedAt: now,
    completedAt: null,
    externalId: '',
    detailsUrl: null,
    output: { title: null, summary: null, text: null },
    app: actor,
  };
  applyFields(run, body, now);
  state.checkRuns.push(run);
  return { status: 201, body: views.checkRun(run) };
};

const getCheckRun: Handler = ({ state, views, params, docs }) => {
  const run = state.checkRuns.find((candidate) => candidate.id === params.check_run_id);
  return run ? { status: 200, body: views.checkRun(run) } : notFound(docs);
};

const updateCheckRun: Handler = ({ state, views, params, body, docs, now }) => {
  const run = state.checkRuns.find((candidate) => candidate.id === params.check_run_id);
  if (run === undefined) return notFound(docs);
  applyFields(run, body, now);
  return { status: 200, body: views.checkRun(run) };
};

export const checksHandlers: Record<string, Handler> = {
  'checks/create': createCheckRun,
  'checks/get': getCheckRun,
  'checks/update': updateCheckRun,
};
