/**
 * A TCP proxy in front of Neo4j that a test can cut, to play "the database went away mid-import":
 * `cut()` destroys every open connection and refuses new ones, so the open write transaction
 * dies on the server (which rolls it back) and the driver's retries cannot reach it.
 * (Closing the driver instead leaves the transaction's next query pending forever in
 * neo4j-driver 6, so it cannot show what a failure mid-way leaves.)
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface CuttableProxy {
  uri: string;
  cut(): void;
  close(): Promise<void>;
}

export async function startCuttableProxy(targetUri: string): Promise<CuttableProxy> {
  const target = new URL(targetUri.replace(/^(bolt|neo4j)/, 'http'));
  let refusing = false;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (refusing) {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', closeBoth).on('close', closeBoth);
    upstream.on('error', closeBoth).on('close', closeBoth);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    cut() {
      refusing = true;
      for (const socket of sockets) socket.destroy();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
