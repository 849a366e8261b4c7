/**
 * The credential kinds: one row per kind, and everything else derives from it — the `RuleId` type, the
 * parser's and base64 windows (detect/), SARIF rules and every label (report/, audit/), what verification
 * and revocation do with a finding (anthropic/), and the scrubber (core/scrub.ts).
 *
 * It lives in core/ because every stage reads it and core/ is the bottom of the stack. It is pure data
 * (plus a few pure helpers that read it): adding a kind is adding a row and its samples, and
 * __tests__/core/kinds.test.ts runs every row's samples through the detector.
 *
 * Samples are shapes, not strings: `sampleText` builds each one at run time, so no literal credential ever
 * sits in the source (the project's own scanner must find nothing in it).
 */

/** The literal every Anthropic credential starts with. */
export const PREFIX = 'sk-ant-';

/** A word after the prefix (`api`, `admin`, ...) and the two-digit versions it takes ('any': 00-99). */
export interface PrefixWord {
  /** Lower-case letters; '*' is any word no other row claims (the generic row). */
  readonly word: string;
  readonly versions: 'any' | readonly string[];
}

/**
 * The run of key characters (`A-Za-z0-9_-`) after `wordNN-`: its length bounds (tail included), and its tail.
 *
 * A run normally must end where the key does. A shape with one length and a fixed tail (`CLASSIC`: 93 + `AA`)
 * also delimits itself: in binary data (a `.pyc`'s marshal stream, a `.class` constant pool, a SQLite page)
 * the byte after a string is often a letter, so a longer run whose first `max` characters end in the tail is
 * read as the key and the rest left (see `delimitsItself`). Shapes with a length range or no tail cannot tell
 * where their key ends inside a longer run, so they never do this.
 */
export interface BodyShape {
  readonly min: number;
  readonly max: number;
  /** A fixed ending (`AA`); absent: any ending. */
  readonly tail?: string;
}

/**
 * Whether a key of this shape can be read out of a longer run of key characters: only when the shape has a
 * single length and a fixed tail, so the key's end is the one place the tail must be.
 *
 * Not for the others, deliberately: a shape without a tail (OAuth's 95 characters, session and compliance
 * keys' 80-128, unknown kinds' 90-110) gives nothing to tell a key's last character from the next byte, so
 * any cut would be a guess (every random run of 96 or more would yield a "key" of 95); a shape
 * with a range and a tail (OAuth's 90-110 + `AA`) may find `AA` at several lengths, by chance about once in
 * 4096 per position, and the cut would again be a guess. Missing those keys next to a letter is the price.
 */
export function delimitsItself(shape: BodyShape): boolean {
  return shape.tail !== undefined && shape.tail !== '' && shape.min === shape.max;
}

/** How a kind is checked for liveness. Every method is a read-only GET that spends no tokens. */
export type CheckMethod =
  /** `GET /v1/models` with the key: a listing, no tokens. */
  | { readonly method: 'models' }
  /** `GET /v1/organizations/me` with the (admin) key. */
  | { readonly method: 'organization' }
  /** Not checked; `reason` says why (becomes the finding's statusDetail). */
  | { readonly method: 'none'; readonly reason: string };

/** Whether the tool can deactivate a key of this kind. */
export type RevokeMethod =
  /** `POST /v1/organizations/api_keys/{id}` with an admin key of the same organization. */
  | { readonly via: 'admin-api' }
  /** Only by hand; `how` says where (becomes the refusal's reason). */
  | { readonly via: 'manual'; readonly how: string };

/** Words near a key that tell which credential it is, when a prefix is shared. */
export interface ContextHint {
  /** Matched case-insensitively as substrings of the key's line. */
  readonly words: readonly string[];
  /** Also matched in the line before (a URL on the line above a header); variable names are not. */
  readonly lineBefore?: boolean;
  /** What the key then is, e.g. 'Claude Code routine trigger token'. */
  readonly variant: string;
}

