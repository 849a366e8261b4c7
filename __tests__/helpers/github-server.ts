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
  /** Register a handler for METHOD on a path template (`{name}` segments become params). */
  on(method: string, template: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

export interface GitHubServerOptions {
  /** When set, every request must carry `Authorization: token|Bearer <token>`; others get 401. */
  token?: string;
  /** Check each request against the OpenAPI description (default true). */
  validate?: boolean;
}

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

let operations: { method: string; template: string; pattern: RegExp }[] | undefined;

/** GitHub's REST operations, from @octokit/openapi (parsed once per test file; the file is large). */
function openApiOperations(): { method: string; template: string; pattern: RegExp }[] {
  if (operations) return operations;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  operations = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    const { pattern } = compileTemplate(template);
    for (const method of Object.keys(item)) {
      if (['get', 'put', 'post', 'delete', 'patch', 'head'].includes(method)) {
        operations.push({ method: method.toUpperCase(), template, pattern });
      }
    }
  }
  // Literal segments first, so `/repos/{owner}/{repo}/check-runs` does not lose to a wider template.
  operations.sort((a, b) => b.template.replace(/\{[^}]+\}/g, '').length - a.template.replace(/\{[^}]+\}/g, '').length);
  return operations;
}

function findOperation(method: string, path: string): string | undefined {
  const wanted = method === 'HEAD' ? ['HEAD', 'GET'] : [method];
  return openApiOperations().find((op) => wanted.includes(op.method) && op.pattern.test(path))?.template;
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
  const server = createServer();
  const api: GitHubServer = {
    url: '',
    requests: [],
    unknownOperations: [],
    on(method, template, handler) {
      routes.unshift({ method: method.toUpperCase(), ...compileTemplate(template), handler });
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
        const recorded: RecordedRequest = { method, path, query: url.searchParams, headers: req.headers, body };
        if (validate) {
          recorded.operation = findOperation(method, path);
          if (!recorded.operation) api.unknownOperations.push(`${method} ${path}`);
        }
        api.requests.push(recorded);

        if (options.token !== undefined) {
          const auth = req.headers.authorization ?? '';
          if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
            send(res, errorBody('Bad credentials', 401));
            return;
          }
        }
        for (const route of routes) {
          if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) continue;
          const m = route.pattern.exec(path);
          if (!m) continue;
          const params: Record<string, string> = {};
          route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
          try {
            send(res, await route.handler(recorded, params, api));
          } catch (error) {
            send(res, errorBody(error instanceof Error ? error.message : String(error), 500));
          }
          return;
        }
        send(res, errorBody('Not Found', 404));
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
