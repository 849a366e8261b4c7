/** What every command of the CLI is given: its streams and environment. Tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** The terminal streams, when they are terminals: progress and colour depend on them. */
  stderrTTY?: NodeJS.WriteStream;
  stdoutIsTTY?: boolean;
}

/** A command: argv (after its name) in, exit code out. */
export type CliCommand = (argv: string[], io: CliIO) => Promise<number>;
