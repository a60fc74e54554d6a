/** Record history (issue 14): versions written with each write, in its transaction; history and revert with need to know. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { recordHistoryBaseline } from '../../server/history/baseline.js';
import { createLogger } from '../../server/logger.js';
import { CLIENT_DIR } from '../../server/runtime.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';
import { beforeEachWriteQuery } from '../support/write-query-hook.js';

const server = useTestServer({ reset: 'each' });
const api = (method: string, path: string, body?: unknown, as?: string) =>
  request(server.baseUrl, method, path, body, as === undefined ? {} : { as });
const versions = (kind: string, id: string) =>
  server.count('MATCH (v:Version {recordKind: $kind, recordId: $id}) RETURN count(v)', { kind, id });

beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
});

describe('versions', () => {
  it('a loaded dataset starts every actor and tie with one version; the start-up baseline then writes nothing', async () => {
    expect(await server.count("MATCH (v:Version {recordKind: 'actor'}) RETURN count(v)")).toBe(6);
    expect(await server.count("MATCH (v:Version {recordKind: 'tie'}) RETURN count(v)")).toBe(5);
    await recordHistoryBaseline(server.db);
    // Six actors, five ties, and (server/history/linked-record-versions.ts) two areas and one output role.
    expect(await server.count('MATCH (v:Version) RETURN count(v)')).toBe(6 + 5 + 2 + 1);
    // A record written outside the stores (an older server) gets its version from the baseline.
    await server.count("MATCH (a:Actor {id: 'gov'}) SET a.acronym = 'MoP' RETURN count(a)");
    await recordHistoryBaseline(server.db);
    expect(await versions('actor', 'gov')).toBe(2);
  });

  it('lists an actor’s changes newest first, with who, which fields, before and after', async () => {
    expect((await api('PATCH', '/api/actors/cso-a', { name: 'Women Together Network', influence: 5 })).status).toBe(200);
    expect((await api('PATCH', '/api/actors/cso-a', { stance: -2 })).status).toBe(200);
    // A write that changes nothing writes no version.
    expect((await api('PATCH', '/api/actors/cso-a', { stance: -2 })).status).toBe(200);
    const history = await api('GET', '/api/actors/cso-a/history');
    expect(history.status).toBe(200);
    expect(history.body.total).toBe(3);
    const [stance, rename, first] = history.body.items;
    expect(stance).toMatchObject({ op: 'update', changed: ['stance'], after: { stance: -2 }, by: { name: 'test-analyst' } });
    expect(rename.op).toBe('update');
    expect([...rename.changed].sort()).toEqual(['influence', 'name']);
    expect(rename.before).toEqual({ name: 'Women Together', influence: 4 });
    expect(rename.after).toEqual({ name: 'Women Together Network', influence: 5 });
    expect(first).toMatchObject({ op: 'import', by: null, before: null });
    expect(Date.parse(stance.at)).toBeGreaterThanOrEqual(Date.parse(rename.at));
  });

  it('keeps a deleted actor’s last version, closing its ties’ versions too', async () => {
    expect((await api('DELETE', '/api/actors/cso-b')).status).toBe(204);
    const history = await api('GET', '/api/actors/cso-b/history');
    expect(history.status).toBe(200);
    expect(history.body.items[0]).toMatchObject({ op: 'delete', versionId: null, after: null, by: { name: 'test-analyst' } });
    expect(history.body.items[0].before.name).toBe('Youth Voice');
    expect(await server.count("MATCH (v:Version {recordKind: 'tie'}) WHERE v.versionTo < 8640000000000000 RETURN count(v)")).toBe(2);
    expect((await api('GET', '/api/ties/t-affil/history')).body.items[0].op).toBe('delete');
  });

  it('a tie’s retype is a change of its type', async () => {
    await api('PATCH', '/api/ties/t-comm', { type: 'allied_with', strength: 1 });
    const [retyped] = (await api('GET', '/api/ties/t-comm/history')).body.items;
    expect([...retyped.changed].sort()).toEqual(['strength', 'type']);
    expect(retyped.before).toEqual({ type: 'communicates_with', strength: 2 });
  });
});

describe('in the same transaction as the change', () => {
  async function faultyApp(failing: readonly string[]): Promise<{ baseUrl: string; close: () => Promise<void> }> {
    const faulty = beforeEachWriteQuery(server.db, (name) => {
      if (failing.includes(name)) throw new Error(`injected fault before ${name}`);
    });
    const app = createApp({ db: faulty, logger: createLogger('silent'), clientDir: CLIENT_DIR });
    const listening: Server = await new Promise((resolve) => {
      const started = app.listen(0, '127.0.0.1', () => resolve(started));
    });
    return {
      baseUrl: `http://127.0.0.1:${(listening.address() as AddressInfo).port}`,
      close: () => new Promise((resolve) => listening.close(() => resolve())),
    };
  }

  it('a fault at the version or after it (the audit event) leaves neither the change nor the version', async () => {
    for (const failing of [['history/record-actor-versions', 'history/close-versions'], ['access/record-audit-event']]) {
      const app = await faultyApp(failing);
      try {
        const patched = await request(app.baseUrl, 'PATCH', '/api/actors/gov', { name: 'Changed' }, { as: server.token });
        expect(patched.status).toBe(500);
        const deleted = await request(app.baseUrl, 'DELETE', '/api/ties/t-coop', undefined, { as: server.token });
        expect(deleted.status).toBe(500);
      } finally {
        await app.close();
      }
      expect((await api('GET', '/api/actors/gov')).body.name).toBe('Ministry of Peace');
      expect(await versions('actor', 'gov')).toBe(1);
      expect((await api('GET', '/api/ties/t-coop')).status).toBe(200);
      expect(await server.count("MATCH (v:Version {recordId: 't-coop'}) WHERE v.endOp IS NULL RETURN count(v)")).toBe(1);
    }
  });
});

describe('need to know', () => {
  it('a version above the caller’s clearance is not listed nor counted; a hidden record has no history', async () => {
    await api('PATCH', '/api/actors/un', { sensitivity: 'confidential', name: 'UN Agency (confidential phase)' });
    await api('PATCH', '/api/actors/un', { sensitivity: 'internal', name: 'UN Agency' });
    await api('PATCH', '/api/actors/donor', { sensitivity: 'strictly_confidential' });
    const internal = await server.userWithToken('history-internal', 'analyst', 'internal');
    const seen = await api('GET', '/api/actors/un/history', undefined, internal.token);
    expect(seen.body.total).toBe(2);
    expect(JSON.stringify(seen.body)).not.toContain('confidential phase');
    // The lowering's "before" is the hidden version: not shown.
    expect(seen.body.items[0].before).toBeNull();
    const hidden = await api('GET', '/api/actors/donor/history', undefined, internal.token);
    const absent = await api('GET', '/api/actors/no-such-actor/history', undefined, internal.token);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.message).toBe(absent.body.error.message.replace('no-such-actor', 'donor'));
  });

  it('an actor raised since is hidden in its past too: not on a past map, not in its history', async () => {
    await api('PATCH', '/api/actors/cso-a', { sensitivity: 'public' });
    const whilePublic = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await api('PATCH', '/api/actors/cso-a', { sensitivity: 'strictly_confidential' });
    const internal = await server.userWithToken('history-internal', 'analyst', 'internal');
    const pastMap = await api('GET', `/api/graph?asOf=${encodeURIComponent(whilePublic)}`, undefined, internal.token);
    expect(pastMap.status).toBe(200);
    expect(pastMap.body.nodes.map((node: { data: { id: string } }) => node.data.id)).not.toContain('cso-a');
    expect((await api('GET', '/api/actors/cso-a/history', undefined, internal.token)).status).toBe(404);
    // The cleared analyst still sees it on the same past map.
    const cleared = await api('GET', `/api/graph?asOf=${encodeURIComponent(whilePublic)}`);
    expect(cleared.body.nodes.map((node: { data: { id: string } }) => node.data.id)).toContain('cso-a');
  });

  it('fields a role does not receive are not in the history either', async () => {
    await api('PATCH', '/api/actors/gov', { description: 'Secret assessment', stance: 1, influence: 3 });
    const viewer = await server.userWithToken('history-viewer', 'viewer', 'strictly_confidential');
    const history = await api('GET', '/api/actors/gov/history', undefined, viewer.token);
    expect(history.body.items[0].changed).toEqual(['influence']);
    expect(JSON.stringify(history.body)).not.toContain('Secret assessment');
    expect(JSON.stringify(history.body)).not.toMatch(/"stance"|"description"/);

    // A change only to fields the role does not receive is no entry at all: its date and author
    // would tell a viewer that a withheld judgement moved.
    await api('PATCH', '/api/actors/gov', { stance: -1 });
    const after = await api('GET', '/api/actors/gov/history', undefined, viewer.token);
    expect(after.body.items.length).toBe(history.body.items.length);
    expect((await api('GET', '/api/actors/gov/history')).body.items[0].changed).toEqual(['stance']);
  });
});

describe('revert', () => {
  it('restores an earlier version as a new version, audited', async () => {
    // The audit log outlives the test database's resets: count this test's revert events only.
    const reverts = () =>
      server.count(
        "MATCH (e:AuditEvent {action: 'update', targetType: 'actor'}) WHERE 'cso-b' IN e.targetIds AND e.detail CONTAINS 'revert' RETURN count(e)",
      );
    const revertsBefore = await reverts();
    await api('PATCH', '/api/actors/cso-b', { name: 'Youth Voice Renamed', youthFocus: true });
    const [, original] = (await api('GET', '/api/actors/cso-b/history')).body.items;
    const reverted = await api('POST', '/api/actors/cso-b/revert', { versionId: original.versionId });
    expect(reverted.status).toBe(200);
    expect(reverted.body).toMatchObject({ name: 'Youth Voice' });
    const [latest] = (await api('GET', '/api/actors/cso-b/history')).body.items;
    expect(latest).toMatchObject({ op: 'revert', after: { name: 'Youth Voice' } });
    expect(await reverts()).toBe(revertsBefore + 1);
  });

  it('a version the caller may not see is absent; reverting up to a level above the clearance is refused', async () => {
    await api('PATCH', '/api/ties/t-funds', { sensitivity: 'strictly_confidential' });
    await api('PATCH', '/api/ties/t-funds', { sensitivity: 'confidential' });
    const [, strict] = (await api('GET', '/api/ties/t-funds/history')).body.items;
    const confidential = await server.userWithToken('history-confidential', 'analyst', 'confidential');
    const refused = await api('POST', '/api/ties/t-funds/revert', { versionId: strict.versionId }, confidential.token);
    const absent = await api('POST', '/api/ties/t-funds/revert', { versionId: 'no-such-version' }, confidential.token);
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toBe(absent.body.error.message.replace('no-such-version', strict.versionId));
    expect((await api('GET', '/api/ties/t-funds')).body.sensitivity).toBe('confidential');
  });
});
