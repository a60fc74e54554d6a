/**
 * A TCP proxy between the driver and Neo4j that a test can break in two ways:
 * - `dropAfterNextCommit()`: cut the connection at the worst moment, right after the server has
 *   committed a transaction and before the client hears so. It spots the Bolt COMMIT message (an
 *   empty struct with signature 0x12: bytes 00 02 B0 12 00 00) and destroys the connection instead
 *   of forwarding the server's reply.
 * - `cut()`: "the database went away": destroy every open connection and refuse new ones, so an
 *   open write transaction dies on the server (which rolls it back) and retries cannot reach it.
 *   (Closing the driver instead leaves a transaction's next query pending forever in neo4j-driver 6.)
 *   `restore()` lets connections through again: the database is back.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';

const COMMIT_MESSAGE = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);

export interface BoltFaultProxy {
  uri: string;
  /** Cut the next connection that commits, after the commit reaches the server. */
  dropAfterNextCommit(): void;
  /** How many connections were cut after a commit. */
  drops(): number;
  /** Destroy every connection and refuse new ones. */
  cut(): void;
  /** Accept and forward connections again after `cut()`. */
  restore(): void;
  /** How many connections were refused since `cut()` (each attempt the driver made). */
  refused(): number;
  close(): Promise<void>;
}

/** Starts a proxy in front of the Bolt server at `targetUri` (bolt:// or neo4j://). */
export async function startBoltFaultProxy(targetUri: string): Promise<BoltFaultProxy> {
  const target = new URL(targetUri.replace(/^(bolt|neo4j)/, 'http'));
  let armed = false;
  let refusing = false;
  let dropped = 0;
  let refusals = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (refusing) {
      refusals += 1;
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    let commitSent = false;
    client.on('data', (chunk) => {
      if (armed && chunk.includes(COMMIT_MESSAGE)) {
        armed = false;
        commitSent = true;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (commitSent) {
        dropped += 1;
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(chunk);
    });
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', closeBoth).on('close', closeBoth);
    upstream.on('error', closeBoth).on('close', closeBoth);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    dropAfterNextCommit: () => {
      armed = true;
    },
    drops: () => dropped,
    cut() {
      refusing = true;
      refusals = 0;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      refusing = false;
    },
    refused: () => refusals,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
