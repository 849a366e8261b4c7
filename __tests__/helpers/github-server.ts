/**
 * A loopback GitHub REST API for tests: a real node:http server on 127.0.0.1 that answers the routes a test
 * registers, records every request, paginates listings with Link headers as GitHub sends them, and checks
 * that every request names an operation that exists in GitHub's own OpenAPI description
 * (@octokit/openapi's api.github.com.json), so a typo'd path fails the test instead of passing against a fake.
 *
 *   const gh = await startGitHubServer({ token: 'ghs_test' });
 *   serveRepositoryListing(gh, 'acme', repos);            // GET /orgs/acme/repos, paginated
 *   gh.on('POST', '/repos/{owner}/{repo}/check-runs', (req) => ({ status: 201, body: { id: 1 } }));
 *   // ... point the code at gh.url (GITHUB_API_URL) ...
 *   expect(gh.unknownOperations).toEqual([]);
 *   await gh.close();
 *
 * Unregistered routes answer 404 with GitHub's error body. Routes registered later win over earlier ones.
 *
 * A JSON body is also checked against the operation's request schema (required fields, types, enums): a body
 * GitHub would refuse gets GitHub's 422 here too, and is listed in `schemaViolations`.
 * `readOnly: true` answers every write with 403 "Resource not accessible by integration" (a fork PR's token);
 * `failNext()` scripts failures (5xx, rate limits). `servePullRequestApi()` adds a stateful pull request:
 * reviews and their inline comments, issue comments, check runs (50 annotations per request).
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** The path without the query string, e.g. `/orgs/acme/repos`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (or the raw text when it is not JSON; undefined when empty). */
  body: unknown;
  /** The OpenAPI path template the request matched, e.g. `/orgs/{org}/repos`; undefined when none did. */
  operation?: string;
  /** The body exactly as sent (for "no full key was sent" assertions). */
  rawBody: string;
  /** The status the server answered. */
  status?: number;
}

export interface RouteResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type RouteHandler = (
  request: RecordedRequest,
  params: Record<string, string>,
  server: GitHubServer,
) => RouteResponse | Promise<RouteResponse>;

export interface GitHubServer {
  /** Base URL for GITHUB_API_URL / Octokit's baseUrl, e.g. `http://127.0.0.1:40123`. */
  url: string;
  requests: RecordedRequest[];
  /** `METHOD /path` of each request that matches no operation of GitHub's REST API. */
  unknownOperations: string[];
  /** `METHOD /path: reason` of each request whose JSON body breaks the operation's schema (answered 422). */
  schemaViolations: string[];
  /** Answer every write (POST, PATCH, PUT, DELETE) with 403 "Resource not accessible by integration". */
  readOnly: boolean;
  /** Register a handler for METHOD on a path template (`{name}` segments become params). */
  on(method: string, template: string, handler: RouteHandler): void;
  /** Answer the next `times` requests matching METHOD and template with `response` (before any route). */
  failNext(method: string, template: string, response: RouteResponse, times?: number): void;
  close(): Promise<void>;
}

export interface GitHubServerOptions {
  /** When set, every request must carry `Authorization: token|Bearer <token>`; others get 401. */
  token?: string;
  /** Check each request against the OpenAPI description (default true). */
  validate?: boolean;
  /** Every write answers 403 "Resource not accessible by integration", as with a fork PR's token. */
  readOnly?: boolean;
}

/** GitHub's answer to a write with a read-only GITHUB_TOKEN (fork pull requests, `permissions: read`). */
export const READ_ONLY_MESSAGE = 'Resource not accessible by integration';

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: RouteHandler;
}

function compileTemplate(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split('/')
    .map((segment) =>
      segment.replace(/\{([^}]+)\}|[^{}]+/g, (part, name: string | undefined) => {
        if (name) {
          names.push(name);
          return '([^/]+)';
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }),
    )
    .join('/');
  return { pattern: new RegExp(`^${source}$`), names };
}

type Schema = { [key: string]: unknown };
interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  spec: Schema;
}

let operations: Operation[] | undefined;
let components: Record<string, Record<string, Schema>> = {};

