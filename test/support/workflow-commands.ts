/**
 * Parsing of what an action tells the runner: workflow commands on stdout
 * (`::error file=a.yaml,line=3::message`) and the key/value files (GITHUB_OUTPUT, GITHUB_ENV).
 * Written from the runner's documented formats, independently of @actions/core, so tests check
 * what the runner would see rather than what our library believes it wrote.
 */

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ParsedAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
  title?: string;
}

const COMMAND = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/;

/** Reverses the runner's escaping of command data (`%25`, `%0D`, `%0A`). */
function unescapeData(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

/** Reverses the escaping of command properties, which also escape `:` and `,`. */
function unescapeProperty(text: string): string {
  return text
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}

export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = COMMAND.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: match[1] as string, properties, message: unescapeData(match[3] ?? '') });
  }
  return commands;
}

export function annotationsOf(commands: readonly WorkflowCommand[]): ParsedAnnotation[] {
  const toNumber = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  return commands
    .filter((c): c is WorkflowCommand & { command: ParsedAnnotation['level'] } =>
      ['error', 'warning', 'notice'].includes(c.command),
    )
    .map((c) => {
      const annotation: ParsedAnnotation = { level: c.command, message: c.message };
      const { file, line, endLine, col, endColumn, title } = c.properties;
      if (file !== undefined) annotation.file = file;
      if (line !== undefined) annotation.line = toNumber(line) as number;
      if (endLine !== undefined) annotation.endLine = toNumber(endLine) as number;
      if (col !== undefined) annotation.column = toNumber(col) as number;
      if (endColumn !== undefined) annotation.endColumn = toNumber(endColumn) as number;
      if (title !== undefined) annotation.title = title;
      return annotation;
    });
}

/**
 * Parses a file command file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE): `name=value` lines and
 * `name<<DELIMITER` heredocs. A later value for the same name wins, as on the runner.
 */
export function parseFileCommand(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      i++;
      while (i < lines.length && (lines[i] as string).replace(/\r$/, '') !== delimiter) {
        value.push((lines[i] as string).replace(/\r$/, ''));
        i++;
      }
      if (i >= lines.length)
        throw new Error(`file command: heredoc for "${name}" has no closing ${delimiter}`);
      result[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0)
      throw new Error(`file command: line ${i + 1} is neither name=value nor name<<DELIMITER: ${line}`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}
