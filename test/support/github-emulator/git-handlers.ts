import { notFound, unprocessable } from './api-errors.js';
import type { GitIdentity } from './git-objects.js';
import { GitError, type TreeChange } from './git-store.js';
import type { Handler, HandlerContext } from './handler-context.js';
import { nodeId } from './repository-state.js';

const getRef: Handler = ({ state, views, params, docs }) => {
  const ref = `refs/${params.ref}`;
  const sha = state.git.refs.get(ref);
  return sha === undefined ? notFound(docs) : { status: 200, body: views.gitRef(ref, sha) };
};

const listMatchingRefs: Handler = ({ state, views, params }) => {
  const prefix = `refs/${params.ref}`;
  const refs = [...state.git.refs]
    .filter(([ref]) => ref.startsWith(prefix))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return { status: 200, body: refs.map(([ref, sha]) => views.gitRef(ref, sha)) };
};

const createRef: Handler = ({ state, views, body, docs }) => {
  const ref = body.ref as string;
  if (!ref.startsWith('refs/') || ref.split('/').length < 3) {
    return unprocessable("Reference name must start with 'refs/' and have at least two slashes.", docs);
  }
  if (state.git.refs.has(ref)) return unprocessable('Reference already exists', docs);
  if (!state.git.commits.has(body.sha)) return unprocessable('Object does not exist', docs);
  state.git.refs.set(ref, body.sha);
  const view = views.gitRef(ref, body.sha);
  return { status: 201, body: view, headers: { location: String(view.url) } };
};

/** Without `force`, GitHub only moves a ref forward: the new commit must descend from the old one. */
const updateRef: Handler = ({ state, views, params, body, docs }) => {
  const ref = `refs/${params.ref}`;
  const current = state.git.refs.get(ref);
  if (current === undefined) return unprocessable('Reference does not exist', docs);
  if (!state.git.commits.has(body.sha)) return unprocessable('Object does not exist', docs);
  if (body.force !== true && !state.git.isAncestor(current, body.sha)) {
    return unprocessable('Update is not a fast forward', docs);
  }
  state.git.refs.set(ref, body.sha);
  return { status: 200, body: views.gitRef(ref, body.sha) };
};

const deleteRef: Handler = ({ state, params, docs }) => {
  const ref = `refs/${params.ref}`;
  if (!state.git.refs.delete(ref)) return unprocessable('Reference does not exist', docs);
  return { status: 204 };
};

const createBlob: Handler = ({ state, views, body, docs }) => {
  const encoding = body.encoding ?? 'utf-8';
  if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64') {
    return unprocessable(`encoding must be 'utf-8' or 'base64', not '${encoding}'`, docs);
  }
  const content = Buffer.from(body.content, encoding === 'base64' ? 'base64' : 'utf8');
  const sha = state.git.addBlob(content);
  const url = views.blobUrl(sha);
  return { status: 201, body: { url, sha }, headers: { location: url } };
};

const getBlob: Handler = ({ state, views, params, docs }) => {
  const sha = String(params.file_sha);
  const content = state.git.blobs.get(sha);
  if (content === undefined) return notFound(docs);
  // GitHub wraps base64 content at 60 characters per line.
  const base64 = (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
  return {
    status: 200,
    body: {
      sha,
      node_id: nodeId('B', sha),
      size: content.length,
      url: views.blobUrl(sha),
      content: base64.length > 0 ? `${base64}\n` : '',
      encoding: 'base64',
    },
  };
};

const createTree: Handler = ({ state, views, body, docs }) => {
  try {
    const sha = state.git.buildTree(body.base_tree, body.tree as TreeChange[]);
    const view = views.gitTree(sha, false);
    return { status: 201, body: view, headers: { location: String(view.url) } };
  } catch (error) {
    if (error instanceof GitError) return unprocessable(error.message, docs);
    throw error;
  }
};

const getTree: Handler = ({ state, views, params, query, docs }) => {
  const sha = String(params.tree_sha);
  if (!state.git.trees.has(sha)) return notFound(docs);
  // GitHub documents that any value of `recursive` (even "false") turns recursion on.
  return { status: 200, body: views.gitTree(sha, query.recursive !== undefined) };
};

const createCommit: Handler = (context) => {
  const { state, views, body, docs, tokenKind } = context;
  const identity = defaultIdentity(context);
  const author = { ...identity, ...body.author };
  const committer = { ...identity, ...(body.committer ?? body.author) };
  try {
    const commit = state.git.addCommit({
      tree: body.tree,
      parents: body.parents ?? [],
      message: body.message,
      author,
      committer,
      // GitHub signs API commits for apps and GITHUB_TOKEN when it is the committer.
      verified: tokenKind !== 'pat' && body.committer === undefined && body.author === undefined,
    });
    const view = views.gitCommit(commit);
    return { status: 201, body: view, headers: { location: String(view.url) } };
  } catch (error) {
    if (error instanceof GitError) return unprocessable(error.message, docs);
    throw error;
  }
};

const getCommit: Handler = ({ state, views, params, docs }) => {
  const commit = state.git.commits.get(String(params.commit_sha));
  return commit ? { status: 200, body: views.gitCommit(commit) } : notFound(docs);
};

function defaultIdentity({ actor, now, requestUrl }: HandlerContext): GitIdentity {
  return {
    name: actor.login,
    email: `${actor.id}+${actor.login}@users.noreply.${requestUrl.hostname}`,
    date: now,
  };
}

export const gitHandlers: Record<string, Handler> = {
  'git/get-ref': getRef,
  'git/list-matching-refs': listMatchingRefs,
  'git/create-ref': createRef,
  'git/update-ref': updateRef,
  'git/delete-ref': deleteRef,
  'git/create-blob': createBlob,
  'git/get-blob': getBlob,
  'git/create-tree': createTree,
  'git/get-tree': getTree,
  'git/create-commit': createCommit,
  'git/get-commit': getCommit,
};
