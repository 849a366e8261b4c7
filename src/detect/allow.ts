/**
 * Same-line allow markers: ours, and the ones people already write for other scanners, so that a line
 * already allowed for gitleaks, detect-secrets or TruffleHog is allowed here too. A marked match is still
 * returned (with the marker), and the findings stage moves it to `suppressed`: allowed, never silently gone.
 */

/** The markers, case-insensitive; `pragma: allowlist secret` is detect-secrets' inline form. */
const MARKERS = /anthropic-key-scan:allow|gitleaks:allow|pragma:\s?allowlist[ -]secret|trufflehog:ignore/i;

/** The marker on this line, normalised (`gitleaks:allow`, `pragma: allowlist secret`, ...), or undefined. */
export function allowMarkerIn(line: string, extra: readonly string[] = []): string | undefined {
  const m = MARKERS.exec(line);
  if (m) {
    const found = m[0].toLowerCase();
    return found.startsWith('pragma') ? 'pragma: allowlist secret' : found;
  }
  // The config file's own markers (allow.markers), also case-insensitive.
  if (extra.length === 0) return undefined;
  const lower = line.toLowerCase();
  return extra.find((marker) => lower.includes(marker.toLowerCase()));
}

/** detect-secrets' marker for the line after it (`# pragma: allowlist nextline secret`). */
const NEXTLINE = /pragma:\s?allowlist[ -]nextline[ -]secret/i;

/** The marker a line carries for the line after it, normalised, or undefined. */
export function nextLineMarkerIn(line: string): string | undefined {
  return NEXTLINE.test(line) ? 'pragma: allowlist nextline secret' : undefined;
}
