import { basicError, notFound, paginate } from './api-errors.js';
import { actorFor, type Handler } from './handler-context.js';
import { type CommentRecord, nodeId } from './repository-state.js';

// The emulator's repository has pull requests only: every issue number names one of them.

const listComments: Handler = ({ state, views, params, query, docs, requestUrl }) => {
  const number = params.issue_number as number;
  if (state.pull(number) === undefined) return notFound(docs);
  const since = typeof query.since === 'string' ? query.since : '';
  const comments = state.comments.filter(
    (comment) => comment.issueNumber === number && comment.updatedAt >= since,
  );
  const page = paginate(comments, query, requestUrl);
  return { status: 200, body: page.items.map((comment) => views.comment(comment)), headers: page.headers };
};

const createComment: Handler = ({ state, views, params, body, docs, actor, now }) => {
  const pull = state.pull(params.issue_number as number);
  if (pull === undefined) return notFound(docs);
  const id = state.newId();
  const comment: CommentRecord = {
    id,
    nodeId: nodeId('IC', id),
    issueNumber: pull.number,
    body: body.body,
    user: actor,
    createdAt: now,
    updatedAt: now,
  };
  state.comments.push(comment);
  const view = views.comment(comment);
  return { status: 201, body: view, headers: { location: String(view.url) } };
};

const getComment: Handler = ({ state, views, params, docs }) => {
  const comment = state.comments.find((candidate) => candidate.id === params.comment_id);
  return comment ? { status: 200, body: views.comment(comment) } : notFound(docs);
};

const updateComment: Handler = ({ state, views, params, body, docs, now }) => {
  const comment = state.comments.find((candidate) => candidate.id === params.comment_id);
  if (comment === undefined) return notFound(docs);
  comment.body = body.body;
  comment.updatedAt = now;
  return { status: 200, body: views.comment(comment) };
};

const deleteComment: Handler = ({ state, params, docs }) => {
  const index = state.comments.findIndex((candidate) => candidate.id === params.comment_id);
  if (index < 0) return notFound(docs);
  state.comments.splice(index, 1);
  return { status: 204 };
};

const listLabels: Handler = ({ state, views, params, query, docs, requestUrl }) => {
  const pull = state.pull(params.issue_number as number);
  if (pull === undefined) return notFound(docs);
  const page = paginate(pull.labels, query, requestUrl);
  return {
    status: 200,
    body: page.items.map((name) => views.label(state.label(name))),
    headers: page.headers,
  };
};

/** POST adds to the labels already there (a person's labels stay), unlike PUT which replaces them. */
const addLabels: Handler = ({ state, views, params, body, docs, now }) => {
  const pull = state.pull(params.issue_number as number);
  if (pull === undefined) return notFound(docs);
  const names = (body.labels as (string | { name: string })[]).map((label) =>
    typeof label === 'string' ? label : label.name,
  );
  for (const name of names) {
    const label = state.label(name);
    if (!pull.labels.some((known) => known.toLowerCase() === label.name.toLowerCase()))
      pull.labels.push(label.name);
  }
  pull.updatedAt = now;
  return { status: 200, body: pull.labels.map((name) => views.label(state.label(name))) };
};

const removeLabel: Handler = ({ state, views, params, docs, now }) => {
  const pull = state.pull(params.issue_number as number);
  if (pull === undefined) return notFound(docs);
  const name = String(params.name).toLowerCase();
  const index = pull.labels.findIndex((label) => label.toLowerCase() === name);
  if (index < 0) return basicError(404, 'Label does not exist', docs);
  pull.labels.splice(index, 1);
  pull.updatedAt = now;
  return { status: 200, body: pull.labels.map((label) => views.label(state.label(label))) };
};

const addAssignees: Handler = ({ state, views, params, body, docs, now }) => {
  const pull = state.pull(params.issue_number as number);
  if (pull === undefined) return notFound(docs);
  for (const login of (body.assignees ?? []) as string[]) {
    const assignee = actorFor(state, login);
    if (!pull.assignees.some((known) => known.id === assignee.id)) pull.assignees.push(assignee);
  }
  pull.updatedAt = now;
  return { status: 201, body: views.issue(pull) };
};

export const issuesHandlers: Record<string, Handler> = {
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/get-comment': getComment,
  'issues/update-comment': updateComment,
  'issues/delete-comment': deleteComment,
  'issues/list-labels-on-issue': listLabels,
  'issues/add-labels': addLabels,
  'issues/remove-label': removeLabel,
  'issues/add-assignees': addAssignees,
};