/** GitHub's REST operations, from @octokit/openapi (parsed once per test file; the file is large). */
function openApiOperations(): Operation[] {
  if (operations) return operations;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as {
    paths: Record<string, Record<string, Schema>>;
    components: Record<string, Record<string, Schema>>;
  };
  components = spec.components;
  operations = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    const { pattern } = compileTemplate(template);
    for (const [method, op] of Object.entries(item)) {
      if (['get', 'put', 'post', 'delete', 'patch', 'head'].includes(method)) {
        operations.push({ method: method.toUpperCase(), template, pattern, spec: op });
      }
    }
  }
  // Literal segments first, so `/repos/{owner}/{repo}/check-runs` does not lose to a wider template.
  operations.sort((a, b) => b.template.replace(/\{[^}]+\}/g, '').length - a.template.replace(/\{[^}]+\}/g, '').length);
  return operations;
}

function findOperation(method: string, path: string): Operation | undefined {
  const wanted = method === 'HEAD' ? ['HEAD', 'GET'] : [method];
  return openApiOperations().find((op) => wanted.includes(op.method) && op.pattern.test(path));
}

function resolveRef(schema: Schema): Schema {
  let current = schema;
  for (let guard = 0; typeof current.$ref === 'string' && guard < 20; guard++) {
    const [, , section, name] = current.$ref.split('/'); // #/components/<section>/<name>
    current = components[section!]![name!]!;
  }
  return current;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** A small JSON-schema check: $ref, allOf/anyOf/oneOf, type (+nullable), enum, required, properties, items. */
export function schemaErrors(value: unknown, raw: Schema, at = 'body'): string[] {
  const schema = resolveRef(raw);
  if (Array.isArray(schema.allOf)) return (schema.allOf as Schema[]).flatMap((sub) => schemaErrors(value, sub, at));
  const alternatives = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (Array.isArray(alternatives)) {
    const results = alternatives.map((sub) => schemaErrors(value, sub, at));
    if (results.some((r) => r.length === 0)) return [];
    return [`${at}: matches none of the allowed shapes (${results.map((r) => r[0]).join(' | ')})`];
  }
  const actual = jsonType(value);
  if (value === null && schema.nullable === true) return [];
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === 'string' ? [schema.type] : [];
  if (types.length > 0 && !types.some((t) => t === actual || (t === 'number' && actual === 'integer'))) {
    return [`${at}: expected ${types.join('|')}, got ${actual}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    return [`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`];
  }
  const errors: string[] = [];
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    for (const name of (schema.required as string[] | undefined) ?? []) {
      if (!(name in object)) errors.push(`${at}.${name}: required`);
    }
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const [name, sub] of Object.entries(properties)) {
      if (name in object) errors.push(...schemaErrors(object[name], sub, `${at}.${name}`));
    }
  }
  if (actual === 'array' && schema.items) {
    (value as unknown[]).forEach((item, i) => errors.push(...schemaErrors(item, schema.items as Schema, `${at}[${i}]`)));
  }
  return errors;
}

/** What GitHub would refuse in a request to `op`: missing required query parameters, a body off its schema. */
function requestErrors(op: Operation, query: URLSearchParams, body: unknown, text: string): string[] {
  const errors: string[] = [];
  for (const raw of (op.spec.parameters as Schema[] | undefined) ?? []) {
    const parameter = resolveRef(raw);
    if (parameter.in === 'query' && parameter.required === true && !query.has(String(parameter.name))) {
      errors.push(`query.${String(parameter.name)}: required`);
    }
  }
  const requestBody = op.spec.requestBody ? resolveRef(op.spec.requestBody as Schema) : undefined;
  const schema = (requestBody?.content as Record<string, Schema> | undefined)?.['application/json']?.schema as Schema | undefined;
  if (!schema) return errors;
  if (!text) return requestBody?.required === true ? [...errors, 'body: required'] : errors;
  if (typeof body === 'string') return [...errors, 'body: not JSON'];
  return [...errors, ...schemaErrors(body, schema)];
}

function send(res: ServerResponse, response: RouteResponse): void {
  const status = response.status ?? 200;
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', ...response.headers };
  res.writeHead(status, headers);
  res.end(response.body === undefined ? '' : JSON.stringify(response.body));
}

/** GitHub's error body. */
export function errorBody(message: string, status: number): RouteResponse {
  return { status, body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) } };
}

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const routes: Route[] = [];
  const validate = options.validate ?? true;
  const failures: { method: string; pattern: RegExp; response: RouteResponse; times: number }[] = [];
  const server = createServer();
  const api: GitHubServer = {
    url: '',
    requests: [],
    unknownOperations: [],
    schemaViolations: [],
    readOnly: options.readOnly ?? false,
    on(method, template, handler) {
      routes.unshift({ method: method.toUpperCase(), ...compileTemplate(template), handler });
    },
    failNext(method, template, response, times = 1) {
      failures.push({ method: method.toUpperCase(), pattern: compileTemplate(template).pattern, response, times });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  server.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        // Octokit sends GitHub Enterprise-style prefixes when baseUrl carries one; tests use the bare host.
        const path = url.pathname.replace(/\/+$/, '') || '/';
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        if (text) {
          try {
            body = JSON.parse(text);
          } catch {
            body = text;
          }
        }
        const method = (req.method ?? 'GET').toUpperCase();
        const recorded: RecordedRequest = { method, path, query: url.searchParams, headers: req.headers, body, rawBody: text };
        const reply = (response: RouteResponse): void => {
          recorded.status = response.status ?? 200;
          send(res, response);
        };
        let invalid: string[] = [];
        if (validate && method === 'POST' && path === '/graphql') {
          // GitHub's GraphQL endpoint is not in the REST description: a query string is all it needs.
          recorded.operation = '/graphql';
          if (typeof (body as { query?: unknown } | undefined)?.query !== 'string') invalid = ['body.query: required'];
        } else if (validate) {
          const op = findOperation(method, path);
          recorded.operation = op?.template;
          if (!op) api.unknownOperations.push(`${method} ${path}`);
          else invalid = requestErrors(op, url.searchParams, body, text);
        }
        api.requests.push(recorded);
        if (invalid.length > 0) {
          api.schemaViolations.push(...invalid.map((e) => `${method} ${path}: ${e}`));
          reply({ status: 422, body: { message: 'Invalid request.', errors: invalid, status: '422' } });
          return;
        }

        if (options.token !== undefined) {
          const auth = req.headers.authorization ?? '';
          if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
            reply(errorBody('Bad credentials', 401));
            return;
          }
        }
        const failure = failures.find((f) => f.times > 0 && f.method === method && f.pattern.test(path));
        if (failure) {
          failure.times--;
          reply(failure.response);
          return;
        }
        if (api.readOnly && !['GET', 'HEAD'].includes(method)) {
          reply(errorBody(READ_ONLY_MESSAGE, 403));
          return;
        }
        for (const route of routes) {
          if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) continue;
          const m = route.pattern.exec(path);
          if (!m) continue;
          const params: Record<string, string> = {};
          route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
          try {
            reply(await route.handler(recorded, params, api));
          } catch (error) {
            reply(errorBody(error instanceof Error ? error.message : String(error), 500));
          }
          return;
        }
        reply(errorBody('Not Found', 404));
      })();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return api;
}

/**
 * One page of `items` as GitHub serves a listing: `per_page` (default 30, at most 100) and `page` (1-based)
 * from the query, and a Link header with prev/next/last/first, each URL keeping the request's other parameters.
 */
export function paginate<T>(server: GitHubServer, request: RecordedRequest, items: T[], defaultPerPage = 30): RouteResponse {
  const perPage = Math.min(100, Math.max(1, Number(request.query.get('per_page')) || defaultPerPage));
  const page = Math.max(1, Number(request.query.get('page')) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string): string => {
    const query = new URLSearchParams(request.query);
    query.set('page', String(n));
    return `<${server.url}${request.path}?${query.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  const headers: Record<string, string> = {};
  if (links.length > 0) headers.link = links.join(', ');
  return { headers, body: items.slice((page - 1) * perPage, page * perPage) };
}

export interface FakeRepositoryOptions {
  archived?: boolean;
  fork?: boolean;
  private?: boolean;
  visibility?: 'public' | 'private' | 'internal';
  topics?: string[];
  disabled?: boolean;
  size?: number;
  defaultBranch?: string;
}

let nextId = 1000;

/** A repository object with the fields GitHub's listings carry that tools read. */
export function fakeRepository(owner: string, name: string, options: FakeRepositoryOptions = {}): Record<string, unknown> {
  const visibility = options.visibility ?? (options.private ? 'private' : 'public');
  const id = nextId++;
  return {
    id,
    node_id: `R_${id}`,
    name,
    full_name: `${owner}/${name}`,
    owner: { login: owner, id: 1, type: 'Organization' },
    private: visibility !== 'public',
    visibility,
    fork: options.fork ?? false,
    archived: options.archived ?? false,
    disabled: options.disabled ?? false,
    topics: options.topics ?? [],
    size: options.size ?? 100,
    default_branch: options.defaultBranch ?? 'main',
    html_url: `https://github.com/${owner}/${name}`,
    clone_url: `https://github.com/${owner}/${name}.git`,
  };
}

/**
 * Serve `repositories` as the listing of `owner`: `GET /orgs/{owner}/repos` for an organization, or
 * `GET /users/{owner}/repos` (with `/orgs/{owner}/repos` answering 404, as GitHub does) for a user.
 * `type` is honoured as GitHub does for forks (`type=forks|sources`); other types list everything.
 */
export function serveRepositoryListing(
  server: GitHubServer,
  owner: string,
  repositories: Record<string, unknown>[],
  kind: 'org' | 'user' = 'org',
): void {
  const handler: RouteHandler = (request, params) => {
    if (params.org !== owner && params.username !== owner) return errorBody('Not Found', 404);
    const type = request.query.get('type');
    const items =
      type === 'forks' ? repositories.filter((r) => r.fork) : type === 'sources' ? repositories.filter((r) => !r.fork) : repositories;
    return paginate(server, request, items);
  };
  if (kind === 'org') server.on('GET', '/orgs/{org}/repos', handler);
  else server.on('GET', '/users/{username}/repos', handler);
}

/**
 * Who the token is, as GitHub tells it: for a user's token `GET /user` names `login`; for an installation token
 * (GITHUB_TOKEN, an app's) `GET /user` answers 403 "Resource not accessible by integration" and only GraphQL's
 * `viewer` names the bot. `'hidden'`: neither answers (GraphQL refused too).
 */
export function serveTokenIdentity(server: GitHubServer, login: string, kind: 'user' | 'installation' | 'hidden'): void {
  server.on('GET', '/user', () =>
    kind === 'user' ? { body: { login, id: 7, type: 'User' } } : errorBody(READ_ONLY_MESSAGE, 403),
  );
  server.on('POST', '/graphql', (request) => {
    if (kind === 'hidden') return errorBody(READ_ONLY_MESSAGE, 403);
    if (!/\bviewer\b/.test(String((request.body as { query?: string }).query))) return { body: { errors: [{ message: 'not served here' }] } };
    return { body: { data: { viewer: { login } } } };
  });
}

export interface FakeReviewComment {
  id: number;
  pull_number: number;
  path: string;
  line?: number;
  side?: string;
  body: string;
  commit_id?: string;
  pull_request_review_id: number;
  user: { login: string; type: string };
}

export interface FakeIssueComment {
  id: number;
  issue_number: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  output: { title?: string; summary?: string; text?: string };
  annotations: Record<string, unknown>[];
}

/** What a pull request holds after the code under test wrote to it (see `servePullRequestApi`). */
export interface FakePullRequestState {
  reviews: { id: number; pull_number: number; body?: string; event?: string; commit_id?: string }[];
  reviewComments: FakeReviewComment[];
  issueComments: FakeIssueComment[];
  checkRuns: FakeCheckRun[];
  /**
   * When set: per pull request number, path -> the RIGHT-side lines of its diff. A review with a comment on
   * any other line fails whole with 422 "Line could not be resolved", as GitHub does.
   */
  diffLines: Map<number, Map<string, Set<number>>>;
}

/**
 * A stateful repository `owner/repo` with pull requests, as the Action writes to them: `GET /repos/{o}/{r}`,
 * reviews with inline comments (`POST …/pulls/{n}/reviews`, `GET …/pulls/{n}/comments`), issue comments
 * (list, create, update), check runs (create, update; at most 50 annotations per request, appended).
 * Listings paginate. Pass a `state` from an earlier server to model a re-run of the same workflow.
 */
export function servePullRequestApi(
  server: GitHubServer,
  repository: { owner: string; repo: string; defaultBranch?: string; login?: string },
  state: FakePullRequestState = { reviews: [], reviewComments: [], issueComments: [], checkRuns: [], diffLines: new Map() },
): FakePullRequestState {
  const user = { login: repository.login ?? 'github-actions[bot]', type: 'Bot' };
  const ours = (handler: RouteHandler): RouteHandler => (request, params, srv) =>
    params.owner === repository.owner && params.repo === repository.repo ? handler(request, params, srv) : errorBody('Not Found', 404);
  const newId = (): number => nextId++;

  serveTokenIdentity(server, user.login, 'installation');

  server.on('GET', '/repos/{owner}/{repo}', ours(() => ({
    body: fakeRepository(repository.owner, repository.repo, { defaultBranch: repository.defaultBranch }),
  })));

  server.on('POST', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', ours((request, params) => {
    const pull = Number(params.pull_number);
    const body = request.body as {
      body?: string; event?: string; commit_id?: string;
      comments?: { path: string; line?: number; side?: string; body: string }[];
    };
    const allowed = state.diffLines.get(pull);
    for (const c of body.comments ?? []) {
      if (allowed && (c.line === undefined || !allowed.get(c.path)?.has(c.line))) {
        return { status: 422, body: { message: 'Unprocessable Entity', errors: ['Line could not be resolved'], status: '422' } };
      }
    }
    const review = { id: newId(), pull_number: pull, body: body.body, event: body.event, commit_id: body.commit_id };
    state.reviews.push(review);
    for (const c of body.comments ?? []) {
      state.reviewComments.push({
        id: newId(), pull_number: pull, path: c.path, line: c.line, side: c.side ?? 'RIGHT', body: c.body,
        commit_id: body.commit_id, pull_request_review_id: review.id, user,
      });
    }
    return { body: { ...review, user, state: body.event === 'COMMENT' ? 'COMMENTED' : 'PENDING' } };
  }));
  server.on('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/comments', ours((request, params) =>
    paginate(server, request, state.reviewComments.filter((c) => c.pull_number === Number(params.pull_number))),
  ));

  server.on('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', ours((request, params) =>
    paginate(server, request, state.issueComments.filter((c) => c.issue_number === Number(params.issue_number))),
  ));
  server.on('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', ours((request, params) => {
    const now = new Date().toISOString();
    const comment: FakeIssueComment = {
      id: newId(), issue_number: Number(params.issue_number), body: (request.body as { body: string }).body,
      user, created_at: now, updated_at: now,
    };
    state.issueComments.push(comment);
    return { status: 201, body: comment };
  }));
  server.on('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', ours((request, params) => {
    const comment = state.issueComments.find((c) => c.id === Number(params.comment_id));
    if (!comment) return errorBody('Not Found', 404);
    comment.body = (request.body as { body: string }).body;
    comment.updated_at = new Date().toISOString();
    return { body: comment };
  }));

  const applyOutput = (run: FakeCheckRun, output: unknown): RouteResponse | undefined => {
    if (!output || typeof output !== 'object') return undefined;
    const { annotations, ...rest } = output as { annotations?: Record<string, unknown>[] };
    if (annotations && annotations.length > 50) return errorBody('Only 50 annotations are allowed per request', 422);
    run.output = { ...run.output, ...rest };
    run.annotations.push(...(annotations ?? []));
    return undefined;
  };
  server.on('POST', '/repos/{owner}/{repo}/check-runs', ours((request) => {
    const body = request.body as { name: string; head_sha: string; status?: string; conclusion?: string; output?: unknown };
    const run: FakeCheckRun = {
      id: newId(), name: body.name, head_sha: body.head_sha,
      status: body.conclusion ? 'completed' : (body.status ?? 'queued'), conclusion: body.conclusion, output: {}, annotations: [],
    };
    const refused = applyOutput(run, body.output);
    if (refused) return refused;
    state.checkRuns.push(run);
    return { status: 201, body: { ...run, html_url: `https://github.com/${repository.owner}/${repository.repo}/runs/${run.id}` } };
  }));
  server.on('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', ours((request, params) => {
    const run = state.checkRuns.find((r) => r.id === Number(params.check_run_id));
    if (!run) return errorBody('Not Found', 404);
    const body = request.body as { status?: string; conclusion?: string; output?: unknown };
    const refused = applyOutput(run, body.output);
    if (refused) return refused;
    if (body.status) run.status = body.status;
    if (body.conclusion) {
      run.conclusion = body.conclusion;
      run.status = 'completed';
    }
    return { body: { ...run, html_url: `https://github.com/${repository.owner}/${repository.repo}/runs/${run.id}` } };
  }));
  return state;
}

export interface FakeIssue {
  id: number;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string | null;
  labels: { name: string }[];
  user: { login: string; type: string };
  html_url: string;
  updated_at: string;
  pull_request?: unknown;
}

/** GitHub's limit on an issue's or a comment's body, in characters. */
export const BODY_LIMIT = 65_536;

/** GitHub's 422 for a body over the limit, or undefined when it fits. */
function tooLong(body: unknown): RouteResponse | undefined {
  const text = (body as { body?: unknown } | undefined)?.body;
  if (typeof text !== 'string' || Array.from(text).length <= BODY_LIMIT) return undefined;
  return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'custom', field: 'body', message: `body is too long (maximum is ${BODY_LIMIT} characters)` }], status: '422' } };
}

