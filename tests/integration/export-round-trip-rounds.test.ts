/**
 * Mapping rounds in the JSON snapshot (issue 14), against the real Neo4j: export -> empty ->
 * import gives the same rounds; a round of the file with an id the map holds updates it; a bad
 * round date is refused at its JSON path and nothing is written; an older snapshot without
 * `rounds` still imports; undoing the import removes the rounds it created; the redaction
 * profiles strip a round's description (and, shareable, who signed it off).
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';
import { download, upload } from '../support/transfers/transfer-client.js';

const server = useTestServer({ reset: 'each' });
const api = (method: string, path: string, body?: unknown) => request(server.baseUrl, method, path, body);

interface StoredRound {
  id: string;
  name: string;
  at: string;
  description: string;
  signedOffBy: string | null;
  createdBy: string | null;
  createdAt: string;
}

const ROUNDS = [
  {
    name: 'Mapping round Q2 2026',
    at: '2026-06-30T12:00:00.000Z',
    description: 'Baseline with the regional offices',
    signedOffBy: 'Head of Office',
  },
  { name: 'Mapping round Q3 2026', at: '2026-09-30T12:00:00.000Z' },
];

async function storedRounds(): Promise<StoredRound[]> {
  const response = await api('GET', '/api/rounds');
  expect(response.status).toBe(200);
  return (response.body as { items: StoredRound[] }).items;
}

/** What a snapshot carries of a round. */
const carried = ({ id, name, at, description, signedOffBy }: StoredRound) => ({ id, name, at, description, signedOffBy });

/** The fixture map with two rounds made through the API; returns its snapshot. */
async function mapWithRounds(query = '') {
  await loadDataset(server.db, FIXTURE);
  for (const round of ROUNDS) expect((await api('POST', '/api/rounds', round)).status).toBe(201);
  const exported = await download(server.baseUrl, 'snapshot', query);
  expect(exported.status).toBe(200);
  return JSON.parse(exported.text);
}

