/**
 * Security review 2, M3: stored import reports keep no names from the map. A match keeps the
 * matched actor's id but not its name, and an "also named so" note keeps the other actors' ids;
 * both are named when the report is read, only for the actors the reader may see then.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { as, importAs } from '../support/security-writes.js';

const server = useTestServer({ reset: 'each' });

beforeEach(async () => {
  await loadDataset(server.db, {
    ...FIXTURE,
    actors: [
      ...FIXTURE.actors!,
      // Another actor the row's name folds to (through an alias): the note quotes its name.
      { id: 'gov-old', name: 'Peace Ministry Archive', aliases: ['Ministry of Peace'], kind: 'government', basedIn: ['capital'] },
    ],
  });
  await server.count("MATCH (a:Actor) WHERE a.id IN ['gov', 'gov-old'] SET a.sensitivity = 'confidential' RETURN count(a)");
}, 120_000);

const GRANTS = [
  { scope: 'actor' as const, targetId: 'gov' },
  { scope: 'actor' as const, targetId: 'gov-old' },
];

interface Match {
  id: string | null;
  existingName: string | null;
  note: string | null;
}

describe('stored import reports (M3)', () => {
  it('keep the ids of matched actors but no names, and name them only while the reader may see them', async () => {
    const granted = await server.userWithToken('m3-granted', 'analyst', 'internal', GRANTS);
    const dryRun = await importAs(server, granted.token, 'x.csv', 'Organisation,Sector\nMinistry of Peace,Protection\n', '&dryRun=true');
    expect(dryRun.status).toBe(200);
    const id = dryRun.body.importId as string;
    // The live answer names what the importer may see now.
    expect(dryRun.body.matches).toEqual([
      expect.objectContaining({ id: 'gov', existingName: 'Ministry of Peace', note: expect.stringContaining('Peace Ministry Archive') }),
    ]);
    // Nothing of the map's names is stored.
    expect(
      await server.count("MATCH (j:ImportJob {id: $id}) WHERE j.report CONTAINS 'Peace Ministry Archive' RETURN count(j)", { id }),
    ).toBe(0);
    expect(await server.count('MATCH (j:ImportJob {id: $id}) WHERE j.report CONTAINS \'"existingName":"\' RETURN count(j)', { id })).toBe(
      0,
    );
    const read = async (token: string) => {
      const response = await as(server, token)('GET', `/api/imports/${id}`);
      expect(response.status).toBe(200);
      return response.body as { matches: Match[] };
    };
    // While the grants stand, the report names both actors.
    const whileGranted = await read(granted.token);
    expect(whileGranted.matches).toEqual([
      expect.objectContaining({
        id: 'gov',
        existingName: 'Ministry of Peace',
        note: expect.stringContaining('"Peace Ministry Archive" (gov-old)'),
      }),
    ]);
    // Revoked: the ids stay, the names are gone.
    const revoked = await server.userWithToken('m3-granted', 'analyst', 'internal', []);
    const afterRevoke = await read(revoked.token);
    expect(afterRevoke.matches).toEqual([expect.objectContaining({ id: 'gov', existingName: null, note: null })]);
    expect(JSON.stringify(afterRevoke)).not.toContain('Peace Ministry Archive');
    // One grant back: only that actor is named.
    const one = await server.userWithToken('m3-granted', 'analyst', 'internal', [GRANTS[1]!]);
    expect((await read(one.token)).matches).toEqual([
      expect.objectContaining({ id: 'gov', existingName: null, note: expect.stringContaining('"Peace Ministry Archive" (gov-old)') }),
    ]);
  }, 120_000);
});
