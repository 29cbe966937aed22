import {
  type FieldNode,
  GraphqlSyntaxError,
  type OperationNode,
  parseGraphql,
  resolveValue,
  type SelectionNode,
} from './graphql-parser.js';
import type { Actor, PullRecord, RepositoryState } from './repository-state.js';

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface GraphqlError {
  type?: string;
  path?: string[];
  message: string;
}

export interface GraphqlOutcome {
  body: { data?: unknown; errors?: GraphqlError[] };
  /** Set when the request uses GraphQL the emulator does not know: the test must fail, not guess. */
  violation?: string;
}

interface Context {
  state: RepositoryState;
  actor: Actor;
  base: string;
  variables: Record<string, unknown>;
  errors: GraphqlError[];
  now: string;
}

/** A domain error GitHub reports in `errors[]` with a type, next to `data` holding null for the field. */
class FieldError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** A field the emulator does not implement. */
class UnknownField extends Error {}

interface FieldDefinition {
  args?: readonly string[];
  required?: readonly string[];
  /** The object type of the result; scalar fields have none. */
  type?: string;
  resolve: (parent: unknown, args: Record<string, unknown>, context: Context) => unknown;
}

const pullField = (resolve: (pull: PullRecord, context: Context) => unknown): FieldDefinition => ({
  resolve: (parent, _args, context) => resolve(parent as PullRecord, context),
});

const TYPES: Record<string, Record<string, FieldDefinition>> = {
  Query: {
    repository: {
      args: ['owner', 'name', 'followRenames'],
      required: ['owner', 'name'],
      type: 'Repository',
      resolve: (_parent, args, { state }) =>
        String(args.owner).toLowerCase() === state.owner.toLowerCase() &&
        String(args.name).toLowerCase() === state.repo.toLowerCase()
          ? state
          : notResolvable(`Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`),
    },
    node: {
      args: ['id'],
      required: ['id'],
      type: 'PullRequest',
      resolve: (_parent, args, { state }) => pullByNodeId(state, String(args.id)),
    },
    viewer: { type: 'User', resolve: (_parent, _args, { actor }) => actor },
  },
  Mutation: {
    enablePullRequestAutoMerge: {
      args: ['input'],
      required: ['input'],
      type: 'EnablePullRequestAutoMergePayload',
      resolve: (_parent, args, context) => enableAutoMerge(args.input as Record<string, unknown>, context),
    },
  },
  Repository: {
    id: {
      resolve: (state) =>
        `R_kwDO${Buffer.from(String((state as RepositoryState).repoId)).toString('base64url')}`,
    },
    name: { resolve: (state) => (state as RepositoryState).repo },
    nameWithOwner: {
      resolve: (state) => `${(state as RepositoryState).owner}/${(state as RepositoryState).repo}`,
    },
    pullRequest: {
      args: ['number'],
      required: ['number'],
      type: 'PullRequest',
      resolve: (state, args) =>
        (state as RepositoryState).pull(Number(args.number)) ??
        notResolvable(`Could not resolve to a PullRequest with the number of ${args.number}.`),
    },
  },
  PullRequest: {
    id: pullField((pull) => pull.nodeId),
    number: pullField((pull) => pull.number),
    title: pullField((pull) => pull.title),
    body: pullField((pull) => pull.body ?? ''),
    state: pullField((pull) => pull.state.toUpperCase()),
    isDraft: pullField((pull) => pull.draft),
    url: pullField((pull, { state, base }) => `${base}/${state.owner}/${state.repo}/pull/${pull.number}`),
    headRefName: pullField((pull) => pull.head),
    baseRefName: pullField((pull) => pull.base),
    headRefOid: pullField((pull) => pull.headSha),
    baseRefOid: pullField((pull, { state }) => state.git.refs.get(`refs/heads/${pull.base}`) ?? null),
    autoMergeRequest: { type: 'AutoMergeRequest', resolve: (pull) => (pull as PullRecord).autoMerge },
  },
  AutoMergeRequest: {
    mergeMethod: {
      resolve: (request) => (request as NonNullable<PullRecord['autoMerge']>).mergeMethod.toUpperCase(),
    },
    enabledBy: {
      type: 'User',
      resolve: (request) => (request as NonNullable<PullRecord['autoMerge']>).enabledBy,
    },
  },
  EnablePullRequestAutoMergePayload: {
    clientMutationId: { resolve: (payload) => (payload as { clientMutationId: unknown }).clientMutationId },
    pullRequest: { type: 'PullRequest', resolve: (payload) => (payload as { pull: PullRecord }).pull },
  },
  User: {
    login: { resolve: (actor) => (actor as Actor).login },
  },
};

