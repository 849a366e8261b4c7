/**
 * A stateful loopback Anthropic API for tests: 127.0.0.1, a random port, node:http, nothing else.
 *
 * It behaves as the API documents (see /work/shared/REFERENCE.md):
 *   GET  /v1/models                         any live API key -> 200 + `anthropic-organization-id`, `request-id`
 *   GET  /v1/organizations/me               admin key -> {id, type: 'organization', name}
 *   GET  /v1/organizations/api_keys         admin key -> the org's API keys, paged (limit, after_id, before_id,
 *                                           status, workspace_id) with has_more / first_id / last_id
 *   GET  /v1/organizations/api_keys/{id}    admin key -> one API key of its org
 *   POST /v1/organizations/api_keys/{id}    admin key, body {name?, status?} -> changes the key's state
 *   GET  /v1/organizations/usage_report/messages  admin key -> the usage added with `addUsage`, in buckets of
 *                                           `bucket_width` (1h, 1d) from `starting_at` (snapped) to `ending_at`, at most
 *                                           `limit` buckets a page (168 / 31), `page`/`next_page`, `api_key_ids[]`,
 *                                           `group_by[]=model`; `failUsagePage(n)` answers the n-th such request 500
 * An unknown, inactive or archived key, or a key of the wrong kind for the endpoint, gets
 * 401 {"type":"error","error":{"type":"authentication_error",...}}. The key is read from `x-api-key` or
 * `Authorization: Bearer`. Query strings the SDK adds (`?beta=true`) are accepted.
 *
 * Misbehaviour is scripted per key (`behaviour`, for requests that key authenticates; `fail-write` and
 * `stays-live` for writes that target it) or for every request (`startAnthropicServer({ behaviour })`).
 * A behaviour with `times: n` misbehaves n times and then the server answers normally.
 *
 * Every request is recorded (method, path, headers, body, the credential it carried) so tests can count
 * requests per key, check that verification only used GET, and that no key appears in a URL or a body.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type KeyKind = 'api' | 'admin';
export type KeyState = 'active' | 'inactive' | 'archived' | 'expired';

export type BehaviourKind =
  /** 403 permission_error. */
  | 'forbidden'
  /** 404 not_found_error. */
  | 'not-found'
  /** 429 rate_limit_error with `retry-after` (seconds, default '0') and optionally `retry-after-ms`. */
  | 'rate-limit'
  /** 500 api_error. */
  | 'server-error'
  /** 529 overloaded_error. */
  | 'overloaded'
  /** The connection is reset before any answer (socket.destroy()). */
  | 'reset'
  /** The server never answers (the client must time out). */
  | 'hang'
  /** A body that is not the API's: HTML, with `status` (default 200). */
  | 'non-json'
  /** 401 authentication_error about the request's origin: "CORS requests are not allowed…" (not about the key). */
  | 'cors'
  /** 400 invalid_request_error: an identity-linked key used without `anthropic-workspace-id`. */
  | 'workspace-required'
  /** 429 rate_limit_error with `error.details.error_code` enforced_spend_limit_reached, no `retry-after`. */
  | 'spend-limit'
  /** 402 billing_error. */
  | 'billing'
  /** A redirect (`status`, default 302) to `location`. */
  | 'redirect'
  /** A 200 whose body is larger than 1 MiB (and keeps coming). */
  | 'huge-body'
  /** A POST to this key's /v1/organizations/api_keys/{id} fails with `status` (default 500); state unchanged. */
  | 'fail-write'
  /** A POST to this key succeeds and the listing shows the new status, but the key keeps working. */
  | 'stays-live'
  /** A POST to this key is applied, but the answer is lost (the connection is reset). */
  | 'lose-write-answer';

export interface Behaviour {
  kind: BehaviourKind;
  /** Misbehave this many times, then answer normally. Default: always. */
  times?: number;
  /** Status for 'non-json' and 'fail-write'. */
  status?: number;
  /** 'rate-limit': value of `retry-after` in seconds (default '0'). */
  retryAfter?: string;
  /** 'rate-limit': value of `retry-after-ms`. */
  retryAfterMs?: string;
  /** Extra response headers (e.g. `x-should-retry`). */
  headers?: Record<string, string>;
  /** 'redirect': where to. */
  location?: string;
  /** Replaces the error message (e.g. an API echoing the key). */
  message?: string;
}