/** One sample credential, built by `sampleText`: `sk-ant-` + word + version + '-' + body. */
export interface Sample {
  /** Default: the row's first word. */
  readonly word?: string;
  readonly version: string;
  /** The body's length, tail included. */
  readonly run: number;
  /** The body's ending (part of `run`). */
  readonly tail?: string;
  /** 'random' (default): a random-looking body; 'placeholder': `x` repeated; 'example': starts `example`. */
  readonly filler?: 'random' | 'placeholder' | 'example';
  /** Text before the key on its line (e.g. a variable name), for context hints. */
  readonly before?: string;
  /** Text right after the key, not part of it (e.g. the next byte of a binary format: `N`, `Z`, `)`). */
  readonly after?: string;
  /** For positives: the variant the context must name. */
  readonly variant?: string;
}

export interface KindRow {
  readonly id: string;
  /** Short name (SARIF shortDescription, every label). */
  readonly title: string;
  /** One or two sentences: what the credential is and what a leak allows. */
  readonly description: string;
  /** Markdown: what to do, with links (SARIF help.markdown). */
  readonly help: string;
  /** SARIF `security-severity` (0.0-10.0; 9.0 and above is critical). */
  readonly severity: number;
  /** The prefix as people write it, for documentation (`sk-ant-apiNN-`). */
  readonly shape: string;
  readonly prefixes: readonly PrefixWord[];
  /** Accepted bodies, tried in order. */
  readonly bodies: readonly BodyShape[];
  readonly check: CheckMethod;
  readonly revoke: RevokeMethod;
  /** What to do with a leaked one, as a short phrase every report's next step ends with (core/next-step.ts). */
  readonly fix: string;
  readonly contexts?: readonly ContextHint[];
  readonly samples: { readonly positive: readonly Sample[]; readonly negative: readonly Sample[] };
}

const AFTER = [
  'Then look for use of the credential during the exposure window.',
  'Removing it from the repository or rewriting history does not un-leak it: clones, forks, caches and CI logs keep a copy. Rotation is the fix.',
].join('\n\n');

const CONSOLE_KEYS = '[Console → Settings → API keys](https://console.anthropic.com/settings/keys)';
const CLAUDE_CODE_SETTINGS = '[claude.ai → Settings → Claude Code](https://claude.ai/settings/claude-code)';

/** API and admin keys (and the one session key sample seen): 93 random characters then `AA`. */
const CLASSIC: BodyShape = { min: 95, max: 95, tail: 'AA' };
/** A new kind's body must look like the family's: a run of 90 to 110 characters that looks random. */
const LOOSE: BodyShape = { min: 90, max: 110 };
/** A known kind whose length is not documented (session keys, compliance keys): 80 to 128 random-looking characters. */
const UNCONFIRMED: BodyShape = { min: 80, max: 128 };

/** OAuth tokens: 95 characters with no fixed tail as seen in the wild, or the older 90-110 ending in `AA`. */
const OAUTH_BODIES: readonly BodyShape[] = [{ min: 90, max: 110, tail: 'AA' }, { min: 95, max: 95 }];

const OAUTH_REMEDIATION = [
  `1. Revoke the token at ${CLAUDE_CODE_SETTINGS} (each token is listed there), or sign out of all sessions in claude.ai. There is no API to revoke it, and \`claude auth logout\` does not revoke a token made with \`claude setup-token\`.`,
  '2. If automation needs a token (`CLAUDE_CODE_OAUTH_TOKEN`, a routine trigger), make a new one and keep it in a secret store only.',
  '3. Never exercise a leaked token to test it: refreshing rotates it and signs the real user out. This tool never refreshes or uses it.',
].join('\n\n');

const OAUTH_CHECK: CheckMethod = {
  method: 'none',
  reason:
    'not verified: a Claude Code OAuth token can only be checked by using or refreshing it, which has side effects ' +
    'and is limited to Anthropic\'s own apps; treat it as live and revoke it in claude.ai (Settings > Claude Code)',
};
const OAUTH_REVOKE: RevokeMethod = {
  via: 'manual',
  how:
    'Claude Code OAuth tokens cannot be deactivated through the Admin API (there is no revoke API): revoke it in ' +
    'claude.ai (Settings > Claude Code) or sign out of all sessions; `claude auth logout` does not revoke a setup token',
};

