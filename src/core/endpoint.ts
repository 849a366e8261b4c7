/**
 * Where a secret may travel: the one rule for every URL the tool sends a credential or a report to
 * (ANTHROPIC_BASE_URL, the notification webhook). https://, or plain http:// only to an address that
 * never leaves this machine, and no user:password in the URL.
 *
 * "This machine" is decided on the host as the WHATWG URL parser leaves it, which is the host fetch connects to:
 *   - IPv4 127.0.0.0/8. The parser turns every IPv4 spelling into dotted decimal first (`127.1`, `0x7f.1`,
 *     `2130706433`, `0177.0.0.1`, a trailing dot), so those are the address 127.0.0.1 and are accepted: no
 *     resolver is asked.
 *   - IPv6 `[::1]`, and the IPv4-mapped form of 127.0.0.0/8 (`[::ffff:127.0.0.1]`, which the parser writes
 *     `[::ffff:7f00:1]`): a socket to it is a socket to 127.x.
 *   - No name: `localhost`, `x.localhost`, `127.0.0.1.nip.io` are resolved (hosts file, DNS, a VPN's resolver)
 *     and can point anywhere. Nor `0.0.0.0` or the deprecated IPv4-compatible `[::127.0.0.1]`.
 */
import { isIPv4, isIPv6 } from 'node:net';

/**
 * Why `text` (the value of `name`, for the message) cannot receive a secret; undefined when it can. `cargo` says
 * what would travel (found keys to ANTHROPIC_BASE_URL, a report to a notification webhook).
 */
export function endpointProblem(text: string, name: string, cargo = 'found keys'): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `${name} is not an http(s) URL`;
  }
  // fetch refuses such a URL with an error that quotes it whole, password and all.
  if (url.username || url.password) return `${name} must not hold a user or password (user:password@)`;
  if (url.protocol === 'https:') return undefined;
  if (url.protocol !== 'http:') return `${name} is not an http(s) URL`;
  if (isLoopbackAddress(url.hostname)) return undefined;
  return (
    `${name} must be https:// (plain http:// only to a literal loopback address such as 127.0.0.1 or [::1], ` +
    `not ${url.host}): ${cargo} would travel unencrypted`
  );
}

/** A literal loopback address, as URL.hostname gives it (IPv6 in brackets); never a name. */
export function isLoopbackAddress(hostname: string): boolean {
  const host = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1).toLowerCase() : hostname;
  if (isIPv4(host)) return host.split('.')[0] === '127';
  if (!isIPv6(host)) return false;
  if (host === '::1') return true;
  // ::ffff:a.b.c.d, as the URL parser writes it (::ffff:7fXX:XXXX) or as typed.
  const mapped = /^::ffff:(?:(7f[0-9a-f]{2}):[0-9a-f]{1,4}|(127(?:\.\d{1,3}){3}))$/.exec(host);
  return mapped !== null && (mapped[1] !== undefined || isIPv4(mapped[2] ?? ''));
}
