/**
 * The `releases` surface: every release's notes (its body, located at the release's page) and every asset,
 * downloaded through the one client and opened like any file (archives unpacked within the archive limits),
 * located at the asset's download URL. An asset is asked for at the API (`Accept: application/octet-stream`),
 * which answers with a redirect to storage on another origin: the client follows it without the token.
 * An asset larger than the file-size limit is skipped with a note, before any byte is read.
 */
import { describeError } from '../../core/errors.js';
import { formatBytes } from '../../core/size.js';
import type { Detect, Hit, Source, SourceContext } from '../../core/types.js';
import { describeRequestError } from '../../github/client.js';
import { downloadWithin, type Downloaded } from '../../github/download.js';
import { httpsUrl, loginOf, MAX_NAME, name, string as str, type Json } from './fields.js';
import { contentScanner, hitsOf, noteProblems, type Origin } from '../hits.js';
import { listed } from './listing.js';
import type { Surface, SurfaceTarget } from './surface.js';

const NAME = 'releases';
const PERMISSION = 'contents: read';


function releasesSource(target: SurfaceTarget): Source {
  return (detect, ctx) => scanReleases(target, detect, ctx);
}

async function* scanReleases(target: SurfaceTarget, detect: Detect, ctx: SourceContext): AsyncGenerator<Hit> {
  const { client, owner, repo } = target;
  const scanner = contentScanner(detect, ctx, target.archiveLimits);
  const pages = client.paginate.iterator(client.rest.repos.listReleases, { owner, repo, per_page: 100 });
  for await (const release of listed(pages, ctx, { surface: NAME, what: 'releases', permission: PERMISSION })) {
    const raw = release as unknown as Json;
    const tag = name(raw.tag_name, MAX_NAME * 2.5) ?? '?';
    const updated = str(raw.updated_at) ?? str(raw.published_at) ?? str(raw.created_at);
    // `since`: a release and its assets are read again only when the release changed.
    if (target.since && updated && updated < target.since) continue;
    const author = loginOf(raw.author);
    const date = str(raw.published_at) ?? str(raw.created_at);
    const url = httpsUrl(raw.html_url);
    const origin: Origin = { kind: 'release', tag, ...(url ? { url } : {}), ...(author ? { author } : {}), ...(date ? { date } : {}) };
    const notes = str(raw.body);
    if (notes) {
      ctx.count('releaseNotesScanned');
      ctx.count('bytesScanned', Buffer.byteLength(notes));
      yield* hitsOf(scanner.text(Buffer.from(notes, 'utf8'), noteProblems(ctx, undefined, `release ${tag} notes`)), origin);
    }
    for (const asset of Array.isArray(raw.assets) ? (raw.assets as Json[]) : []) yield* scanAsset(target, asset, tag, scanner, ctx);
  }
}

async function* scanAsset(target: SurfaceTarget, asset: Json, tag: string, scanner: ReturnType<typeof contentScanner>, ctx: SourceContext): AsyncGenerator<Hit> {
  const file = name(asset.name, MAX_NAME * 2.5) ?? '?';
  const id = typeof asset.id === 'number' && Number.isSafeInteger(asset.id) ? asset.id : undefined;
  const size = typeof asset.size === 'number' ? asset.size : undefined;
  const what = `release ${tag} asset ${file}`;
  if (id === undefined) return;
  if (size !== undefined && size > target.maxFileSize) {
    ctx.count('skippedTooLarge');
    ctx.note({ reason: 'too-large', message: `${what}: skipped: ${formatBytes(size)} is over the ${formatBytes(target.maxFileSize)} limit (max-file-size)` });
    return;
  }
  let got: Downloaded;
  try {
    // Read one byte past the limit at most: the listing's size is the uploader's word, storage sends what it has.
    got = await downloadWithin(target.client, 'GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      owner: target.owner, repo: target.repo, asset_id: id, headers: { accept: 'application/octet-stream' },
    }, target.maxFileSize + 1);
  } catch (error) {
    // One asset's download (refused, gone, storage failing, timed out) is that asset's note, as a run's download
    // is: the next assets and releases are still read.
    ctx.note({ reason: 'unreadable', message: `${what}: not downloaded (${describeRequestError(error)})` });
    return;
  }
  if (got.cut?.interrupted !== undefined) {
    ctx.note({ reason: 'unreadable', message: `${what}: not downloaded (the download broke off: ${got.cut.interrupted})` });
    return;
  }
  if (got.cut || got.bytes.length > target.maxFileSize) {
    ctx.note({ reason: 'too-large', message: `${what}: skipped: over the ${formatBytes(target.maxFileSize)} limit (max-file-size), not read further` });
    return;
  }
  const data = got.bytes;
  const url = httpsUrl(asset.browser_download_url);
  const author = loginOf(asset.uploader);
  const date = str(asset.created_at);
  ctx.count('releaseAssetsScanned');
  try {
    yield* hitsOf(scanner.content(data, noteProblems(ctx, file, what)), {
      kind: 'release-asset', tag, path: file, ...(url ? { url } : {}), ...(author ? { author } : {}), ...(date ? { date } : {}),
    });
  } catch (error) {
    ctx.note({ reason: 'unreadable', message: `${what}: not scanned (${describeError(error)})` });
  }
}

export const releasesSurface: Surface = { name: NAME, permission: PERMISSION, takesSince: true, source: releasesSource };
