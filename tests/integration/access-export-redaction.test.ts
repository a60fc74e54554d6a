/**
 * Redaction in exports: profiles pseudonymise or drop actors above their level and strip free
 * text; every export is watermarked with who, when and the profile, and audited.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { download } from '../support/transfers/transfer-client.js';

const server = useTestServer();
let userId: string;

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, FIXTURE);
  await request(server.baseUrl, 'PATCH', '/api/actors/gov', { sensitivity: 'public', description: 'Private note about the minister' });
  await request(server.baseUrl, 'PATCH', '/api/actors/un', { sensitivity: 'public' });
  await request(server.baseUrl, 'PATCH', '/api/ties/t-coop', { sensitivity: 'public', source: 'Informant K, 3 May' });
  await request(server.baseUrl, 'PATCH', '/api/actors/cso-b', { sensitivity: 'strictly_confidential' });
  userId = (await request(server.baseUrl, 'GET', '/api/auth/me')).body.id;
});

const snapshot = async (profile: string) => {
  const file = await download(server.baseUrl, 'snapshot', `?profile=${profile}`);
  expect(file.status).toBe(200);
  return JSON.parse(file.text) as {
    export: { profile: string; exportedBy: string; exportedAt: string };
    dataset: {
      actors: { id: string; name: string; description: string }[];
      ties: { id: string; sourceId: string; targetId: string; source: string }[];
    };
  };
};

describe('export profiles', () => {
  it('full: everything the exporter may see, free text included', async () => {
    const file = await snapshot('full');
    expect(file.dataset.actors.map((a) => a.name)).toContain('Youth Voice');
    expect(JSON.stringify(file)).toContain('Private note about the minister');
    expect(JSON.stringify(file)).toContain('Informant K');
  });

  it('internal: actors above internal are pseudonymised, free text is stripped, the structure kept', async () => {
    const file = await snapshot('internal');
    const text = JSON.stringify(file);
    expect(text).not.toContain('Youth Voice');
    expect(text).not.toContain('cso-b');
    expect(text).not.toContain('Private note');
    expect(text).not.toContain('Informant K');
    expect(file.dataset.actors).toHaveLength(6);
    expect(file.dataset.ties).toHaveLength(5);
    const pseudonym = file.dataset.actors.find((a) => a.name.startsWith('Actor '))!;
    expect(pseudonym.id).toMatch(/^p-[0-9a-f]{8}$/);
    expect(file.dataset.ties.filter((t) => t.sourceId === pseudonym.id || t.targetId === pseudonym.id)).toHaveLength(2);
    expect(file.dataset.actors.find((a) => a.id === 'cso-a')!.name).toBe('Women Together');
  });

  it('pseudonyms differ between exports, so two files cannot be joined on them', async () => {
    const first = (await snapshot('internal')).dataset.actors.find((a) => a.name.startsWith('Actor '))!.id;
    const second = (await snapshot('internal')).dataset.actors.find((a) => a.name.startsWith('Actor '))!.id;
    expect(first).not.toBe(second);
  });

  it('shareable: only public actors and the public ties between them', async () => {
    const file = await snapshot('shareable');
    expect(file.dataset.actors.map((a) => a.id).sort()).toEqual(['gov', 'un']);
    expect(file.dataset.ties.map((t) => t.id)).toEqual(['t-coop']);
    expect(file.dataset.ties[0]!.source).toBe('');
  });
});

describe('watermark and audit', () => {
  it('every format names who exported, when, and the profile', async () => {
    for (const format of ['graphml', 'gexf', 'cytoscape', 'csv-nodes', 'snapshot']) {
      const file = await download(server.baseUrl, format, '?profile=internal');
      const header = JSON.parse(file.headers.get('x-actor-map-export')!);
      expect(header).toMatchObject({ profile: 'internal', exportedBy: userId });
      expect(Date.now() - Date.parse(header.exportedAt)).toBeLessThan(60_000);
      // A bare CSV file has no room for metadata (RFC 4180): it travels in the header, and in the zipped csv export.
      if (format === 'csv-nodes') continue;
      expect(file.text, format).toContain(userId);
      expect(file.text, format).toContain('internal');
    }
  });

  it('is recorded in the audit log', async () => {
    const { token } = await server.userWithToken('redaction-admin', 'administrator', 'confidential');
    await download(server.baseUrl, 'gexf', '?profile=shareable');
    const events = await request(server.baseUrl, 'GET', `/api/audit?action=export&userId=${userId}`, undefined, { as: token });
    expect(events.body[0]).toMatchObject({ action: 'export', userId, detail: 'gexf/shareable' });
  });

  it('a viewer may not export', async () => {
    const { token } = await server.userWithToken('redaction-viewer', 'viewer', 'public');
    const response = await fetch(`${server.baseUrl}/api/exports/snapshot`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(403);
  });
});
