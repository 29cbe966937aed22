/**
 * repo-server's build environment (`newEnv`) and `Env.Envsubst`, which it applies to Helm parameter
 * values, value file paths, `--set-file` paths and kustomize images and labels. Envsubst is Go's
 * `os.Expand` with a mapping that knows only these variables: any other `$NAME` becomes empty, and
 * `$$` is an escaped `$`. A password parameter `pa$word` therefore reaches Helm as `pa`, on the
 * cluster and here.
 */
export type BuildEnv = Readonly<Record<string, string>>;

export interface BuildEnvInput {
  appName: string;
  /** The destination namespace (`q.Namespace`). */
  namespace: string;
  project: string;
  repoURL: string;
  path: string;
  targetRevision: string;
  /** The resolved commit; unknown to a render from a working tree, where it is empty. */
  revision?: string;
}

export function buildEnv(input: BuildEnvInput): BuildEnv {
  const revision = input.revision ?? '';
  return {
    ARGOCD_APP_NAME: input.appName,
    ARGOCD_APP_NAMESPACE: input.namespace,
    ARGOCD_APP_PROJECT_NAME: input.project,
    ARGOCD_APP_REVISION: revision,
    ARGOCD_APP_REVISION_SHORT: revision.slice(0, 7),
    ARGOCD_APP_REVISION_SHORT_8: revision.slice(0, 8),
    ARGOCD_APP_SOURCE_REPO_URL: input.repoURL,
    ARGOCD_APP_SOURCE_PATH: input.path,
    ARGOCD_APP_SOURCE_TARGET_REVISION: input.targetRevision,
  };
}

/** `Env.Envsubst`: Go's `os.Expand` over `env`, `$$` → `$`, unknown names → `''`. */
export function envsubst(text: string, env: BuildEnv): string {
  const lookup = (name: string): string => (name === '$' ? '$' : (env[name] ?? ''));
  let out = '';
  let i = 0;
  for (let j = 0; j < text.length; j++) {
    if (text[j] !== '$' || j + 1 >= text.length) continue;
    out += text.slice(i, j);
    const [name, width] = shellName(text.slice(j + 1));
    if (name === '' && width > 0) {
      // Invalid syntax (`${}`, an unclosed `${`): Go eats the characters.
    } else if (name === '') {
      out += '$';
    } else {
      out += lookup(name);
    }
    j += width;
    i = j + 1;
  }
  return out + text.slice(i);
}

const isSpecial = (char: string | undefined): boolean => char !== undefined && /^[*#$@!?\-0-9]$/.test(char);
const isAlphaNum = (char: string | undefined): boolean => char !== undefined && /^[A-Za-z0-9_]$/.test(char);

/** Go's `getShellName`: the variable name after a `$`, and how many characters it spans. */
function shellName(rest: string): [string, number] {
  if (rest[0] === '{') {
    if (rest.length > 2 && isSpecial(rest[1]) && rest[2] === '}') return [rest.slice(1, 2), 3];
    for (let i = 1; i < rest.length; i++) {
      if (rest[i] === '}') return i === 1 ? ['', 2] : [rest.slice(1, i), i + 1];
    }
    return ['', 1];
  }
  if (isSpecial(rest[0])) return [rest.slice(0, 1), 1];
  let i = 0;
  while (i < rest.length && isAlphaNum(rest[i])) i++;
  return [rest.slice(0, i), i];
}
