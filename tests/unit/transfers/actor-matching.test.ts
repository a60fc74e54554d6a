/**
 * Matching an import's actors to the visible map (actor-matching.ts) and reading lists of actors
 * (three-w-mapper.ts with a mapping), without a database: folding, external ids, a person's
 * corrections, rows kept apart, references, and the doubts about a badly guessed reading.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../server/contracts/index.js';
import { foldName, matchPlanActors, type MatchableActor } from '../../../server/imports/actor-matching.js';
import { ImportNeedsMapping } from '../../../server/imports/import-errors.js';
import { emptyPlan, isProvisional, provisionalId, type ImportPlan } from '../../../server/imports/import-plan.js';
import { DEFAULT_IMPORT_LIMITS } from '../../../server/imports/limits.js';
import { readUpload, type ReadContext } from '../../../server/imports/read-upload.js';

const FIXTURES = new URL('../../fixtures/imports/', import.meta.url);
const meta = { name: 'test', source: 'test.csv', fictional: false, description: '' };
const VISIBLE: MatchableActor[] = [
  {
    id: 'unhcr',
    name: 'Office of the United Nations High Commissioner for Refugees',
    acronym: 'UNHCR',
    aliases: ['UN Refugee Agency'],
    externalIds: [{ scheme: 'iati', value: 'XM-DAC-41121' }],
  },
  { id: 'unicef', name: 'United Nations Children’s Fund', acronym: 'UNICEF', aliases: [] },
  { id: 'iom', name: 'International Organization for Migration', acronym: 'IOM', aliases: ['OIM'] },
  { id: 'un-women', name: 'United Nations Entity for Gender Equality and the Empowerment of Women', acronym: 'UN Women', aliases: [] },
];

function planOf(names: string[]): ImportPlan {
  const plan = emptyPlan(meta);
  names.forEach((name, index) => {
    const id = provisionalId(name);
    plan.actors.push({
      id,
      name,
      kind: 'civil_society',
      aliases: [],
      description: '',
      basedIn: [],
      activeIn: [`area-${index}`],
      doNoHarmRole: 'unknown',
      womenFocus: false,
      youthFocus: false,
      needs: [],
    });
    plan.origins[`actor:${id}`] = { line: index + 2, column: 'H', sheet: null, given: ['name', 'activeIn', 'acronym'] };
    plan.outputStances.push({ actorId: id, targetId: 'sector-x', stance: 'contributes_to' });
  });
  return plan;
}

describe('folding names', () => {
  it('folds case, accents, both apostrophes and spaces, and nothing else', () => {
    expect(foldName("United Nations Children's Fund")).toBe(foldName('UNITED NATIONS CHILDREN’S  FUND'));
    expect(foldName('Haut-Commissariat des Nations unies pour les réfugiés')).toBe('haut-commissariatdesnationsuniespourlesrefugies');
    expect(foldName('UN Women')).toBe(foldName('UNWOMEN'));
    expect(foldName('UN-Women')).not.toBe(foldName('UN Women'));
  });
});

describe('matching the actors of a table to the visible map', () => {
  it('links acronyms, folded names, aliases and "A / B" variants; creates the rest; one record per existing actor', () => {
    const plan = planOf(['UNHCR', "United Nations Children's Fund", 'UNWOMEN', 'IOM', 'OIM / IOM', 'Local Aid', 'un refugee agency']);
    const { matches, problems } = matchPlanActors(plan, VISIBLE);
    expect(problems).toEqual([]);
    expect(matches.map((m) => [m.name, m.status, m.id, m.by])).toEqual([
      ['UNHCR', 'matched', 'unhcr', 'acronym'],
      ["United Nations Children's Fund", 'matched', 'unicef', 'name'],
      ['UNWOMEN', 'matched', 'un-women', 'acronym'],
      ['IOM', 'matched', 'iom', 'acronym'],
      ['OIM / IOM', 'matched', 'iom', 'variants'],
      ['Local Aid', 'created', null, null],
      ['un refugee agency', 'matched', 'unhcr', 'alias'],
    ]);
    expect(plan.actors.map((a) => a.id).filter((id) => !isProvisional(id))).toEqual(['unhcr', 'unicef', 'un-women', 'iom']);
    const unhcr = plan.actors.find((a) => a.id === 'unhcr');
    // The map's name stays; the rows' places are joined; no stance is counted twice.
    expect(unhcr).toMatchObject({ name: VISIBLE[0]?.name, activeIn: ['area-0', 'area-6'] });
    expect(plan.origins['actor:unhcr']?.given).not.toContain('name');
    expect(plan.outputStances.filter((s) => s.actorId === 'unhcr')).toHaveLength(1);
  });

  it('follows a person\'s "same as" and "new", and refuses an id it cannot see without saying more', () => {
    const plan = planOf(['UN Refugees', 'UNICEF', 'Someone']);
    const { matches, problems } = matchPlanActors(plan, VISIBLE, { 'UN Refugees': 'unhcr', UNICEF: 'new', Someone: 'hidden-actor' });
    expect(matches.map((m) => [m.status, m.id, m.by])).toEqual([
      ['matched', 'unhcr', 'person'],
      ['created', null, null],
      ['created', null, null],
    ]);
    expect(problems).toEqual([
      {
        line: 4,
        column: 'H',
        sheet: null,
        reason: expect.stringMatching(/names no actor you can see/),
        messageCode: 'import.same_as_unknown',
        params: { id: 'hidden-actor' },
      },
    ]);
  });

  it('matches by external id first, and never by name when the ids differ', () => {
    const plan = planOf(['Refugee office', 'UNHCR']);
    (plan.actors[0] as ImportPlan['actors'][number]).externalIds = [{ scheme: 'IATI', value: 'XM-DAC-41121' }];
    (plan.actors[1] as ImportPlan['actors'][number]).externalIds = [{ scheme: 'iati', value: 'XM-DAC-99999' }];
    const { matches } = matchPlanActors(plan, VISIBLE);
    expect(matches.map((m) => [m.status, m.by])).toEqual([
      ['matched', 'externalId'],
      ['created', null],
    ]);
  });
});

async function read(file: string, mapping?: ColumnMapping, context: Partial<ReadContext> = {}) {
  const bytes = new Uint8Array(readFileSync(new URL(file, FIXTURES)));
  return readUpload(
    { name: file, bytes, contentType: 'text/csv' },
    mapping,
    { actors: new Set(), areas: new Set(), ...context },
    DEFAULT_IMPORT_LIMITS,
  );
}

const ARMED_GROUPS: ColumnMapping = {
  columns: {
    org: 'name',
    externalId: 'actor_id',
    originalName: 'name_original',
    kind: 'type_code',
    areas: 'region',
    reference: 'parent_id',
    aliases: 'other_names',
  },
  externalIdScheme: 'acled',
  kindValues: { 2: 'conflict_party', 3: 'conflict_party', 4: 'government' },
  constants: { subtype: 'armed_group' },
  referenceRelation: 'parent_organisation',
  referenceTieType: 'affiliated_with',
};

describe('a list of armed groups, once mapped', () => {
  it('reads coded kinds, original-script names, aliases, ids and parents; keeps same-named groups apart; warns of unknown parents', async () => {
    const areas = new Map([
      ['east', 'east'],
      ['north', 'north'],
      ['south', 'south'],
      ['capital', 'capital'],
    ]);
    const result = await read('armed-groups.csv', { ...ARMED_GROUPS, constants: {}, subtypeValues: {} }, { areaLookup: areas });
    expect(result.problems).toEqual([]);
    const actors = result.plan?.actors ?? [];
    expect(actors).toHaveLength(6);
    const elf = actors.filter((a) => a.name === 'Eastern Liberation Front');
    expect(elf.map((a) => [a.originalName, a.externalIds, a.kind, a.activeIn])).toEqual([
      ['جبهة تحرير الشرق', [{ scheme: 'acled', value: 'AG-001' }], 'conflict_party', ['east']],
      ['ጃብሃት ምሥራቅ', [{ scheme: 'acled', value: 'AG-002' }], 'conflict_party', ['north']],
    ]);
    expect(elf[0]?.aliases).toEqual(['ELF', "Front de libération de l'Est"]);
    expect(actors.find((a) => a.name === 'Ministry of Defence')?.kind).toBe('government');
    expect(result.plan?.keptApart).toHaveLength(2);
    expect(result.warnings.map((w) => w.reason)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/2 actors are named "Eastern Liberation Front" with different external ids \(AG-001, AG-002\): kept apart/),
        expect.stringMatching(/"AG-999" is the acled id of no row of this file and of no actor in the map/),
      ]),
    );
    expect(result.warnings.find((w) => /AG-999/.test(w.reason))?.line).toBe(7);
    const ties = result.plan?.ties ?? [];
    expect(
      ties.map((t) => [
        actors.find((a) => a.id === t.sourceId)?.externalIds?.[0]?.value,
        actors.find((a) => a.id === t.targetId)?.externalIds?.[0]?.value,
        t.type,
        t.description,
      ]),
    ).toEqual([
      ['AG-002', 'AG-001', 'affiliated_with', 'Parent organisation'],
      ['AG-004', 'AG-003', 'affiliated_with', 'Parent organisation'],
    ]);
  });

  it('refuses a coded kind that is not mapped, at its line', async () => {
    const result = await read('armed-groups.csv', { ...ARMED_GROUPS, kindValues: { 2: 'conflict_party' } });
    expect(result.problems.map((p) => [p.line, p.column])).toEqual([
      [4, 'D (type_code)'],
      [5, 'D (type_code)'],
      [6, 'D (type_code)'],
    ]);
  });
});

describe('a mis-guessed reading', () => {
  it('is put to the person, with the doubts, instead of "checked"', async () => {
    const error = await read('armed-groups-misguessed.csv').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportNeedsMapping);
    const doubts = (error as ImportNeedsMapping).doubts.map((d) => `${d.column}: ${d.reason}`);
    expect(doubts).toEqual([
      expect.stringMatching(/^A \(Actor\): 40 rows name only 4 actors/),
      expect.stringMatching(/^C \(Region\): this column would create 37 admin areas named by short codes/),
    ]);
    expect((error as ImportNeedsMapping).columns.map((c) => c.field)).toEqual(['org', null, 'adm1']);
  });

  it('reads correctly once mapped, with no doubt left', async () => {
    const result = await read('armed-groups-misguessed.csv', {
      columns: { org: 'Name', kind: 'Actor' },
      kindValues: {
        'Rebel group': 'conflict_party',
        'Political militia': 'conflict_party',
        'Identity militia': 'conflict_party',
        'State forces': 'government',
      },
    });
    expect(result.problems).toEqual([]);
    expect(result.mappingDoubts).toEqual([]);
    expect(result.plan?.actors).toHaveLength(40);
    expect(result.plan?.areas).toHaveLength(0);
  });
});
