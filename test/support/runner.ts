import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './paths.js';
import { tempDir } from './temp.js';
import {
  annotationsOf,
  type ParsedAnnotation,
  parseFileCommand,
  parseWorkflowCommands,
  type WorkflowCommand,
} from './workflow-commands.js';

export type ActionName = 'check' | 'render' | 'validate' | 'image-bump' | 'promote';

export interface RunnerOptions {
  /** An action of this project (runs `dist/<name>/index.js`), or the path of any bundle. */
  action: ActionName | { script: string };
  /** Inputs by their action.yml names; the runner passes them as INPUT_<NAME> with hyphens kept. */
  inputs?: Record<string, string | number | boolean>;
  /** The checked-out repository. */
  workspace: string;
  event?: { name: string; payload: object };
  repository?: string;
  sha?: string;
  ref?: string;
  /** The GitHub API base, for example the emulator's URL. */
  apiUrl?: string;
  /** Extra environment, applied last. */
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** What the step appended to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** What the step exported through GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  commands: WorkflowCommand[];
  annotations: ParsedAnnotation[];
  /** Values the step registered with ::add-mask::. */
  masks: string[];
  /** The runner's temp directory for this step (RUNNER_TEMP). */
  runnerTemp: string;
}

/** The runner's name mangling for inputs: spaces become underscores, upper case, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Runs an action bundle in a child process the way the GitHub runner does for `runs.using:
 * node24`: a clean environment of GITHUB_* and RUNNER_* variables, inputs as INPUT_*, file
 * commands in temp files, and the workspace as the working directory.
 */
export async function runAction(options: RunnerOptions): Promise<ActionRun> {
  const script =
    typeof options.action === 'string'
      ? path.join(repoRoot, 'dist', options.action, 'index.js')
      : options.action.script;
  const home = await tempDir('gitops-actions-runner-');
  const runnerTemp = path.join(home, 'temp');
  const files = {
    output: path.join(home, 'github_output'),
    summary: path.join(home, 'step_summary'),
    env: path.join(home, 'github_env'),
    path: path.join(home, 'github_path'),
    state: path.join(home, 'github_state'),
    event: path.join(home, 'event.json'),
  };
  await mkdir(runnerTemp);
  await mkdir(path.join(home, 'tool-cache'));
  await Promise.all(
    [files.output, files.summary, files.env, files.path, files.state].map((file) => writeFile(file, '')),
  );
  const event = options.event ?? { name: 'workflow_dispatch', payload: {} };
  await writeFile(files.event, JSON.stringify(event.payload, null, 2));

  const pr = (event.payload as { pull_request?: { head?: { ref?: string }; base?: { ref?: string } } })
    .pull_request;
  const repository = options.repository ?? 'acme/fleet';
  const apiUrl = options.apiUrl ?? 'https://api.github.com';
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] as string,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: options.sha ?? '0000000000000000000000000000000000000000',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_HEAD_REF: pr?.head?.ref ?? '',
    GITHUB_BASE_REF: pr?.base?.ref ?? '',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl.replace(/\/$/, '')}/graphql`,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'gitops',
    GITHUB_ACTION: '__run',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'gitops',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: path.join(home, 'tool-cache'),
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputVariable(name)] = String(value);
  Object.assign(env, options.env);

  const { exitCode, stdout, stderr } = await spawnNode(
    script,
    options.workspace,
    env,
    options.timeoutMs ?? 300_000,
  );
  const commands = parseWorkflowCommands(stdout);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommand(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    exportedEnv: parseFileCommand(await readFile(files.env, 'utf8')),
    commands,
    annotations: annotationsOf(commands),
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    runnerTemp,
  };
}

/** The Node the runner would use for node24 actions: this test process's, which must be 24. */
function nodeBinary(): string {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 24) {
    throw new Error(
      `actions declare runs.using: node24, but the tests run on Node ${process.versions.node}; run them through npm scripts`,
    );
  }
  return process.execPath;
}

function spawnNode(
  script: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBinary(), [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code === null) {
        const tail = (text: string) => text.slice(-4000);
        reject(
          new Error(
            `${script} was killed by ${signal}${signal === 'SIGKILL' ? ` after ${timeoutMs} ms` : ''}\n` +
              `stdout:\n${tail(stdout)}\nstderr:\n${tail(stderr)}`,
          ),
        );
        return;
      }
      resolve({ exitCode: code, stdout, stderr });
    });
  });
}
