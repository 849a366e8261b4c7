/**
 * The defences every git call carries, so that no call can forget them: git runs no program that the scanned
 * repository (its `.git/config`, anything that config includes, its `.gitattributes`, its hooks) or a stray
 * `GIT_*` variable names, and talks only over the protocols this tool uses.
 *
 * Settings given with `-c` are git's "command" scope: read after the system, global, repository and worktree
 * files (and after whatever those include through `include.path`/`includeIf`), so they win over all of them.
 * Keys that name a program, and how each is neutralised:
 * - `core.fsmonitor` (a hook run whenever the index is read: `--staged`)      -> false
 * - `core.hooksPath` and `.git/hooks/*` (e.g. `reference-transaction` on fetch) -> a directory with no hooks
 * - `core.pager`, `pager.<cmd>`                                               -> `--no-pager`, GIT_PAGER=cat
 * - `diff.external`, `diff.<driver>.command`, `diff.<driver>.textconv`         -> `--no-ext-diff --no-textconv`
 *   on every diff-family command (attributes select the driver; the flags switch drivers off whatever it is)
 * - `core.askPass` (and GIT_ASKPASS, SSH_ASKPASS)                              -> empty: no prompt program
 * - `credential.helper`, `credential.<url>.helper` (a list; the empty value resets it) -> empty
 * - `core.sshCommand` (and GIT_SSH, GIT_SSH_COMMAND)                           -> plain `ssh`
 * - `core.gitProxy` (git://), `ext::` URLs, remote helpers (`<vcs>::`)         -> only https, http, file, ssh
 * - `remote.origin.uploadpack`/`receivepack` (run through the shell for local and ssh remotes) -> git's own
 * - `core.alternateRefsCommand` (run on fetch when the store has alternates)   -> empty: none is run
 * - `http.saveCookies` (writes a file the config names)                        -> false
 * - `gc.auto`, `maintenance.auto` (a fetch starting gc or maintenance), bundle URIs -> off
 * - `extensions.partialClone` (a lazy fetch of a missing object)                -> GIT_NO_LAZY_FETCH=1
 * Never reached by the commands this tool runs (documented so nobody adds one that reaches them): `filter.*`
 * clean/smudge (no work-tree reads or checkouts: the index, trees and blobs only; `cat-file` without
 * `--filters`/`--textconv`; clones are bare), `gpg.program` (no signature is shown or verified;
 * `log.showSignature=false`), editors (nothing is edited), merge drivers (nothing is merged),
 * `uploadpack.packObjectsHook` (git honours it from protected config only). `safe.directory` is likewise honoured
 * from protected config only: a repository cannot trust itself; the caller names trusted directories explicitly.
 */

/** Settings that would change the output this code parses, whatever the user's config says. */
const OUTPUT_CONFIG = [
  'core.quotepath=off',
  'color.ui=never',
  'log.showSignature=false',
  'diff.noprefix=false',
  'log.showRoot=true',
  // Names and messages as UTF-8 whatever the repository says: UTF-16 output would put NULs inside `-z` records.
  'i18n.logOutputEncoding=UTF-8',
];

/** Settings that stop git from running a program or reaching a host the repository's config names. */
const NO_PROGRAM_CONFIG = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'core.askPass=',
  'credential.helper=',
  'core.sshCommand=ssh',
  'core.alternateRefsCommand=',
  'remote.origin.uploadpack=git-upload-pack',
  'remote.origin.receivepack=git-receive-pack',
  'protocol.allow=never',
  'protocol.https.allow=always',
  'protocol.http.allow=always',
  'protocol.file.allow=always',
  'protocol.ssh.allow=always',
  'http.saveCookies=false',
  'submodule.recurse=false',
  'fetch.recurseSubmodules=false',
  // No background work after a fetch (gc and maintenance run more git, and the pre-auto-gc hook), no bundles
  // downloaded from a URL the server or config advertises.
  'gc.auto=0',
  'maintenance.auto=false',
  'transfer.bundleURI=false',
];

/** Commands that compute diffs, and so would run an external diff or a textconv filter. */
const DIFF_COMMANDS = new Set(['diff', 'log', 'show', 'diff-tree', 'diff-index', 'diff-files', 'whatchanged', 'format-patch']);
const NO_DIFF_PROGRAMS = ['--no-ext-diff', '--no-textconv'];

/**
 * git's argv: global options (`--no-pager`, `-C root`, every `-c`), the command, then for diff-family commands
 * the flags that switch off external diff and textconv drivers, then the caller's arguments.
 */
export function hardenedArgv(root: string | undefined, args: readonly string[], trusted: readonly string[] = []): string[] {
  const [command, ...rest] = args;
  const config = [...OUTPUT_CONFIG, ...NO_PROGRAM_CONFIG, ...[...new Set(trusted.filter(Boolean))].map((path) => `safe.directory=${path}`)];
  return [
    '--no-pager',
    ...(root === undefined ? [] : ['-C', root]),
    ...config.flatMap((setting) => ['-c', setting]),
    ...(command === undefined ? [] : [command]),
    ...(command !== undefined && DIFF_COMMANDS.has(command) ? NO_DIFF_PROGRAMS : []),
    ...rest,
  ];
}

/**
 * `GIT_*` variables kept from the inherited environment: which config files the user trusts (system, global)
 * and the index a pre-commit hook is given (`git commit -a` or `git commit PATH` stage into a temporary index).
 * Every other `GIT_*` variable is dropped: GIT_DIR/GIT_WORK_TREE/GIT_OBJECT_DIRECTORY would point git at another
 * repository than the one scanned, GIT_CONFIG_PARAMETERS/GIT_CONFIG_COUNT carry config, GIT_EXTERNAL_DIFF,
 * GIT_SSH(_COMMAND), GIT_ASKPASS, GIT_PROXY_COMMAND, GIT_EDITOR and GIT_EXEC_PATH name programs, GIT_TRACE*
 * and GIT_CURL_VERBOSE would print headers, GIT_SSL_NO_VERIFY turns off TLS checks.
 */
const KEPT_GIT_VARIABLES = new Set(['GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM', 'GIT_CONFIG_NOSYSTEM', 'GIT_INDEX_FILE']);
/** Other variables that name a program git (or ssh) would run. */
const DROPPED_VARIABLES = new Set(['SSH_ASKPASS', 'SSH_ASKPASS_REQUIRE']);

/** The environment git runs with: the inherited one without its program-naming variables, plus fixed settings. */
export function hardenedEnv(inherited: NodeJS.ProcessEnv, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(inherited)) {
    if (name.startsWith('GIT_') ? !KEPT_GIT_VARIABLES.has(name) : DROPPED_VARIABLES.has(name)) continue;
    env[name] = value;
  }
  return {
    ...env,
    LC_ALL: 'C',
    LANG: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GCM_INTERACTIVE: 'never',
    GIT_NO_LAZY_FETCH: '1',
    // The objects as stored: replace refs would make `cat-file <oid>` answer with another object's content,
    // and a repository's (deprecated) info/grafts would give commits other parents, hiding commits from a range.
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_GRAFT_FILE: '/dev/null',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
    ...extra,
  };
}
