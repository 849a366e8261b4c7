/**
 * A loopback artifact service for tests, speaking the protocol @actions/artifact (v2 and later) speaks to the
 * runner's results service: Twirp JSON calls at `ACTIONS_RESULTS_URL` (`/twirp/github.actions.results.api.v1.
 * ArtifactService/CreateArtifact` and `…/FinalizeArtifact`, each naming the run's backend IDs taken from the
 * `scp` claim of ACTIONS_RUNTIME_TOKEN), and an Azure Blob Storage upload to the signed URL CreateArtifact
 * returns (Put Block, then Put Block List). Uploaded zips are kept for the test to open.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const RUN_BACKEND_ID = 'ce7f54c7-61c7-4aae-887f-30da475f5f1a';
export const JOB_BACKEND_ID = 'ca395085-040a-526b-2ce8-bdc85f692774';

export interface StoredArtifact {
  id: number;
  name: string;
  /** The zip as uploaded (blocks joined in the committed order). */
  zip: Buffer;
  finalized: boolean;
  size?: string;
  hash?: string;
}

export interface ArtifactServer {
  url: string;
  /** ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL for the code under test. */
  env: Record<string, string>;
  artifacts: StoredArtifact[];
  /** `METHOD path` of every request. */
  requests: string[];
  /** Answer the next CreateArtifact with this Twirp error (e.g. 409 already_exists). */
  failCreate?: { status: number; code: string; msg: string };
  /** Answer every blob upload with this status (e.g. 403, as an expired signature). */
  failBlob?: number;
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A runtime token as the runner hands it out: a JWT whose `scp` names the run's and job's backend IDs. */
export function runtimeToken(): string {
  return `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({ scp: `Actions.GenericRead:00000000 Actions.Results:${RUN_BACKEND_ID}:${JOB_BACKEND_ID}` })}.c2ln`;
}

export async function startArtifactServer(): Promise<ArtifactServer> {
  const blocks = new Map<string, Buffer>();
  let nextId = 41;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', api.url);
      api.requests.push(`${req.method} ${url.pathname}`);
      const body = Buffer.concat(chunks);
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) {
        if (req.headers.authorization !== `Bearer ${api.env.ACTIONS_RUNTIME_TOKEN}`) return json(401, { code: 'unauthenticated', msg: 'bad token' });
        const call = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        // Twirp JSON: protobuf field names (snake_case), as the client sends them; lowerCamelCase is accepted too.
        const field = (snake: string, camel: string): unknown => call[snake] ?? call[camel];
        if (field('workflow_run_backend_id', 'workflowRunBackendId') !== RUN_BACKEND_ID || field('workflow_job_run_backend_id', 'workflowJobRunBackendId') !== JOB_BACKEND_ID) {
          return json(400, { code: 'invalid_argument', msg: 'unknown backend ids' });
        }
        const name = String(call.name);
        if (url.pathname.endsWith('/CreateArtifact')) {
          if (api.failCreate) {
            const { status, ...error } = api.failCreate;
            api.failCreate = undefined;
            return json(status, error);
          }
          if (api.artifacts.some((a) => a.name === name)) return json(409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
          const artifact: StoredArtifact = { id: nextId++, name, zip: Buffer.alloc(0), finalized: false };
          api.artifacts.push(artifact);
          return json(200, { ok: true, signed_upload_url: `${api.url}/blob/artifacts/${artifact.id}/${encodeURIComponent(name)}.zip?sig=s3cr3t&se=2099-01-01` });
        }
        if (url.pathname.endsWith('/FinalizeArtifact')) {
          const artifact = api.artifacts.find((a) => a.name === name);
          if (!artifact) return json(404, { code: 'not_found', msg: 'no such artifact' });
          artifact.finalized = true;
          artifact.size = String(call.size);
          artifact.hash = field('hash', 'hash') as string | undefined;
          return json(200, { ok: true, artifact_id: String(artifact.id) });
        }
        return json(404, { code: 'bad_route', msg: 'no such method' });
      }
      if (req.method === 'PUT' && url.pathname.startsWith('/blob/')) {
        if (url.searchParams.get('sig') !== 's3cr3t') return json(403, {});
        if (api.failBlob) {
          res.writeHead(api.failBlob, { 'x-ms-error-code': 'AuthenticationFailed' });
          return res.end();
        }
        const headers = { 'x-ms-request-id': '1', 'x-ms-version': '2024-08-04', etag: '"0x1"', 'last-modified': new Date().toUTCString() };
        const comp = url.searchParams.get('comp');
        if (comp === 'block') {
          blocks.set(`${url.pathname}|${url.searchParams.get('blockid')}`, body);
          res.writeHead(201, headers);
          return res.end();
        }
        if (comp === 'blocklist') {
          const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map((m) => m[1]!);
          const id = Number(url.pathname.split('/')[3]);
          const artifact = api.artifacts.find((a) => a.id === id);
          if (artifact) artifact.zip = Buffer.concat(ids.map((b) => blocks.get(`${url.pathname}|${b}`) ?? Buffer.alloc(0)));
          res.writeHead(201, headers);
          return res.end();
        }
        // Put Blob (one request).
        const artifact = api.artifacts.find((a) => a.id === Number(url.pathname.split('/')[3]));
        if (artifact) artifact.zip = body;
        res.writeHead(201, headers);
        return res.end();
      }
      json(404, {});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const api: ArtifactServer = {
    url,
    env: { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: `${url}/` },
    artifacts: [],
    requests: [],
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  return api;
}
