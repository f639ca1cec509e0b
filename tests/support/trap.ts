/**
 * A proxy that records and refuses whatever reaches it, on 127.0.0.1. A browser pointed at it
 * (Chromium's --proxy-server, Firefox's proxy prefs) sends it every request for a host other
 * than this machine's loopback, from any context: pages, extension pages and workers, content
 * scripts, the browser itself.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A running trap: its port, what reached it, and how to stop it. */
export interface Trap {
  port: number;
  hits: string[];
  close(): Promise<void>;
}

/** Starts a trap on a free port. */
export async function startTrap(): Promise<Trap> {
  const hits: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    hits.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
