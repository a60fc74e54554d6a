/** A client that leaves before its answer is logged at info, not as a server error. */
import express from 'express';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../../../server/middleware/error-handler.js';
import { ClientGoneError } from '../../../server/routes/client-gone.js';

const logged: { level: 'info' | 'error'; event: Record<string, unknown> }[] = [];
const logger = {
  info: (event: Record<string, unknown>) => logged.push({ level: 'info', event }),
  error: (event: Record<string, unknown>) => logged.push({ level: 'error', event }),
};
let server: Server;
let port = 0;

beforeAll(async () => {
  const app = express();
  app.use(express.json());
  app.post('/upload', (_request, response) => void response.json({ ok: true }));
  app.get('/gone', () => {
    throw new ClientGoneError();
  });
  app.get('/broken', () => {
    throw new Error('boom: stored secret text');
  });
  app.use(errorHandler(logger, '1mb'));
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const waitFor = async (predicate: () => boolean) => {
  for (let i = 0; i < 100 && !predicate(); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
};

describe('requests whose client left', () => {
  it('an upload the client aborted half-way is logged at info', async () => {
    logged.length = 0;
    const request = httpRequest({
      port,
      host: '127.0.0.1',
      method: 'POST',
      path: '/upload',
      headers: { 'content-type': 'application/json', 'content-length': '1000' },
    });
    request.on('error', () => undefined);
    request.write('{"half": "a body');
    await new Promise((resolve) => setTimeout(resolve, 100));
    request.destroy();
    await waitFor(() => logged.length > 0);
    expect(logged).toEqual([{ level: 'info', event: expect.objectContaining({ msg: 'request aborted by client', method: 'POST' }) }]);
  });

  it('an analysis dropped because its client left is logged at info and answered with no body', async () => {
    logged.length = 0;
    const response = await fetch(`http://127.0.0.1:${port}/gone`);
    expect(response.status).toBe(499);
    expect(logged.map((entry) => entry.level)).toEqual(['info']);
  });

  it('a real fault is still an error', async () => {
    logged.length = 0;
    expect((await fetch(`http://127.0.0.1:${port}/broken`)).status).toBe(500);
    expect(logged.map((entry) => entry.level)).toEqual(['error']);
  });

  it('logs where a 500 came from (its stack frames) but never its message, which may quote stored data', async () => {
    logged.length = 0;
    const response = await fetch(`http://127.0.0.1:${port}/broken`);
    expect(await response.text()).not.toContain('at ');
    const stack = logged[0]!.event.stack as string[];
    expect(stack[0]).toMatch(/^at .*error-handler-aborted\.test\.ts/);
    expect(JSON.stringify(logged)).not.toContain('stored secret text');
  });
});
