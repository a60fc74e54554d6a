/**
 * A test file's lifecycle, declared once: `useTestServer()` starts the app before the file's
 * first test and closes it after the last; with `reset: 'each'` it empties the map before every
 * test (hooks registered after it run after the reset, so a file's own `beforeEach` can load its
 * fixture). `useBrowserApp()` does the same for a seeded server and Chromium.
 *
 * Both return a stand-in that forwards to the started object, so files write `server.baseUrl`
 * rather than juggling a `let` that is undefined until `beforeAll` has run.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startBrowserApp, type BrowserApp } from './browser-app.js';
import { startTestServer, type TestServer } from './test-server.js';

/** An object that exists only once a hook has started it; using it earlier is a test bug, said so. */
function lateBound<T extends object>(what: string): { handle: T; bind(value: T | undefined): void } {
  let bound: T | undefined;
  const handle = new Proxy({} as T, {
    get(_target, key) {
      if (!bound) throw new Error(`The ${what} is used before beforeAll has started it (or after afterAll closed it)`);
      const value: unknown = Reflect.get(bound, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(bound) : value;
    },
  });
  return { handle, bind: (value) => void (bound = value) };
}

export interface TestServerLifecycle {
  /** `each`: empty the map (and apply the schema) before every test; `once`: before the first. */
  reset?: 'each' | 'once' | 'never';
  startOptions?: Parameters<typeof startTestServer>[0];
}

export function useTestServer(options: TestServerLifecycle = {}): TestServer {
  const { handle, bind } = lateBound<TestServer>('test server');
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(options.startOptions);
    bind(server);
    if (options.reset === 'once') await server.reset();
  });
  afterAll(async () => {
    await server?.close();
    bind(undefined);
  });
  if (options.reset === 'each') beforeEach(() => server!.reset());
  return handle;
}

export function useBrowserApp(options: Parameters<typeof startBrowserApp>[0] = {}): BrowserApp {
  const { handle, bind } = lateBound<BrowserApp>('browser app');
  let app: BrowserApp | undefined;
  beforeAll(async () => {
    app = await startBrowserApp(options);
    bind(app);
  });
  afterAll(async () => {
    await app?.close();
    bind(undefined);
  });
  return handle;
}