/** What a repository's issues hold after the code under test wrote to them (see `serveIssuesApi`). */
export interface FakeIssuesState {
  issues: FakeIssue[];
  labels: string[];
  comments: FakeIssueComment[];
}

/**
 * A stateful repository's issues, as GitHub serves them: list (`labels`, `state`, `sort=updated`, paginated;
 * pull requests included, as GitHub does), create (author: `login`), update (title, body, state), comments,
 * labels (get, create). `login` is who the token writes as; issues planted by others are in `state.issues`.
 * A body over 65,536 characters is refused with 422, as GitHub refuses it.
 */
export function serveIssuesApi(
  server: GitHubServer,
  repository: { owner: string; repo: string; login?: string },
  state: FakeIssuesState = { issues: [], labels: [], comments: [] },
): FakeIssuesState {
  const user = { login: repository.login ?? 'github-actions[bot]', type: 'Bot' };
  const ours = (handler: RouteHandler): RouteHandler => (request, params, srv) =>
    params.owner === repository.owner && params.repo === repository.repo ? handler(request, params, srv) : errorBody('Not Found', 404);
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const now = (): string => new Date((clock += 1000)).toISOString();
  serveTokenIdentity(server, user.login, 'installation');

  server.on('GET', '/repos/{owner}/{repo}/issues', ours((request) => {
    const wanted = (request.query.get('labels') ?? '').split(',').filter(Boolean);
    const which = request.query.get('state') ?? 'open';
    const items = state.issues
      .filter((i) => which === 'all' || i.state === which)
      .filter((i) => wanted.every((w) => i.labels.some((l) => l.name === w)))
      .sort((a, b) => b.updated_at.localeCompare(a.updated_at));
    return paginate(server, request, items);
  }));
  server.on('POST', '/repos/{owner}/{repo}/issues', ours((request) => {
    const refused = tooLong(request.body);
    if (refused) return refused;
    const body = request.body as { title: string; body?: string; labels?: string[] };
    const number = state.issues.length + 1;
    const issue: FakeIssue = {
      id: nextId++, number, title: body.title, body: body.body ?? '', state: 'open',
      // GitHub creates a label named on a new issue when it does not exist yet.
      labels: (body.labels ?? []).map((name) => {
        if (!state.labels.includes(name)) state.labels.push(name);
        return { name };
      }),
      user, html_url: `https://github.com/${repository.owner}/${repository.repo}/issues/${number}`, updated_at: now(),
    };
    state.issues.push(issue);
    return { status: 201, body: issue };
  }));
  server.on('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', ours((request, params) => {
    const issue = state.issues.find((i) => i.number === Number(params.issue_number));
    if (!issue) return errorBody('Not Found', 404);
    const refused = tooLong(request.body);
    if (refused) return refused;
    const body = request.body as Partial<Pick<FakeIssue, 'title' | 'body' | 'state' | 'state_reason'>>;
    Object.assign(issue, body, { updated_at: now() });
    return { body: issue };
  }));
  server.on('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', ours((request, params) => {
    const issue = state.issues.find((i) => i.number === Number(params.issue_number));
    if (!issue) return errorBody('Not Found', 404);
    const refused = tooLong(request.body);
    if (refused) return refused;
    const stamp = now();
    const comment: FakeIssueComment = { id: nextId++, issue_number: issue.number, body: (request.body as { body: string }).body, user, created_at: stamp, updated_at: stamp };
    state.comments.push(comment);
    issue.updated_at = stamp;
    return { status: 201, body: comment };
  }));
  server.on('GET', '/repos/{owner}/{repo}/labels/{name}', ours((_, params) =>
    state.labels.includes(params.name!) ? { body: { id: 1, name: params.name, color: 'b60205' } } : errorBody('Not Found', 404),
  ));
  server.on('POST', '/repos/{owner}/{repo}/labels', ours((request) => {
    const name = (request.body as { name: string }).name;
    if (state.labels.includes(name)) return errorBody('Validation Failed', 422);
    state.labels.push(name);
    return { status: 201, body: { id: 2, name, color: 'b60205' } };
  }));
  return state;
}