describe('mapping rounds in the snapshot', () => {
  it('export -> empty -> import gives the same rounds, the importer named as their creator', async () => {
    const snapshot = await mapWithRounds();
    const before = await storedRounds();
    expect(snapshot.dataset.rounds).toHaveLength(2);
    expect(snapshot.dataset.rounds).toEqual(expect.arrayContaining(before.map(carried)));
    expect(snapshot.dataset.rounds.find((round: StoredRound) => round.name === ROUNDS[1]!.name)).toMatchObject({
      description: '',
      signedOffBy: null,
    });

    await server.reset();
    expect(await storedRounds()).toEqual([]);
    const imported = await upload(server.baseUrl, 'map.snapshot.json', JSON.stringify(snapshot));
    expect(imported.status, JSON.stringify(imported.body.problems?.slice(0, 3))).toBe(201);
    const after = await storedRounds();
    expect(after.map(carried)).toEqual(before.map(carried));
    for (const round of after) expect(round.createdBy).toBe(before[0]!.createdBy);

    const again = JSON.parse((await download(server.baseUrl, 'snapshot')).text);
    expect(again.dataset.rounds).toEqual(snapshot.dataset.rounds);
  });

  it('updates a round the map holds under the same id, keeping when it was created', async () => {
    const snapshot = await mapWithRounds();
    const [newest] = await storedRounds();
    const row = snapshot.dataset.rounds.find((round: StoredRound) => round.id === newest!.id);
    Object.assign(row, { name: 'Q3 2026, signed off', at: '2026-10-01T08:00:00Z', signedOffBy: 'SRSG' });
    delete row.description;
    const imported = await upload(server.baseUrl, 'again.snapshot.json', JSON.stringify(snapshot));
    expect(imported.status, JSON.stringify(imported.body.problems?.slice(0, 3))).toBe(201);
    const rounds = await storedRounds();
    expect(rounds).toHaveLength(2);
    const updated = rounds.find((round) => round.id === newest!.id)!;
    expect(updated).toMatchObject({ name: 'Q3 2026, signed off', at: '2026-10-01T08:00:00.000Z', signedOffBy: 'SRSG' });
    // A row without a description leaves the stored one; the creation is the round's, not the import's.
    expect(updated.description).toBe(newest!.description);
    expect(updated.createdAt).toBe(newest!.createdAt);
  });

  it('refuses a round whose date is not an ISO date-time at its JSON path, and the store stays as it was', async () => {
    const snapshot = await mapWithRounds();
    const before = await storedRounds();
    const actors = await server.count('MATCH (a:Actor) RETURN count(a)');
    snapshot.dataset.rounds[0].name = 'Renamed by a file that is refused';
    snapshot.dataset.actors[0].name = 'Renamed by a file that is refused';
    snapshot.dataset.rounds.push({ id: 'round-bad', name: 'Q4', at: '31/12/2026' });
    const refused = await upload(server.baseUrl, 'bad.snapshot.json', JSON.stringify(snapshot));
    expect(refused.status).toBe(422);
    expect(refused.body.problems).toEqual([
      {
        line: null,
        column: 'dataset.rounds.2.at',
        sheet: null,
        reason: 'must be an ISO date-time, e.g. 2026-09-30T12:00:00Z',
        messageCode: 'field.datetime_format',
        params: {},
      },
    ]);
    expect(await storedRounds()).toEqual(before);
    expect(await server.count('MATCH (a:Actor) RETURN count(a)')).toBe(actors);
    expect(await server.count("MATCH (a:Actor {name: 'Renamed by a file that is refused'}) RETURN count(a)")).toBe(0);

    // The dataset loader (seed) refuses it at the same place.
    const { format: _format, export: _export, dataset } = snapshot;
    await expect(loadDataset(server.db, dataset)).rejects.toThrow(/rounds\.2\.at: must be an ISO date-time/);
    expect(await storedRounds()).toEqual(before);
  });

  it('imports an older snapshot without rounds, leaving the rounds the map holds', async () => {
    const snapshot = await mapWithRounds();
    const before = await storedRounds();
    delete snapshot.dataset.rounds;
    const imported = await upload(server.baseUrl, 'old.snapshot.json', JSON.stringify(snapshot));
    expect(imported.status, JSON.stringify(imported.body.problems?.slice(0, 3))).toBe(201);
    expect(await storedRounds()).toEqual(before);

    await server.reset();
    expect((await upload(server.baseUrl, 'old.snapshot.json', JSON.stringify(snapshot))).status).toBe(201);
    expect(await storedRounds()).toEqual([]);
    expect(await server.count('MATCH (a:Actor) RETURN count(a)')).toBeGreaterThan(0);
  });

  it('undoing the import removes the rounds it created, unless one was edited since', async () => {
    const snapshot = await mapWithRounds();
    await server.reset();
    const first = await upload(server.baseUrl, 'map.snapshot.json', JSON.stringify(snapshot));
    expect(first.status).toBe(201);
    const [edited] = await storedRounds();
    expect((await api('PATCH', `/api/rounds/${edited!.id}`, { name: 'Edited after the import' })).status).toBe(200);
    const blocked = await api('DELETE', `/api/imports/${first.body.importId}`);
    expect(blocked.status).toBe(409);
    expect(JSON.stringify(blocked.body)).toContain(edited!.id);

    await server.reset();
    const second = await upload(server.baseUrl, 'map.snapshot.json', JSON.stringify(snapshot));
    expect(second.status).toBe(201);
    expect(await storedRounds()).toHaveLength(2);
    expect((await api('DELETE', `/api/imports/${second.body.importId}`)).status).toBe(200);
    expect(await storedRounds()).toEqual([]);
  });

  it('strips descriptions in the internal profile and who signed off in the shareable one', async () => {
    const internal = await mapWithRounds('?profile=internal');
    expect(internal.dataset.rounds.map((round: StoredRound) => round.description)).toEqual(['', '']);
    expect(internal.dataset.rounds.map((round: StoredRound) => round.signedOffBy).sort()).toEqual(['Head of Office', null]);
    const shareable = JSON.parse((await download(server.baseUrl, 'snapshot', '?profile=shareable')).text);
    expect(shareable.dataset.rounds.map((round: StoredRound) => round.signedOffBy)).toEqual([null, null]);
    expect(shareable.dataset.rounds.map((round: StoredRound) => round.name).sort()).toEqual(ROUNDS.map((round) => round.name));
  });
});