/** Answers `POST /graphql` for the queries and the auto-merge mutation promotion needs. */
export function executeGraphql(
  request: GraphqlRequest,
  context: Omit<Context, 'variables' | 'errors'>,
): GraphqlOutcome {
  let operations: OperationNode[];
  try {
    operations = parseGraphql(request.query);
  } catch (error) {
    if (!(error instanceof GraphqlSyntaxError)) throw error;
    return { body: { errors: [{ message: error.message }] }, violation: error.message };
  }
  const operation = request.operationName
    ? operations.find((candidate) => candidate.name === request.operationName)
    : operations[0];
  if (operation === undefined) {
    const message = `No operation named "${request.operationName}"`;
    return { body: { errors: [{ message }] }, violation: message };
  }
  const full: Context = {
    ...context,
    variables: { ...operation.variableDefaults, ...request.variables },
    errors: [],
  };
  try {
    const data = select(
      operation.type === 'query' ? 'Query' : 'Mutation',
      null,
      operation.selections,
      full,
      [],
    );
    return { body: full.errors.length > 0 ? { data, errors: full.errors } : { data } };
  } catch (error) {
    if (!(error instanceof UnknownField)) throw error;
    return {
      body: { errors: [{ type: 'undefinedField', message: error.message }] },
      violation: error.message,
    };
  }
}

function select(
  typeName: string,
  parent: unknown,
  selections: SelectionNode[],
  context: Context,
  path: string[],
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const selection of selections) {
    if (selection.kind === 'inline-fragment') {
      if (selection.typeCondition === undefined || selection.typeCondition === typeName) {
        Object.assign(result, select(typeName, parent, selection.selections, context, path));
      }
      continue;
    }
    result[selection.alias] = resolveField(typeName, parent, selection, context, [...path, selection.alias]);
  }
  return result;
}

function resolveField(
  typeName: string,
  parent: unknown,
  field: FieldNode,
  context: Context,
  path: string[],
): unknown {
  if (field.name === '__typename') return typeName;
  const definition = TYPES[typeName]?.[field.name];
  if (definition === undefined)
    throw new UnknownField(`Field '${field.name}' doesn't exist on type '${typeName}'`);
  const args = Object.fromEntries(
    Object.entries(field.args).map(([name, value]) => [name, resolveValue(value, context.variables)]),
  );
  for (const name of Object.keys(args)) {
    if (!definition.args?.includes(name)) {
      throw new UnknownField(`Field '${field.name}' doesn't accept argument '${name}'`);
    }
  }
  for (const name of definition.required ?? []) {
    if (args[name] === undefined || args[name] === null) {
      throw new UnknownField(`Field '${field.name}' is missing required argument '${name}'`);
    }
  }
  if ((definition.type === undefined) !== (field.selections === undefined)) {
    throw new UnknownField(
      definition.type === undefined
        ? `Selections can't be made on scalars (field '${field.name}')`
        : `Field must have selections (field '${field.name}' returns ${definition.type})`,
    );
  }
  let value: unknown;
  try {
    value = definition.resolve(parent, args, context);
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
    context.errors.push({ type: error.type, path, message: error.message });
    return null;
  }
  if (
    value === null ||
    value === undefined ||
    definition.type === undefined ||
    field.selections === undefined
  ) {
    return value ?? null;
  }
  return select(definition.type, value, field.selections, context, path);
}

function notResolvable(message: string): never {
  throw new FieldError('NOT_FOUND', message);
}

function pullByNodeId(state: RepositoryState, id: string): PullRecord {
  const pull = state.pulls.find((candidate) => candidate.nodeId === id);
  return (
    (pull && state.pull(pull.number)) ??
    notResolvable(`Could not resolve to a node with the global id of '${id}'`)
  );
}

function enableAutoMerge(input: Record<string, unknown>, context: Context): unknown {
  const known = [
    'pullRequestId',
    'expectedHeadOid',
    'mergeMethod',
    'commitHeadline',
    'commitBody',
    'authorEmail',
    'clientMutationId',
  ];
  const unknown = Object.keys(input).find((name) => !known.includes(name));
  if (unknown !== undefined) {
    throw new UnknownField(`EnablePullRequestAutoMergeInput doesn't accept argument '${unknown}'`);
  }
  const pull = pullByNodeId(context.state, String(input.pullRequestId));
  if (pull.state !== 'open') throw new FieldError('UNPROCESSABLE', 'Pull request is closed');
  // Pinning to the head just pushed: a head that moved since must not be merged unseen. The wording
  // is the one GitHub uses when a REST merge's `sha` no longer matches the head.
  if (typeof input.expectedHeadOid === 'string' && input.expectedHeadOid !== pull.headSha) {
    throw new FieldError('UNPROCESSABLE', 'Head branch was modified. Review and try the merge again.');
  }
  const method = String(input.mergeMethod ?? 'MERGE').toLowerCase();
  if (method !== 'merge' && method !== 'squash' && method !== 'rebase') {
    throw new UnknownField(`Argument 'mergeMethod' has an invalid value (${input.mergeMethod})`);
  }
  pull.autoMerge = { enabledBy: context.actor, mergeMethod: method };
  pull.updatedAt = context.now;
  return { clientMutationId: input.clientMutationId ?? null, pull };
}
