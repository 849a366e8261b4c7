/**
 * Servers that misbehave as a GitHub client must survive: another origin (storage, or an attacker's host) that
 * records what it is sent, and a server that accepts every connection and never answers.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';

/** A plain server on another port: the other origin (storage, or an attacker's host). Records what it was sent. */
export async function otherOrigin(): Promise<{ url: string; seen: IncomingHttpHeaders[]; close(): Promise<void> }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('2026-11-30T12:00:01.1234567Z hello from storage\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))),
  };
}

/** A server that accepts every connection, reads the requests and never answers. */
export async function silentServer(): Promise<{ url: string; requests: () => number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let count = 0;
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => (count += (chunk.toString('latin1').match(/^(GET|POST|PATCH|PUT|DELETE) /gm) ?? []).length));
    // The client gives up and resets the connection: expected, not an error of the test.
    socket.on('error', () => undefined);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => count,
    close: () => new Promise<void>((done) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => done());
    }),
  };
}