/** Which `oat01` token a key is, when the words around it say so. */
const OAT_CONTEXTS: readonly ContextHint[] = [
  { words: ['/claude_code/routines/', 'claude.ai/code/routines', 'routine_token', 'routine-token', 'routine_trigger', 'routine trigger'], lineBefore: true, variant: 'Claude Code routine trigger token' },
  { words: ['managed_agents', 'managed-agents', 'managed agents', 'environment_key', 'agent_environment'], variant: 'Managed Agents environment key' },
  { words: ['claude_code_oauth_token'], variant: 'Claude Code OAuth token (claude setup-token)' },
];

export const KINDS = [
  {
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    description: 'An Anthropic API key (sk-ant-apiNN-…): anyone holding it can call the Anthropic API on the owner\'s account and bill.',
    help: [
      '**Rotate this Anthropic API key now.**',
      `1. In the Anthropic ${CONSOLE_KEYS} create a replacement key and put it in your secret store (e.g. a GitHub Actions secret), never in the repository.`,
      '2. Deploy the replacement everywhere the old key was used.',
      '3. Disable, then delete, the leaked key in the Console (or run this tool with `--revoke` and an admin key to deactivate it through the Admin API).',
      AFTER,
    ].join('\n\n'),
    severity: 9.0,
    shape: 'sk-ant-apiNN- + 93 characters + AA (108 characters)',
    prefixes: [{ word: 'api', versions: 'any' }],
    bodies: [CLASSIC],
    check: { method: 'models' },
    revoke: { via: 'admin-api' },
    fix: 'deactivate it in the Console (Settings > API keys) and replace it',
    samples: {
      positive: [
        { version: '03', run: 95, tail: 'AA' },
        { version: '04', run: 95, tail: 'AA' },
        // Followed at once by a key character, as in binary files (a .pyc's next marshal type byte): 93 + AA
        // delimits itself (BodyShape); `…AAA` is the key then `A`.
        { version: '03', run: 95, tail: 'AA', after: 'N' },
        { version: '03', run: 95, tail: 'AA', after: 'Z' },
        { version: '03', run: 95, tail: 'AA', after: ')' },
        { version: '03', run: 95, tail: 'AA', after: 'A' },
      ],
      negative: [
        { version: '03', run: 94, tail: 'AA' },
        { version: '03', run: 96, tail: 'AA' },
        { version: '03', run: 95, tail: 'AB' },
        { version: '03', run: 95, tail: 'AA', filler: 'placeholder' },
        { version: '03', run: 95, tail: 'AA', filler: 'example' },
        { version: '3', run: 95, tail: 'AA' },
        // A longer run is cut only where the tail is, and the cut body is checked like any other.
        { version: '03', run: 120 },
        { version: '03', run: 95, tail: 'AA', filler: 'placeholder', after: 'N' },
        { version: '03', run: 95, tail: 'AA', filler: 'example', after: 'z' },
      ],
    },
  },
  {
    id: 'anthropic-admin-key',
    title: 'Anthropic Admin API key',
    description: 'An Anthropic Admin API key (sk-ant-adminNN-…): it manages the whole organization (members, workspaces, API keys).',
    help: [
      '**Delete this Anthropic Admin API key now: it controls your whole organization.**',
      '1. An organization admin deletes the leaked key in the [Console → Settings → Admin keys](https://console.anthropic.com/settings/admin-keys). The Admin API cannot deactivate admin keys, so this step is manual.',
      '2. If the key is still needed, create a new one and keep it in a secret store only.',
      '3. Review the organization for changes made with the key: new members, new or re-enabled API keys, workspace changes.',
      AFTER,
    ].join('\n\n'),
    severity: 10.0,
    shape: 'sk-ant-adminNN- + 93 characters + AA (110 characters)',
    prefixes: [{ word: 'admin', versions: 'any' }],
    bodies: [CLASSIC],
    check: { method: 'organization' },
    revoke: {
      via: 'manual',
      how:
        'admin keys cannot be deactivated through the Admin API: an organization admin must delete it in ' +
        'the Console (Settings > Admin keys), then create a new admin key where one is needed',
    },
    fix: 'have an organization admin delete it in the Console (Settings > Admin keys)',
    samples: {
      positive: [{ version: '01', run: 95, tail: 'AA' }, { version: '01', run: 95, tail: 'AA', after: 'Z' }],
      negative: [{ version: '01', run: 94, tail: 'AA' }, { version: '01', run: 95, tail: 'aa' }, { version: '01', run: 95, tail: 'aa', after: 'N' }],
    },
  },
  {
    id: 'anthropic-compliance-key',
    title: 'Anthropic Compliance Access Key',
    description:
      'An Anthropic Compliance Access Key (sk-ant-api01-…), made in claude.ai organization settings for the Compliance API: ' +
      'it reads the organization\'s claude.ai activity and content. It is not an inference key.',
    help: [
      '**Revoke this Compliance Access Key now: it reads your organization\'s claude.ai data.**',
      '1. An owner of the claude.ai organization revokes it in [claude.ai → organization settings](https://claude.ai/admin-settings) (the Compliance API keys are listed there, not in the Console), then creates a new one if it is still needed.',
      '2. Keep the new key in a secret store only.',
      '3. The Admin API cannot deactivate it, and it cannot be checked with the inference API: this tool reports it unchecked.',
      AFTER,
    ].join('\n\n'),
    severity: 9.0,
    shape: 'sk-ant-api01- + 80 to 128 characters (length unconfirmed)',
    prefixes: [{ word: 'api', versions: ['01'] }],
    bodies: [UNCONFIRMED],
    check: {
      method: 'none',
      reason:
        'not verified: a Compliance Access Key is not an inference key, so the API\'s answer to /v1/models says nothing ' +
        'about it, and no documented read-only check exists; treat it as live and revoke it in claude.ai organization settings',
    },
    revoke: {
      via: 'manual',
      how: 'Compliance Access Keys are made and revoked in claude.ai organization settings, not through the Admin API',
    },
    fix: 'revoke it in claude.ai organization settings',
    samples: {
      positive: [{ version: '01', run: 95, tail: 'AA' }, { version: '01', run: 100 }],
      negative: [{ version: '01', run: 79 }, { version: '01', run: 129 }, { version: '01', run: 95, filler: 'placeholder' }],
    },
  },
  {
    id: 'anthropic-oauth-access-token',
    title: 'Claude OAuth access token',
    description:
      'A Claude OAuth access token (sk-ant-oatNN-…): a Claude Code login or setup token acts as the signed-in Claude user; ' +
      'the same prefix is used by Claude Code routine trigger tokens and, reportedly, Managed Agents environment keys.',
    help: ['**Revoke this Claude OAuth access token.**', OAUTH_REMEDIATION, AFTER].join('\n\n'),
    severity: 8.5,
    shape: 'sk-ant-oatNN- + 95 characters (or 90-110 ending in AA)',
    prefixes: [{ word: 'oat', versions: 'any' }],
    bodies: OAUTH_BODIES,
    check: OAUTH_CHECK,
    revoke: OAUTH_REVOKE,
    fix: 'revoke it in claude.ai (Settings > Claude Code)',
    contexts: OAT_CONTEXTS,
    samples: {
      positive: [
        { version: '01', run: 95 },
        { version: '01', run: 95, tail: 'AA' },
        { version: '01', run: 108, tail: 'AA' },
        { version: '01', run: 95, before: 'curl -X POST https://api.anthropic.com/v1/claude_code/routines/trig_1/fire -H "Authorization: Bearer ', variant: 'Claude Code routine trigger token' },
        { version: '01', run: 95, before: 'CLAUDE_CODE_OAUTH_TOKEN=', variant: 'Claude Code OAuth token (claude setup-token)' },
        // A variable name on the line before names nothing: it is another variable's.
        { version: '01', run: 95, before: 'CLAUDE_CODE_OAUTH_TOKEN=x\nOTHER=' },
      ],
      negative: [
        { version: '01', run: 94 },
        { version: '01', run: 96 },
        { version: '01', run: 89, tail: 'AA' },
        { version: '01', run: 111, tail: 'AA' },
        // No fixed length and tail to cut at (delimitsItself): a token run on by a key character is not read.
        { version: '01', run: 95, after: 'N' },
      ],
    },
  },
  {
    id: 'anthropic-oauth-refresh-token',
    title: 'Claude OAuth refresh token',
    description: 'A Claude Code OAuth refresh token (sk-ant-ortNN-…): it mints new access tokens for the Claude user until revoked.',
    help: ['**Revoke this Claude OAuth refresh token.**', OAUTH_REMEDIATION, AFTER].join('\n\n'),
    severity: 9.0,
    shape: 'sk-ant-ortNN- + 95 characters (or 90-110 ending in AA)',
    prefixes: [{ word: 'ort', versions: 'any' }],
    bodies: OAUTH_BODIES,
    check: OAUTH_CHECK,
    revoke: OAUTH_REVOKE,
    fix: 'revoke it in claude.ai (Settings > Claude Code)',
    samples: {
      positive: [{ version: '01', run: 95 }, { version: '01', run: 95, tail: 'AA' }],
      negative: [{ version: '01', run: 97 }, { version: '01', run: 95, filler: 'placeholder' }],
    },
  },
  {
    id: 'anthropic-session-key',
    title: 'claude.ai session key',
    description:
      'A claude.ai session key (sk-ant-sidNN-…, the `sessionKey` cookie): anyone holding it is signed in to claude.ai as the user.',
    help: [
      '**Sign out of all sessions in claude.ai now.**',
      '1. In [claude.ai → Settings](https://claude.ai/settings) sign out of all sessions (or log out everywhere): that ends the leaked session. Then sign in again.',
      '2. A browser cookie never belongs in a repository: remove whatever exported it (a HAR file, a cookie dump, a script).',
      '3. There is no read-only check for a session key and no API to revoke it: this tool reports it unchecked.',
      AFTER,
    ].join('\n\n'),
    severity: 8.5,
    shape: 'sk-ant-sidNN- + 80 to 128 characters (sid01: 93 + AA; sid02 unconfirmed)',
    prefixes: [{ word: 'sid', versions: 'any' }],
    bodies: [UNCONFIRMED],
    check: {
      method: 'none',
      reason:
        'not verified: there is no read-only endpoint that may be used to check a claude.ai session key; ' +
        'treat it as live and sign out of all sessions in claude.ai',
    },
    revoke: { via: 'manual', how: 'a claude.ai session key is ended by signing out of all sessions in claude.ai; there is no API for it' },
    fix: 'sign out of all sessions in claude.ai',
    samples: {
      positive: [{ version: '01', run: 95, tail: 'AA' }, { version: '02', run: 100 }, { version: '02', run: 128 }],
      negative: [{ version: '01', run: 70 }, { version: '02', run: 95, filler: 'placeholder' }],
    },
  },
  {
    id: 'anthropic-unknown-key',
    title: 'Anthropic credential of an unknown kind',
    description:
      'A string shaped like an Anthropic credential (sk-ant-<word>NN-…) of a kind this tool does not know yet. Its body ' +
      'looks random, so it may be a real credential of a new kind; it may also be something else.',
    help: [
      '**Find out what this credential is, and rotate it if it is real.**',
      '1. Look at where it is used (the variable name, the service it is sent to). Anthropic credentials are managed in the [Console](https://console.anthropic.com/settings/keys) (API and admin keys) or in [claude.ai settings](https://claude.ai/settings) (claude.ai and Claude Code credentials).',
      '2. If it is a credential, revoke it where it was made and keep its replacement in a secret store.',
      '3. This tool does not check or revoke a kind it does not know.',
      AFTER,
    ].join('\n\n'),
    severity: 7.0,
    shape: 'sk-ant-<word>NN- + 90 to 110 random-looking characters',
    prefixes: [{ word: '*', versions: 'any' }],
    bodies: [LOOSE],
    check: { method: 'none', reason: 'not verified: the kind of this credential is unknown, so no check is known to be read-only for it' },
    revoke: { via: 'manual', how: 'the kind of this credential is unknown: revoke it where it was made' },
    fix: 'find out what it is and revoke it where it was made',
    samples: {
      positive: [{ word: 'xyz', version: '03', run: 95, tail: 'AA' }, { word: 'newkind', version: '01', run: 100 }],
      negative: [
        { word: 'xyz', version: '03', run: 60 },
        { word: 'xyz', version: '03', run: 95, filler: 'placeholder' },
        { word: 'toolongword', version: '01', run: 95 },
      ],
    },
  },
] as const satisfies readonly KindRow[];

