import { notFound, paginate, validationFailed } from './api-errors.js';
import { actorFor, type Handler, type HandlerContext, NotEmulatedError } from './handler-context.js';
import type { PullRecord } from './repository-state.js';
import { nodeId } from './repository-state.js';

const ACTIONS_NOT_PERMITTED = 'GitHub Actions is not permitted to create or approve pull requests.';

/** `GET pulls`: GitHub filters by `head` only in `owner:branch` form and ignores a bare branch name. */
const listPulls: Handler = ({ state, views, query, requestUrl }) => {
  const wanted = String(query.state ?? 'open');
  const head = typeof query.head === 'string' && query.head.includes(':') ? query.head.split(':') : undefined;
  const matching = state.pulls
    .map((pull) => state.pull(pull.number) ?? pull)
    .filter((pull) => wanted === 'all' || pull.state === wanted)
    .filter((pull) => query.base === undefined || pull.base === query.base)
    .filter(
      (pull) =>
        head === undefined ||
        (head[0]?.toLowerCase() === state.owner.toLowerCase() && pull.head === head.slice(1).join(':')),
    );
  const byUpdated = query.sort === 'updated';
  if (query.sort === 'popularity' || query.sort === 'long-running') {
    throw new NotEmulatedError(`sort=${query.sort} is not emulated`);
  }
  const key = (pull: PullRecord) => (byUpdated ? pull.updatedAt : String(pull.number).padStart(9, '0'));
  const descending = (query.direction ?? 'desc') === 'desc';
  matching.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (descending ? -1 : 1));
  const page = paginate(matching, query, requestUrl);
  return { status: 200, body: page.items.map((pull) => views.pullSimple(pull)), headers: page.headers };
};

const createPull: Handler = (context) => {
  const { state, views, body, docs, tokenKind, actor, now } = context;
  if (tokenKind === 'github-actions' && !state.settings.allowActionsToCreatePullRequests) {
    return { status: 403, body: { message: ACTIONS_NOT_PERMITTED, documentation_url: docs, status: '403' } };
  }
  if (body.issue !== undefined) throw new NotEmulatedError('converting an issue into a pull request');
  const missing = ['title', 'head', 'base'].filter((field) => body[field] === undefined);
  if (missing.length > 0) {
    return validationFailed(
      docs,
      missing.map((field) => ({ resource: 'PullRequest', code: 'missing_field', field })),
    );
  }
  const head = stripOwner(body.head as string, state.owner);
  const base = body.base as string;
  const headSha = state.git.refs.get(`refs/heads/${head}`);
  const baseSha = state.git.refs.get(`refs/heads/${base}`);
  const invalid = [
    ...(baseSha === undefined ? [{ resource: 'PullRequest', code: 'invalid', field: 'base' }] : []),
    ...(headSha === undefined ? [{ resource: 'PullRequest', code: 'invalid', field: 'head' }] : []),
  ];
  if (headSha === undefined || baseSha === undefined) return validationFailed(docs, invalid);
  const duplicate = findOpen(context, head, base);
  if (duplicate) {
    const message = `A pull request already exists for ${state.owner}:${head}.`;
    return validationFailed(docs, [{ resource: 'PullRequest', code: 'custom', message }]);
  }
  if (state.git.isAncestor(headSha, baseSha)) {
    const message = `No commits between ${base} and ${head}`;
    return validationFailed(docs, [{ resource: 'PullRequest', code: 'custom', message }]);
  }
  const number = state.nextIssueNumber();
  const pull: PullRecord = {
    number,
    nodeId: nodeId('PR', state.repoId, number),
    title: body.title,
    body: body.body ?? null,
    state: 'open',
    head,
    base,
    headSha,
    user: actor,
    draft: body.draft ?? false,
    maintainerCanModify: body.maintainer_can_modify ?? true,
    labels: [],
    assignees: [],
    requestedReviewers: [],
    autoMerge: null,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
  };
  state.pulls.push(pull);
  const view = views.pull(pull);
  return { status: 201, body: view, headers: { location: String(view.url) } };
};

const getPull: Handler = ({ state, views, params, docs }) => {
  const pull = state.pull(params.pull_number as number);
  return pull ? { status: 200, body: views.pull(pull) } : notFound(docs);
};

const updatePull: Handler = (context) => {
  const { state, views, params, body, docs, now } = context;
  const pull = state.pull(params.pull_number as number);
  if (pull === undefined) return notFound(docs);
  if (body.base !== undefined && !state.git.refs.has(`refs/heads/${body.base}`)) {
    return validationFailed(docs, [{ resource: 'PullRequest', code: 'invalid', field: 'base' }]);
  }
  if (body.state === 'open' && pull.state === 'closed') {
    const duplicate = findOpen(context, pull.head, body.base ?? pull.base);
    if (duplicate) {
      const message = `A pull request already exists for ${state.owner}:${pull.head}.`;
      return validationFailed(docs, [{ resource: 'PullRequest', code: 'custom', message }]);
    }
  }
  if (body.title !== undefined) pull.title = body.title;
  if (body.body !== undefined) pull.body = body.body;
  if (body.base !== undefined) pull.base = body.base;
  if (body.maintainer_can_modify !== undefined) pull.maintainerCanModify = body.maintainer_can_modify;
  if (body.state !== undefined && body.state !== pull.state) {
    pull.state = body.state;
    pull.closedAt = body.state === 'closed' ? now : null;
    if (body.state === 'closed') pull.autoMerge = null;
  }
  pull.updatedAt = now;
  return { status: 200, body: views.pull(pull) };
};

const requestReviewers: Handler = ({ state, views, params, body, docs }) => {
  const pull = state.pull(params.pull_number as number);
  if (pull === undefined) return notFound(docs);
  if ((body.team_reviewers ?? []).length > 0) throw new NotEmulatedError('team reviewers');
  const reviewers = ((body.reviewers ?? []) as string[]).map((login) => actorFor(state, login));
  if (reviewers.some((reviewer) => reviewer.login.toLowerCase() === pull.user.login.toLowerCase())) {
    return {
      status: 422,
      body: {
        message: 'Review cannot be requested from pull request author.',
        documentation_url: docs,
        status: '422',
      },
    };
  }
  for (const reviewer of reviewers) {
    if (!pull.requestedReviewers.some((known) => known.id === reviewer.id))
      pull.requestedReviewers.push(reviewer);
  }
  return { status: 201, body: views.pullSimple(pull) };
};

function stripOwner(head: string, owner: string): string {
  const [prefix, ...rest] = head.split(':');
  if (rest.length === 0) return head;
  if (prefix?.toLowerCase() !== owner.toLowerCase())
    throw new NotEmulatedError(`pull requests from forks (${head})`);
  return rest.join(':');
}

function findOpen({ state }: HandlerContext, head: string, base: string): PullRecord | undefined {
  return state.pulls.find((pull) => pull.state === 'open' && pull.head === head && pull.base === base);
}

export const pullsHandlers: Record<string, Handler> = {
  'pulls/list': listPulls,
  'pulls/create': createPull,
  'pulls/get': getPull,
  'pulls/update': updatePull,
  'pulls/request-reviewers': requestReviewers,
};
