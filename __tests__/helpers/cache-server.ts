/**
 * A loopback Actions cache service as `@actions/cache` speaks to it on github.com (cache service v2:
 * `ACTIONS_CACHE_SERVICE_V2`, `ACTIONS_RESULTS_URL`): the twirp JSON calls of `CacheService` (GetCacheEntryDownloadURL,
 * CreateCacheEntry, FinalizeCacheEntryUpload), then the archive uploaded to the signed URL the way the Azure blob
 * SDK does for a small file (one `PUT` of a block blob) and downloaded from it with a plain `GET`.
 * Entries are immutable, matched by exact key first, then by prefix (newest first), within one version.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CacheEntry {
  key: string;
  version: string;
  body?: Buffer;
  finalized: boolean;
}

export interface CacheServer {
  url: string;
  entries: CacheEntry[];
  /** The env a run needs to reach this server. */
  env: Record<string, string>;
  /** Answer every twirp call with this HTTP status (a broken cache service), or undefined to behave. */
  failWith: number | undefined;
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

async function body(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

export async function startCacheServer(): Promise<CacheServer> {
  const entries: CacheEntry[] = [];
  const state = { failWith: undefined as number | undefined };
  let base = '';
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', base);
      const data = await body(req);
      const json = (status: number, value: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) {
        if (state.failWith) return json(state.failWith, { code: 'internal', msg: 'cache service down' });
        const request = JSON.parse(data.toString('utf8') || '{}') as { key?: string; version?: string; restore_keys?: string[] };
        const method = url.pathname.slice(SERVICE.length);
        if (method === 'GetCacheEntryDownloadURL') {
          const usable = entries.filter((e) => e.finalized && e.version === request.version).reverse();
          const match = usable.find((e) => e.key === request.key) ?? (request.restore_keys ?? []).map((prefix) => usable.find((e) => e.key.startsWith(prefix))).find(Boolean);
          return match ? json(200, { ok: true, signed_download_url: `${base}/blob/${entries.indexOf(match)}?sig=download`, matched_key: match.key }) : json(200, { ok: false });
        }
        if (method === 'CreateCacheEntry') {
          if (entries.some((e) => e.key === request.key && e.version === request.version)) return json(409, { code: 'already_exists', msg: 'entry exists' });
          entries.push({ key: request.key ?? '', version: request.version ?? '', finalized: false });
          return json(200, { ok: true, signed_upload_url: `${base}/devstoreaccount1/cache/${entries.length - 1}?sig=upload` });
        }
        if (method === 'FinalizeCacheEntryUpload') {
          const index = entries.findIndex((e) => e.key === request.key && e.version === request.version && e.body);
          if (index === -1) return json(404, { code: 'not_found', msg: 'no upload' });
          entries[index].finalized = true;
          return json(200, { ok: true, entry_id: String(index + 1) });
        }
        return json(404, { code: 'bad_route', msg: method });
      }
      const upload = /^\/devstoreaccount1\/cache\/(\d+)$/.exec(url.pathname);
      if (req.method === 'PUT' && upload) {
        const entry = entries[Number(upload[1])];
        if (!entry) return json(404, {});
        entry.body = data;
        res.writeHead(201, { etag: `"${upload[1]}"`, 'last-modified': new Date().toUTCString(), 'x-ms-request-id': '1', 'x-ms-version': '2024-11-04', 'x-ms-request-server-encrypted': 'true' });
        return res.end();
      }
      const download = /^\/blob\/(\d+)$/.exec(url.pathname);
      if (req.method === 'GET' && download) {
        const entry = entries[Number(download[1])];
        if (!entry?.body) return json(404, {});
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': entry.body.length });
        return res.end(entry.body);
      }
      json(404, {});
    })().catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    entries,
    env: { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: `${base}/`, ACTIONS_RUNTIME_TOKEN: 'loopback-runtime-token' },
    get failWith() {
      return state.failWith;
    },
    set failWith(value) {
      state.failWith = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