/** Rule ids, one per credential kind; named in every report. */
export type RuleId = (typeof KINDS)[number]['id'];

/** A row of the table, its id typed. */
export type Kind = KindRow & { readonly id: RuleId };

const ROWS: readonly Kind[] = KINDS;

const BY_ID = new Map<string, Kind>(ROWS.map((k) => [k.id, k]));

/** The row of a rule id; the generic row for an id this build does not know (a report from a newer build). */
export function kindOf(id: string): Kind {
  return BY_ID.get(id) ?? BY_ID.get('anthropic-unknown-key')!;
}

/** The title of a rule id; the id itself for one this build does not know (a report from a newer build). */
export function ruleTitle(id: string): string {
  return BY_ID.get(id)?.title ?? id;
}

export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}

/** The generic row, for `sk-ant-<word>NN-` whose word no other row claims. */
const GENERIC: Kind = ROWS.find((k) => k.prefixes.some((p) => p.word === '*'))!;

/** Word lengths the parser reads: the known words, and 2 to 8 letters for the generic row. */
export const MIN_WORD = 2;
export const MAX_WORD = 8;

/** The longest body run of any row. */
export const MAX_RUN = Math.max(...ROWS.flatMap((k) => k.bodies.map((b) => b.max)));
/** The shortest body run of any row. */
export const MIN_RUN = Math.min(...ROWS.flatMap((k) => k.bodies.map((b) => b.min)));
/** The longest credential there is: prefix, the longest word, two digits and '-', the longest run. */
export const MAX_KEY_LENGTH = PREFIX.length + MAX_WORD + 3 + MAX_RUN;

