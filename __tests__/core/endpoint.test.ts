import { describe, expect, it } from '@jest/globals';
import { endpointProblem, isLoopbackAddress } from '../../src/core/endpoint.js';

describe('endpointProblem: where a secret may travel', () => {
  it.each([
    'https://api.anthropic.com',
    'https://gateway.example.com/anthropic',
    'http://127.0.0.1:8080',
    'http://127.8.9.1',
    'http://[::1]:9',
    'http://[0:0:0:0:0:0:0:1]',
    // Spellings of 127.0.0.1 the URL parser (and so fetch) turns into it: no resolver is asked.
    'http://127.1',
    'http://0x7f.1',
    'http://2130706433',
    'http://0177.0.0.1',
    'http://127.0.0.1.',
    // IPv4-mapped loopback: a socket to it is a socket to 127.x.
    'http://[::ffff:127.0.0.1]:8080',
    'http://[::ffff:7f00:2]',
  ])('%s may receive keys', (url) => {
    expect(endpointProblem(url, 'X_URL')).toBeUndefined();
  });

  it.each([
    ['http://localhost:3000', /plain http:\/\/ only to a literal loopback address.*not localhost:3000/],
    ['http://LOCALHOST.', /not localhost\./],
    ['http://x.localhost', /not x\.localhost/],
    ['http://127.0.0.1.nip.io', /not 127\.0\.0\.1\.nip\.io/],
    ['http://0.0.0.0:80', /not 0\.0\.0\.0/],
    ['http://[::127.0.0.1]', /not \[::7f00:1\]/],
    ['http://[::ffff:10.0.0.1]', /not \[::ffff:a00:1\]/],
    ['http://10.0.0.8', /must be https/],
    ['http://gateway.example.com', /X_URL must be https:\/\/.*gateway\.example\.com/],
    ['https://user:pw@gateway.example.com', /X_URL must not hold a user or password/],
    ['http://u@127.0.0.1', /user or password/],
    ['ftp://127.0.0.1', /X_URL is not an http\(s\) URL/],
    ['file:///etc/passwd', /not an http\(s\) URL/],
    ['127.0.0.1:8080', /not an http\(s\) URL/],
    ['not a url', /not an http\(s\) URL/],
  ])('%s is refused', (url, reason) => {
    expect(endpointProblem(url, 'X_URL')).toMatch(reason);
    expect(endpointProblem(url, 'X_URL')).not.toContain('pw');
  });

  it('judges the host as URL.hostname gives it', () => {
    expect(isLoopbackAddress('127.0.0.300')).toBe(false);
    expect(isLoopbackAddress('[::1]')).toBe(true);
    expect(isLoopbackAddress('::1')).toBe(true);
    expect(isLoopbackAddress('[::ffff:127.0.0.1]')).toBe(true);
    expect(isLoopbackAddress('[::ffff:128.0.0.1]')).toBe(false);
    expect(isLoopbackAddress('localhost')).toBe(false);
  });
});
