/**
 * The role x sensitivity x endpoint matrix (as Outline and Aleph test their policies): for every
 * role, every sensitivity level and every reading endpoint, an actor at that level is there
 * exactly when the role may use the endpoint and the clearance covers the level.
 * Its companion, security-reads-matrix.test.ts, checks grants, tie and engagement sensitivity and
 * every count and derived number against a reference model, in every export format and profile.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { ROLE_PERMISSIONS, SENSITIVITY_LEVELS, type Permission, type Role, type Sensitivity } from '../../server/contracts/index.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer();

/** Each reading endpoint: the permission it needs, and how an actor shows up in it. */
interface Endpoint {
  name: string;
  permission: Permission;
  path(actorId: string, actorName: string): string;
  /** `by-id` endpoints answer 404 for an invisible actor; `listing` ones leave it out. */
  kind: 'by-id' | 'listing';
}

const ENDPOINTS: Endpoint[] = [
  { name: 'list', permission: 'read', kind: 'listing', path: () => '/api/actors?limit=500' },
  { name: 'get', permission: 'read', kind: 'by-id', path: (id) => `/api/actors/${id}` },
  { name: 'search', permission: 'read', kind: 'listing', path: (_id, name) => `/api/actors?text=${encodeURIComponent(name)}` },
  { name: 'ties', permission: 'read', kind: 'listing', path: () => '/api/ties?actor=cso-a' },
  { name: 'graph', permission: 'read', kind: 'listing', path: () => '/api/graph' },
  { name: 'path', permission: 'read', kind: 'by-id', path: (id) => `/api/analysis/path?from=${id}&to=gov` },
  { name: 'path-through', permission: 'read', kind: 'listing', path: () => '/api/analysis/path?from=cso-a&to=party&maxLength=6&limit=50' },
  { name: 'influence', permission: 'analyse', kind: 'listing', path: () => '/api/analysis/influence' },
  { name: 'conflict-ties', permission: 'analyse', kind: 'by-id', path: (id) => `/api/analysis/conflict-ties?actor=${id}` },
  { name: 'engagement-check', permission: 'analyse', kind: 'by-id', path: (id) => `/api/analysis/engagement-check?actor=${id}` },
  { name: 'coordination', permission: 'analyse', kind: 'listing', path: () => '/api/analysis/coordination' },
  { name: 'engagement', permission: 'analyse', kind: 'listing', path: () => '/api/analysis/engagement?minInfluence=1' },
  ...['snapshot', 'graphml', 'gexf', 'cytoscape', 'csv-nodes', 'csv-edges'].map((format): Endpoint => ({
    name: `export ${format}`,
    permission: 'export',
    kind: 'listing',
    path: () => `/api/exports/${format}?profile=full`,
  })),
];

const IDENTITIES: { role: Role; clearance: Sensitivity }[] = [
  { role: 'viewer', clearance: 'internal' },
  { role: 'analyst', clearance: 'confidential' },
  { role: 'analyst', clearance: 'strictly_confidential' },
  { role: 'leadership', clearance: 'confidential' },
  { role: 'administrator', clearance: 'strictly_confidential' },
];

const levelActor = (level: Sensitivity) => ({ id: `lvl-${level.replace('_', '-')}`, name: `Level ${level} Group` });
const effectiveLevels = (role: Role, clearance: Sensitivity) => {
  const capped = role === 'administrator' && clearance === 'strictly_confidential' ? 'confidential' : clearance;
  return SENSITIVITY_LEVELS.slice(0, SENSITIVITY_LEVELS.indexOf(capped) + 1) as readonly Sensitivity[];
};

const tokens = new Map<string, string>();

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, FIXTURE);
  for (const level of SENSITIVITY_LEVELS) {
    const { id, name } = levelActor(level);
    // Each level's actor is tied to cso-a (and, through it, on a path to the party) by a public tie,
    // so only the actor's own level decides what a viewer sees.
    await request(server.baseUrl, 'POST', '/api/actors', {
      id,
      name,
      kind: 'civil_society',
      subtype: 'womens_group',
      influence: 5,
      sensitivity: level,
      basedIn: ['east'],
    });
    await request(server.baseUrl, 'POST', '/api/ties', { type: 'cooperates_with', sourceId: id, targetId: 'cso-a', sensitivity: 'public' });
    await request(server.baseUrl, 'POST', '/api/ties', {
      type: 'communicates_with',
      sourceId: id,
      targetId: 'party',
      sensitivity: 'public',
    });
  }
  // Each also supports the output in the east, so the coordination view would name it.
  await loadDataset(server.db, {
    meta: { name: 'Matrix roles', source: 'tests', fictional: true, description: '' },
    outputRoles: SENSITIVITY_LEVELS.map((level) => ({
      actorId: levelActor(level).id,
      outputId: 'o1',
      role: 'support' as const,
      areaIds: ['east'],
    })),
  });
  for (const { role, clearance } of IDENTITIES) {
    tokens.set(`${role}/${clearance}`, (await server.userWithToken(`matrix-${role}-${clearance}`, role, clearance)).token);
  }
}, 120_000);

describe.each(IDENTITIES)('$role cleared $clearance', ({ role, clearance }) => {
  const visibleLevels = effectiveLevels(role, clearance);
  describe.each(ENDPOINTS)('$name', (endpoint) => {
    it.each([...SENSITIVITY_LEVELS])('an actor marked %s', async (level) => {
      const { id, name } = levelActor(level);
      const response = await request(server.baseUrl, 'GET', endpoint.path(id, name), undefined, {
        as: tokens.get(`${role}/${clearance}`)!,
      });
      if (!ROLE_PERMISSIONS[role].includes(endpoint.permission)) {
        expect(response.status).toBe(403);
        return;
      }
      const visible = visibleLevels.includes(level);
      if (endpoint.kind === 'by-id') {
        expect(response.status).toBe(visible ? 200 : 404);
        if (!visible) expect(JSON.stringify(response.body)).not.toContain(name);
        return;
      }
      expect(response.status).toBe(200);
      const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
      if (visible) expect(text).toContain(id);
      else {
        expect(text).not.toContain(id);
        expect(text).not.toContain(name);
      }
    });
  });
});