export type BehaviourSpec = BehaviourKind | Behaviour | Array<BehaviourKind | Behaviour>;

export interface AddKeyOptions {
  key: string;
  kind: KeyKind;
  /** Organization id, e.g. 'org-a'. */
  org: string;
  /** Organization name for /v1/organizations/me (default: `Organization <org>`). */
  orgName?: string;
  /** Key id (default: generated `apikey_…`). */
  id?: string;
  name?: string;
  workspace?: string | null;
  status?: KeyState;
  behaviour?: BehaviourSpec;
  /** `expires_at` (ISO 8601). */
  expiresAt?: string;
}

export interface KeyRecord {
  id: string;
  key: string;
  kind: KeyKind;
  org: string;
  name: string;
  workspace: string | null;
  status: KeyState;
  createdAt: string;
  /** Set after a successful write when the key has the 'stays-live' behaviour. */
  staysLive: boolean;
  expiresAt: string | null;
  behaviours: Behaviour[];
}

export interface RecordedRequest {
  method: string;
  /** Path with query string, as received. */
  url: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The credential the request carried (from x-api-key or Authorization: Bearer), if any. */
  credential?: string;
  /** How many credential headers the request carried (x-api-key and/or Authorization). */
  credentialHeaders: number;
}

export interface ServerOptions {
  /** Misbehaviour for every request, whatever its key (e.g. 'hang' for a service that is down). */
  behaviour?: BehaviourSpec;
  /** The most keys one list page may hold (the API's cap is 1000; lower it to test paging). */
  maxPageSize?: number;
  /** Default page size when `limit` is absent (the API's is 20). */
  defaultPageSize?: number;
}

/** Tokens one key used in one model at one moment (the server buckets them). */
export interface UsageRecord {
  apiKeyId: string;
  model: string;
  /** ISO 8601. */
  at: string;
  uncached?: number;
  cache5m?: number;
  cache1h?: number;
  cacheRead?: number;
  output?: number;
}

export interface AnthropicServer {
  /** Base URL, e.g. http://127.0.0.1:PORT (no trailing slash). */
  url: string;
  requests: RecordedRequest[];
  keys: Map<string, KeyRecord>;
  addKey(opts: AddKeyOptions): KeyRecord;
  /** The record of a key by its full value or its id. */
  key(keyOrId: string): KeyRecord | undefined;
  /** Replace a key's behaviours. */
  setBehaviour(keyOrId: string, behaviour: BehaviourSpec | undefined): void;
  /** Replace the server-wide behaviour. */
  setServerBehaviour(behaviour: BehaviourSpec | undefined): void;
  /** Requests that carried this credential (optionally filtered by method and/or path). */
  requestsFor(key: string, filter?: { method?: string; path?: string | RegExp }): RecordedRequest[];
  /** POSTs to /v1/organizations/api_keys/{id}. */
  writes(): RecordedRequest[];
  /** Usage the usage report answers with. */
  addUsage(...records: UsageRecord[]): void;
  /** Answers the n-th (1-based) usage report request from now with a 500. */
  failUsagePage(n: number): void;
  /** Makes the API-key listing describe keys as the API may: `partial_key_hint` null, a service account principal. */
  setKeyShape(keyOrId: string, shape: { hint?: null; serviceAccount?: string; createdBy?: null }): void;
  close(): Promise<void>;
}

const API_KEYS_PATH = '/v1/organizations/api_keys';

function normalise(spec: BehaviourSpec | undefined): Behaviour[] {
  if (spec === undefined) return [];
  const list = Array.isArray(spec) ? spec : [spec];
  return list.map((b) => (typeof b === 'string' ? { kind: b } : { ...b }));
}

/** Consumes one use of the first behaviour of the given kinds that still has uses left. */
function take(behaviours: Behaviour[], kinds: readonly BehaviourKind[]): Behaviour | undefined {
  const found = behaviours.find((b) => kinds.includes(b.kind) && (b.times === undefined || b.times > 0));
  if (found && found.times !== undefined) found.times -= 1;
  return found;
}

