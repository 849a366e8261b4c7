/**
 * A streaming parser for `git log --raw -c --no-renames --no-abbrev -z --format=<LOG_FORMAT>`: one record per
 * commit (oid, parents, author, date) with its raw diff entries. Merges come in git's combined raw format
 * (`::m1 m2 m o1 o2 o OID\0path\0`: one old version per parent), which lists only the paths that differ from
 * every parent, so content merged in unchanged from a branch is not the merge's doing. Paths stay bytes.
 */

/** The --format for log calls this parser reads. Starts each record with \x01 so it cannot be mistaken. */
export const LOG_FORMAT = '--format=%x01%H %P%x00%aN <%aE>%x00%at%x00%ct';

/** The arguments that make `git log`/`git diff-tree` emit what this parser reads (the runner adds --no-ext-diff). */
export const RAW_LOG_ARGS = ['--raw', '-c', '--no-renames', '--no-abbrev', '-z', '--root', LOG_FORMAT];

export interface RawEntry {
  path: Buffer;
  /** The new version (null oid when deleted). */
  newOid: string;
  newMode: string;
  /** The versions before: one per parent (or the index's HEAD side for diff-index). */
  oldOids: string[];
  oldModes: string[];
  status: string;
}

export interface LogCommit {
  oid: string;
  parents: string[];
  author: string;
  /** Seconds since the epoch (author date). */
  time: number;
  /** Seconds since the epoch (committer date): when the commit was made, which a rebase moves and the author date does not. */
  committerTime: number;
  entries: RawEntry[];
}

/** Parse a raw entry's meta part: `:oldmode newmode oldoid newoid status` or the combined form with n colons. */
export function parseRawMeta(meta: string): { modes: string[]; oids: string[]; status: string } | undefined {
  let colons = 0;
  while (meta.charCodeAt(colons) === 0x3a) colons++;
  if (colons === 0) return undefined;
  const fields = meta.slice(colons).split(' ');
  const n = colons + 1;
  if (fields.length < 2 * n + 1) return undefined;
  return { modes: fields.slice(0, n), oids: fields.slice(n, 2 * n), status: fields[2 * n] };
}

/** Which raw entries a consumer wants to keep (the rest are dropped as they stream past). */
export type EntryFilter = (newOid: string, oldOids: readonly string[]) => boolean;

type State = 'record' | 'author' | 'time' | 'committer-time' | 'path';

export class RawLogParser {
  private carry: Buffer | undefined;
  private state: State = 'record';
  private commit: LogCommit | undefined;
  private pendingMeta: { modes: string[]; oids: string[]; status: string } | undefined;

  constructor(
    private readonly onCommit: (commit: LogCommit) => void,
    private readonly keep: EntryFilter = () => true,
  ) {}

  /** Start a record by hand, for output without commit headers (`git diff-index`). */
  begin(commit: LogCommit): void {
    this.flush();
    this.commit = commit;
    this.state = 'record';
  }

  push(chunk: Buffer): void {
    let data = chunk;
    if (this.carry) {
      data = Buffer.concat([this.carry, chunk]);
      this.carry = undefined;
    }
    let pos = 0;
    for (;;) {
      const nul = data.indexOf(0, pos);
      if (nul === -1) break;
      this.token(data, pos, nul);
      pos = nul + 1;
    }
    if (pos < data.length) this.carry = Buffer.from(data.subarray(pos));
  }

  end(): void {
    if (this.carry && this.carry.length) {
      const rest = this.carry;
      this.carry = undefined;
      this.token(rest, 0, rest.length);
    }
    this.flush();
  }

  private flush(): void {
    if (this.commit) this.onCommit(this.commit);
    this.commit = undefined;
  }

  private token(data: Buffer, start: number, end: number): void {
    switch (this.state) {
      case 'path': {
        this.state = 'record';
        const meta = this.pendingMeta;
        this.pendingMeta = undefined;
        if (meta && this.commit) {
          const n = meta.oids.length - 1;
          this.commit.entries.push({
            path: Buffer.from(data.subarray(start, end)),
            newOid: meta.oids[n],
            newMode: meta.modes[n],
            oldOids: meta.oids.slice(0, n),
            oldModes: meta.modes.slice(0, n),
            status: meta.status,
          });
        }
        return;
      }
      case 'author':
        if (this.commit) this.commit.author = data.toString('utf8', start, end);
        this.state = 'time';
        return;
      case 'time':
        if (this.commit) this.commit.time = Number(data.toString('latin1', start, end));
        this.state = 'committer-time';
        return;
      case 'committer-time':
        if (this.commit) this.commit.committerTime = Number(data.toString('latin1', start, end));
        this.state = 'record';
        return;
      case 'record': {
        while (start < end && data[start] === 0x0a) start++;
        if (start === end) return;
        if (data[start] === 0x01) {
          this.flush();
          const [oid, ...parents] = data.toString('latin1', start + 1, end).split(' ').filter(Boolean);
          this.commit = { oid, parents, author: '', time: NaN, committerTime: NaN, entries: [] };
          this.state = 'author';
          return;
        }
        if (data[start] === 0x3a) {
          const meta = parseRawMeta(data.toString('latin1', start, end));
          if (!meta) throw new Error('git log: unexpected raw diff line');
          const n = meta.oids.length - 1;
          this.pendingMeta = this.keep(meta.oids[n], meta.oids.slice(0, n)) ? meta : undefined;
          this.state = 'path';
          return;
        }
        throw new Error('git log: unexpected output');
      }
    }
  }
}
