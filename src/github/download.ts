/**
 * Downloads through the one GitHub client (logs archives, job logs, artifacts, release assets): the API answers
 * 302 to a storage origin, which the client follows WITHOUT the token (client.ts). The body is read as a stream
 * and cut at `cap` bytes, so a huge download costs at most the cap in memory; what is past it is counted, not read.
 */
import { describeError } from '../core/errors.js';
import type { GitHubClient } from './client.js';

export interface Downloaded {
  bytes: Buffer;
  /**
   * Set when not every byte was read: the download went on past `cap`, or broke off part-way (`interrupted`: why,
   * a timeout or a reset; what arrived before is kept). `declared`: the size the server declared, when it did.
   */
  cut?: { declared: number | undefined; interrupted?: string };
}

/**
 * GET `route` (an Octokit route such as `GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs`) and read at most
 * `cap` bytes of the answer. A failed request throws Octokit's RequestError (its `status`: 404, 410, 403...).
 */
export async function downloadWithin(client: GitHubClient, route: string, params: Record<string, unknown>, cap: number): Promise<Downloaded> {
  const response = await client.request(route, { ...params, request: { parseSuccessResponseBody: false } });
  const declaredText = (response.headers as Record<string, string | number | undefined>)['content-length'];
  const declared = declaredText === undefined || !/^\d+$/.test(String(declaredText)) ? undefined : Number(declaredText);
  const body = response.data as ReadableStream<Uint8Array> | null | undefined;
  if (!body) return { bytes: Buffer.alloc(0) };
  const chunks: Buffer[] = [];
  let size = 0;
  let cut = false;
  let interrupted: string | undefined;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = cap - size;
      if (value.length > room) {
        if (room > 0) chunks.push(Buffer.from(value.subarray(0, room)));
        size = cap;
        cut = true;
        break;
      }
      chunks.push(Buffer.from(value));
      size += value.length;
    }
  } catch (error) {
    // Nothing arrived: the download failed. Something did: it is scanned, and the break said.
    if (size === 0) throw error;
    interrupted = describeError(error);
  } finally {
    if (cut) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
  const bytes = Buffer.concat(chunks, size);
  if (interrupted !== undefined) return { bytes, cut: { declared, interrupted } };
  return cut ? { bytes, cut: { declared } } : { bytes };
}
