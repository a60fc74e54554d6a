import { it } from 'vitest';
import { startTestServer } from '../support/test-server.js';
import { applySchema } from '../../server/db/schema.js';
import { seedDemo } from '../support/demo-snapshot.js';

it('start', async () => {
  for (let i = 0; i < 3; i++) {
    let t = Date.now();
    const lap = (what: string) => { const n = Date.now(); console.log(i, what, n - t, 'ms'); t = n; };
    const server = await startTestServer(); lap('startTestServer');
    await applySchema(server.db, server.queries); lap('applySchema');
    await server.reset(); lap('reset');
    await seedDemo(server); lap('seedDemo');
    await server.openSession(); lap('openSession');
    await server.close(); lap('close');
  }
}, 600_000);