const REQUEST_BEHAVIOURS: readonly BehaviourKind[] = [
  'cors',
  'workspace-required',
  'spend-limit',
  'billing',
  'redirect',
  'huge-body',
  'forbidden',
  'not-found',
  'rate-limit',
  'server-error',
  'overloaded',
  'reset',
  'hang',
  'non-json',
];

export function hintOf(key: string): string {
  return `${key.slice(0, 16)}...${key.slice(-4)}`;
}

export async function startAnthropicServer(opts: ServerOptions = {}): Promise<AnthropicServer> {
  const keys = new Map<string, KeyRecord>(); // by full key
  const byId = new Map<string, KeyRecord>();
  const orgNames = new Map<string, string>();
  const requests: RecordedRequest[] = [];
  let serverBehaviours = normalise(opts.behaviour);
  const maxPageSize = opts.maxPageSize ?? 1000;
  const defaultPageSize = opts.defaultPageSize ?? 20;
  let requestCounter = 0;
  let idCounter = 0;

  const send = (
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      'request-id': `req_${++requestCounter}`,
      ...headers,
    });
    res.end(text);
  };

  const sendError = (
    res: ServerResponse,
    status: number,
    type: string,
    message: string,
    headers: Record<string, string> = {},
    details?: Record<string, unknown>,
  ): void =>
    send(res, status, { type: 'error', error: { type, message, ...(details ? { details } : {}) }, request_id: `req_${requestCounter + 1}` }, headers);

  /** Answers (or drops) a request the way the behaviour says. */
  const misbehave = (req: IncomingMessage, res: ServerResponse, b: Behaviour): void => {
    const extra = b.headers ?? {};
    switch (b.kind) {
      case 'cors':
        return sendError(res, 401, 'authentication_error', b.message ?? 'CORS requests are not allowed for this Organization because of the CORS preflight request policy.', extra);
      case 'workspace-required':
        return sendError(res, 400, 'invalid_request_error', b.message ?? 'anthropic-workspace-id is required when authenticating with an identity-linked API key', extra);
      case 'spend-limit':
        return sendError(res, 429, 'rate_limit_error', b.message ?? 'Your organization has reached its spend limit.', extra, { error_code: 'enforced_spend_limit_reached' });
      case 'billing':
        return sendError(res, 402, 'billing_error', b.message ?? 'Your credit balance is too low to access the Anthropic API.', extra);
      case 'redirect':
        res.writeHead(b.status ?? 302, { location: b.location ?? 'http://127.0.0.1:9/elsewhere', 'content-length': '0', ...extra });
        res.end();
        return;
      case 'huge-body': {
        res.writeHead(200, { 'content-type': 'application/json', ...extra });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const pump = (): void => {
          while (sent < 4 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.write('{"data":[');
        pump();
        return;
      }
      case 'forbidden':
        return sendError(res, 403, 'permission_error', 'Your API key does not have permission to use the specified resource.', extra);
      case 'not-found':
        return sendError(res, 404, 'not_found_error', 'The requested resource could not be found.', extra);
      case 'rate-limit': {
        const headers: Record<string, string> = { 'retry-after': b.retryAfter ?? '0', ...extra };
        if (b.retryAfterMs !== undefined) headers['retry-after-ms'] = b.retryAfterMs;
        return sendError(res, 429, 'rate_limit_error', 'Number of requests has exceeded your rate limit.', headers);
      }
      case 'server-error':
        return sendError(res, b.status ?? 500, 'api_error', 'Internal server error', extra);
      case 'overloaded':
        return sendError(res, 529, 'overloaded_error', 'Overloaded', extra);
      case 'reset':
        req.socket.destroy();
        return;
      case 'hang':
        return; // never answer; close() tears the socket down
      case 'non-json': {
        const html = '<html><body>Please sign in to the network</body></html>';
        res.writeHead(b.status ?? 200, { 'content-type': 'text/html', ...extra });
        res.end(html);
        return;
      }
      default:
        return sendError(res, 500, 'api_error', `unhandled behaviour ${b.kind}`);
    }
  };

  const usage: UsageRecord[] = [];
  let usageRequests = 0;
  const failingUsage = new Set<number>();
  const shapes = new Map<string, { hint?: null; serviceAccount?: string; createdBy?: null }>();

  const publicKey = (k: KeyRecord): Record<string, unknown> => ({
    id: k.id,
    type: 'api_key',
    name: k.name,
    created_at: k.createdAt,
    created_by: shapes.get(k.id)?.createdBy === null ? null : { id: 'user_test', type: 'user' },
    expires_at: k.expiresAt,
    partial_key_hint: shapes.get(k.id)?.hint === null ? null : hintOf(k.key),
    principal: shapes.get(k.id)?.serviceAccount ? { type: 'service_account_actor', service_account_id: shapes.get(k.id)?.serviceAccount } : null,
    scope: k.workspace ? { type: 'workspace', workspace_id: k.workspace } : { type: 'organization' },
    status: k.status,
    workspace_id: k.workspace,
  });

  const listKeys = (res: ServerResponse, admin: KeyRecord, query: URLSearchParams): void => {
    const limitText = query.get('limit');
    const limit = limitText === null ? defaultPageSize : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      return sendError(res, 400, 'invalid_request_error', 'limit: Input should be between 1 and 1000');
    }
    const status = query.get('status');
    if (status !== null && !['active', 'inactive', 'archived', 'expired'].includes(status)) {
      return sendError(res, 400, 'invalid_request_error', `status: Input should be 'active', 'inactive', 'archived' or 'expired'`);
    }
    const workspace = query.get('workspace_id');
    let all = [...keys.values()].filter(
      (k) =>
        k.kind === 'api' &&
        k.org === admin.org &&
        (status === null || k.status === status) &&
        (workspace === null || k.workspace === workspace),
    );
    const afterId = query.get('after_id');
    const beforeId = query.get('before_id');
    if (afterId !== null && beforeId !== null) {
      return sendError(res, 400, 'invalid_request_error', 'after_id and before_id are mutually exclusive');
    }
    const pageSize = Math.min(limit, maxPageSize);
    let page: KeyRecord[];
    let hasMore: boolean;
    if (beforeId !== null) {
      const at = all.findIndex((k) => k.id === beforeId);
      all = at < 0 ? [] : all.slice(0, at);
      page = all.slice(Math.max(0, all.length - pageSize));
      hasMore = all.length > pageSize;
    } else {
      if (afterId !== null) {
        const at = all.findIndex((k) => k.id === afterId);
        all = at < 0 ? [] : all.slice(at + 1);
      }
      page = all.slice(0, pageSize);
      hasMore = all.length > pageSize;
    }
    send(res, 200, {
      data: page.map(publicKey),
      has_more: hasMore,
      first_id: page[0]?.id ?? null,
      last_id: page[page.length - 1]?.id ?? null,
    });
  };

  /** The usage report as the API pages it: buckets from `starting_at` (snapped) to `ending_at`, `limit` a page. */
  const usageReport = (res: ServerResponse, admin: KeyRecord, query: URLSearchParams): void => {
    usageRequests++;
    if (failingUsage.has(usageRequests)) return sendError(res, 500, 'api_error', 'Internal server error');
    const width = query.get('bucket_width') ?? '1d';
    const size = width === '1h' ? 3_600_000 : width === '1d' ? 86_400_000 : NaN;
    const max = width === '1h' ? 168 : 31;
    const startText = query.get('starting_at');
    const start = startText === null ? NaN : Date.parse(startText);
    if (!Number.isFinite(size)) return sendError(res, 400, 'invalid_request_error', 'bucket_width: unsupported');
    if (!Number.isFinite(start)) return sendError(res, 400, 'invalid_request_error', 'starting_at: Field required');
    const limit = Number(query.get('limit') ?? (width === '1h' ? 24 : 7));
    if (!Number.isInteger(limit) || limit < 1 || limit > max) return sendError(res, 400, 'invalid_request_error', `limit: at most ${max}`);
    const endText = query.get('ending_at');
    const end = endText === null ? Date.now() : Date.parse(endText);
    const page = query.get('page');
    const first = page === null ? Math.floor(start / size) * size : Number(Buffer.from(page, 'base64url').toString('utf8'));
    const ids = query.getAll('api_key_ids[]');
    const byModel = query.getAll('group_by[]').includes('model');
    const keyIds = new Set([...keys.values()].filter((k) => k.org === admin.org).map((k) => k.id));
    const data = [];
    let at = first;
    for (; at < end && data.length < limit; at += size) {
      const rows = usage.filter((u) => keyIds.has(u.apiKeyId) && (ids.length === 0 || ids.includes(u.apiKeyId)) && Date.parse(u.at) >= at && Date.parse(u.at) < at + size);
      const groups = new Map<string | null, Record<string, unknown>>();
      for (const u of rows) {
        const model = byModel ? u.model : null;
        const g = groups.get(model) ?? {
          uncached_input_tokens: 0, cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 }, cache_read_input_tokens: 0,
          output_tokens: 0, server_tool_use: { web_search_requests: 0 }, model, api_key_id: null, workspace_id: null, service_tier: null, context_window: null,
        };
        const cache = g.cache_creation as Record<string, number>;
        g.uncached_input_tokens = (g.uncached_input_tokens as number) + (u.uncached ?? 0);
        cache.ephemeral_5m_input_tokens += u.cache5m ?? 0;
        cache.ephemeral_1h_input_tokens += u.cache1h ?? 0;
        g.cache_read_input_tokens = (g.cache_read_input_tokens as number) + (u.cacheRead ?? 0);
        g.output_tokens = (g.output_tokens as number) + (u.output ?? 0);
        groups.set(model, g);
      }
      data.push({ starting_at: new Date(at).toISOString(), ending_at: new Date(at + size).toISOString(), results: [...groups.values()] });
    }
    const hasMore = at < end;
    send(res, 200, { data, has_more: hasMore, next_page: hasMore ? Buffer.from(String(at)).toString('base64url') : null });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    const apiKeyHeader = req.headers['x-api-key'];
    const authHeader = req.headers['authorization'];
    const bearer = typeof authHeader === 'string' ? /^Bearer\s+(.+)$/i.exec(authHeader)?.[1] : undefined;
    const credential = (typeof apiKeyHeader === 'string' ? apiKeyHeader : undefined) ?? bearer;
    // Recorded as soon as it arrives (the body is filled in once read), so a client that gives up early
    // is still counted.
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      path: parsed.pathname,
      query: parsed.searchParams,
      headers: { ...req.headers },
      body: '',
      credential,
      credentialHeaders: (apiKeyHeader !== undefined ? 1 : 0) + (authHeader !== undefined ? 1 : 0),
    };
    requests.push(recorded);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    recorded.body = body;

    const global = take(serverBehaviours, REQUEST_BEHAVIOURS);
    if (global) return misbehave(req, res, global);

    const record = credential === undefined ? undefined : keys.get(credential);
    if (record) {
      const own = take(record.behaviours, REQUEST_BEHAVIOURS);
      if (own) return misbehave(req, res, own);
    }

    const path = parsed.pathname.replace(/\/+$/, '');
    const isAdminPath = path.startsWith('/v1/organizations/');
    const usable =
      record !== undefined &&
      (record.status === 'active' || (record.staysLive && record.kind === 'api')) &&
      record.kind === (isAdminPath ? 'admin' : 'api');
    if (!usable) {
      return sendError(res, 401, 'authentication_error', 'invalid x-api-key');
    }
    const orgHeader: Record<string, string> = { 'anthropic-organization-id': record.org };
    if (record.workspace) orgHeader['anthropic-workspace-id'] = record.workspace;

    if (req.method === 'GET' && path === '/v1/models') {
      return send(
        res,
        200,
        {
          data: [{ type: 'model', id: 'claude-test-1', display_name: 'Claude Test', created_at: '2026-01-01T00:00:00Z' }],
          has_more: false,
          first_id: 'claude-test-1',
          last_id: 'claude-test-1',
        },
        orgHeader,
      );
    }
    if (req.method === 'GET' && path === '/v1/organizations/me') {
      return send(
        res,
        200,
        { id: record.org, type: 'organization', name: orgNames.get(record.org) ?? `Organization ${record.org}` },
        orgHeader,
      );
    }
    if (req.method === 'GET' && path === API_KEYS_PATH) return listKeys(res, record, parsed.searchParams);
    if (req.method === 'GET' && path === '/v1/organizations/usage_report/messages') return usageReport(res, record, parsed.searchParams);

    const keyMatch = /^\/v1\/organizations\/api_keys\/([^/]+)$/.exec(path);
    if (keyMatch) {
      const target = byId.get(decodeURIComponent(keyMatch[1]));
      if (!target || target.org !== record.org || target.kind !== 'api') {
        return sendError(res, 404, 'not_found_error', 'API key not found');
      }
      if (req.method === 'GET') return send(res, 200, publicKey(target));
      if (req.method === 'POST') {
        let update: { name?: unknown; status?: unknown };
        try {
          update = JSON.parse(body || '{}') as typeof update;
        } catch {
          return sendError(res, 400, 'invalid_request_error', 'body is not valid JSON');
        }
        if (update.status !== undefined && !['active', 'inactive', 'archived'].includes(String(update.status))) {
          return sendError(res, 400, 'invalid_request_error', `status: Input should be 'active', 'inactive' or 'archived'`);
        }
        if (update.name !== undefined && typeof update.name !== 'string') {
          return sendError(res, 400, 'invalid_request_error', 'name: Input should be a string');
        }
        const failure = take(target.behaviours, ['fail-write']);
        if (failure) {
          return sendError(res, failure.status ?? 500, 'api_error', 'Internal server error', failure.headers);
        }
        if (update.status !== undefined) target.status = update.status as KeyState;
        if (typeof update.name === 'string') target.name = update.name;
        if (take(target.behaviours, ['stays-live'])) target.staysLive = true;
        if (take(target.behaviours, ['lose-write-answer'])) {
          req.socket.destroy();
          return;
        }
        return send(res, 200, publicKey(target));
      }
    }
    return sendError(res, 404, 'not_found_error', `No route for ${req.method ?? ''} ${path}`);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'api_error', 'test server failure');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const find = (keyOrId: string): KeyRecord | undefined => keys.get(keyOrId) ?? byId.get(keyOrId);

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    keys,
    addKey(o: AddKeyOptions): KeyRecord {
      const id = o.id ?? `apikey_${String(++idCounter).padStart(6, '0')}${o.kind === 'admin' ? '_admin' : ''}`;
      const record: KeyRecord = {
        id,
        key: o.key,
        kind: o.kind,
        org: o.org,
        name: o.name ?? `key ${id}`,
        workspace: o.workspace ?? null,
        status: o.status ?? 'active',
        createdAt: new Date(Date.UTC(2026, 0, 1) + idCounter * 1000).toISOString(),
        staysLive: false,
        expiresAt: o.expiresAt ?? null,
        behaviours: normalise(o.behaviour),
      };
      if (o.orgName !== undefined || !orgNames.has(o.org)) orgNames.set(o.org, o.orgName ?? `Organization ${o.org}`);
      keys.set(o.key, record);
      byId.set(id, record);
      return record;
    },
    key: find,
    setBehaviour(keyOrId, behaviour) {
      const record = find(keyOrId);
      if (!record) throw new Error(`no such key: ${keyOrId.slice(0, 16)}`);
      record.behaviours = normalise(behaviour);
    },
    setServerBehaviour(behaviour) {
      serverBehaviours = normalise(behaviour);
    },
    requestsFor(key, filter = {}) {
      return requests.filter(
        (r) =>
          r.credential === key &&
          (filter.method === undefined || r.method === filter.method) &&
          (filter.path === undefined ||
            (typeof filter.path === 'string' ? r.path === filter.path : filter.path.test(r.path))),
      );
    },
    writes() {
      return requests.filter((r) => r.method === 'POST' && r.path.startsWith(`${API_KEYS_PATH}/`));
    },
    addUsage(...records) {
      usage.push(...records);
    },
    failUsagePage(n) {
      failingUsage.add(usageRequests + n);
    },
    setKeyShape(keyOrId, shape) {
      const record = find(keyOrId);
      if (!record) throw new Error(`no such key: ${keyOrId.slice(0, 16)}`);
      shapes.set(record.id, shape);
    },
    close() {
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
