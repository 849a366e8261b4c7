/** Reading commit and tag objects: where the message starts, who wrote it and when. */

export interface Signature {
  /** `Name <email>` */
  person: string;
  /** ISO 8601 in UTC, e.g. 2024-01-01T00:00:00Z. */
  date?: string;
}

export interface TagObject {
  /** The object the tag points at, and its type. */
  object?: string;
  type?: string;
  name?: string;
  tagger?: Signature;
  message: Buffer;
}

const BLANK_LINE = Buffer.from('\n\n');

/** Seconds since the epoch to ISO 8601 UTC without milliseconds. */
export function isoFromEpoch(seconds: number): string | undefined {
  if (!Number.isFinite(seconds)) return undefined;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}

/** `Name <email> 1704067200 +0000` -> person and date. */
export function parseSignature(value: string): Signature {
  const match = /^(.*>)\s+(-?\d+)\s+[-+]\d{4}\s*$/.exec(value);
  if (!match) return { person: value.trim() };
  return { person: match[1].trim(), date: isoFromEpoch(Number(match[2])) };
}

/** Split an object into header lines and message (after the first blank line). */
function splitObject(content: Buffer): { headers: Map<string, string>; message: Buffer } {
  const blank = content.indexOf(BLANK_LINE);
  const headerEnd = blank === -1 ? content.length : blank;
  const headers = new Map<string, string>();
  for (const line of content.toString('utf8', 0, headerEnd).split('\n')) {
    if (line.startsWith(' ')) continue; // continuation of a multi-line header (gpgsig, mergetag)
    const space = line.indexOf(' ');
    if (space > 0 && !headers.has(line.slice(0, space))) headers.set(line.slice(0, space), line.slice(space + 1));
  }
  return { headers, message: blank === -1 ? Buffer.alloc(0) : content.subarray(blank + 2) };
}

/** Just the message of a commit or tag object (the hot path of a history scan: no header parsing). */
export function messageOf(content: Buffer): Buffer {
  const blank = content.indexOf(BLANK_LINE);
  return blank === -1 ? Buffer.alloc(0) : content.subarray(blank + 2);
}

export function parseTag(content: Buffer): TagObject {
  const { headers, message } = splitObject(content);
  const tagger = headers.get('tagger');
  return {
    object: headers.get('object'),
    type: headers.get('type'),
    name: headers.get('tag'),
    tagger: tagger === undefined ? undefined : parseSignature(tagger),
    message,
  };
}