const EXACT = new Map<string, Kind>();
const ANY_VERSION = new Map<string, Kind>();
for (const kind of ROWS) {
  for (const p of kind.prefixes) {
    if (p.word === '*') continue;
    if (p.versions === 'any') ANY_VERSION.set(p.word, kind);
    else for (const v of p.versions) EXACT.set(`${p.word}${v}`, kind);
  }
}
const KNOWN_WORDS = new Set([...ANY_VERSION.keys(), ...[...EXACT.keys()].map((k) => k.slice(0, -2))]);

/**
 * The row for a word and two-digit version: an exact version first (`api01`), then the word's any-version
 * row (`api`), then, for a word no row claims, the generic row.
 */
export function kindFor(word: string, version: string): Kind | undefined {
  if (word.length < MIN_WORD || word.length > MAX_WORD) return undefined;
  return EXACT.get(`${word}${version}`) ?? ANY_VERSION.get(word) ?? (KNOWN_WORDS.has(word) ? undefined : GENERIC);
}

/** The variant the words around a key name, if any: its own line first, then the line before. */
export function variantIn(kind: KindRow, line: string, lineBefore = ''): string | undefined {
  if (!kind.contexts) return undefined;
  const own = line.toLowerCase();
  const before = lineBefore.toLowerCase();
  const named = (c: ContextHint, text: string): boolean => c.words.some((w) => text.includes(w));
  return (kind.contexts.find((c) => named(c, own)) ?? kind.contexts.find((c) => c.lineBefore && named(c, before)))?.variant;
}

