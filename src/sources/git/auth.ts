/**
 * A token for git's HTTP requests, never in argv, a URL, a config file or an error message: it rides in an
 * `http.<origin>/.extraheader` set through git's environment config (GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n /
 * GIT_CONFIG_VALUE_n), scoped to the one server it is for (the form actions/checkout uses).
 */

export interface GitAuth {
  /** A URL of the server the token is for (the clone URL, or GITHUB_SERVER_URL); only its origin counts. */
  url: string;
  token: string;
}

/** The basic-auth value GitHub accepts for a token (any user name, the token as password). Mask it too. */
export function basicCredentials(token: string): string {
  return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}

/** `https://host[:port]/` of an http(s) URL; undefined for any other (file://, ssh): no header is sent there. */
export function httpOrigin(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? `${parsed.protocol}//${parsed.host}/` : undefined;
  } catch {
    return undefined;
  }
}

/** The GIT_CONFIG_* variables carrying the auth header (empty when the URL is not http(s) or there is no token). */
export function authConfigEnv(auth: GitAuth | undefined): Record<string, string> {
  const origin = auth?.token ? httpOrigin(auth.url) : undefined;
  if (!auth || !origin) return {};
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${origin}.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basicCredentials(auth.token)}`,
  };
}

