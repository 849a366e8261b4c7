/** What every command of the CLI is given: its streams and environment. Tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** The terminal streams, when they are terminals: progress and colour depend on them. */
  stderrTTY?: NodeJS.WriteStream;
  stdoutIsTTY?: boolean;
  /** Standard input's chunks, read when PATH is `-`. */
  stdin?: () => AsyncIterable<Uint8Array>;
  /**
   * In GitHub Actions, where stdout and stderr are guarded (no text can be read as a workflow command): the
   * tool's own workflow commands (masks, warnings built by `workflowCommand`), printed as they are.
   */
  command?: (line: string) => void;
}

/** A command: argv (after its name) in, exit code out. */
export type CliCommand = (argv: string[], io: CliIO) => Promise<number>;