const SAMPLE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A random-looking body of `length` key characters, the same for a seed (xorshift32: no crypto needed). */
export function sampleBody(seed: string, length: number): string {
  let x = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) x = Math.imul(x ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  let out = '';
  while (out.length < length) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += SAMPLE_ALPHABET[(x >>> 7) & 63];
  }
  return out;
}

/** A sample's text: its `before`, the key and its `after`. Built at run time; `seed` varies the body. */
export function sampleText(kind: KindRow, sample: Sample, seed = ''): { text: string; key: string } {
  const word = sample.word ?? kind.prefixes[0].word;
  const tail = sample.tail ?? '';
  const n = sample.run - tail.length;
  const body =
    sample.filler === 'placeholder'
      ? 'x'.repeat(n)
      : sample.filler === 'example'
        ? `example${sampleBody(`${kind.id}:${seed}`, n - 7)}`
        : sampleBody(`${kind.id}:${word}${sample.version}:${sample.run}:${tail}:${seed}`, n);
  const key = `${PREFIX}${word}${sample.version}-${body}${tail}`;
  // A sample that runs on into `after` stands for a string in binary content (a NUL first, as git tells binary).
  return { text: `${sample.after ? '\0' : ''}${sample.before ?? ''}${key}${sample.after ?? ''}`, key };
}
