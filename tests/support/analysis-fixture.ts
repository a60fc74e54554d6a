/**
 * A small map for the analysis tests, built so every right answer can be worked out by hand (the
 * tests show the arithmetic). Two parties, a CSO tied to both, a CSO two steps away, one three
 * steps away through a conflict tie, an isolated CSO, three agencies, two donors, three outputs
 * (one with no activity and no role anywhere), and five engagements.
 *
 *   d1 -funds(o1)-> c1 <-funds(o1)- d2          m1 -communicates- c1
 *   c3 -in_conflict- c1 -cooperates(3, corroborated)- c2 -affiliated(3, confirmed)-> p1
 *                                                     c2 -communicates(3, confirmed)- p2
 *   p1 -in_conflict- p2          u1 -cooperates- u2          c4, u3: no ties
 */
import type { DatasetInput } from '../../server/contracts/index.js';

const sure = { strength: 3, confidence: 'confirmed' } as const;

export const ANALYSIS_FIXTURE: DatasetInput = {
  meta: {
    name: 'Analysis fixture',
    source: 'tests/support/analysis-fixture.ts',
    fictional: true,
    description: 'Hand-worked analysis graph',
  },
  areas: [
    { id: 'cap', name: 'Capital', pcode: 'AF01', isCapital: true },
    { id: 'east', name: 'East', pcode: 'AF02' },
    { id: 'west', name: 'West', pcode: 'AF03' },
  ],
  actors: [
    { id: 'p1', name: 'Alpha Front', kind: 'conflict_party', subtype: 'armed_group', doNoHarmRole: 'divider', basedIn: ['east'] },
    { id: 'p2', name: 'Beta Army', kind: 'conflict_party', subtype: 'militia', doNoHarmRole: 'divider', basedIn: ['west'] },
    {
      id: 'c1',
      name: 'Women A',
      kind: 'civil_society',
      subtype: 'womens_group',
      influence: 5,
      doNoHarmRole: 'connector',
      basedIn: ['cap'],
    },
    { id: 'c2', name: 'Youth B', kind: 'civil_society', subtype: 'youth_group', influence: 4, doNoHarmRole: 'divider', basedIn: ['east'] },
    { id: 'c3', name: 'Union C', kind: 'civil_society', subtype: 'trade_union', influence: 5, basedIn: ['west'] },
    { id: 'c4', name: 'Isolated D', kind: 'civil_society', subtype: 'community_leader', influence: 2, basedIn: ['west'] },
    { id: 'u1', name: 'Agency One', kind: 'un_entity', subtype: 'agency', basedIn: ['cap'] },
    { id: 'u2', name: 'Agency Two', kind: 'un_entity', subtype: 'fund', basedIn: ['cap'] },
    { id: 'u3', name: 'Agency Three', kind: 'un_entity', subtype: 'programme', basedIn: ['cap'] },
    { id: 'd1', name: 'Donor X', kind: 'donor', subtype: 'bilateral_donor', basedIn: ['cap'] },
    { id: 'd2', name: 'Donor Y', kind: 'donor', subtype: 'bilateral_donor', basedIn: ['cap'] },
    { id: 'm1', name: 'Civil Affairs', kind: 'mission_component', subtype: 'civil_affairs', basedIn: ['cap'] },
  ],
  ties: [
    { id: 't1', type: 'affiliated_with', sourceId: 'c2', targetId: 'p1', ...sure },
    { id: 't2', type: 'communicates_with', sourceId: 'c2', targetId: 'p2', ...sure },
    { id: 't3', type: 'cooperates_with', sourceId: 'c1', targetId: 'c2', strength: 3, confidence: 'corroborated' },
    { id: 't4', type: 'in_conflict_with', sourceId: 'p1', targetId: 'p2', ...sure },
    { id: 't5', type: 'funds', sourceId: 'd1', targetId: 'c1', outputId: 'o1', strength: 2 },
    { id: 't6', type: 'funds', sourceId: 'd2', targetId: 'c1', outputId: 'o1', strength: 2 },
    { id: 't7', type: 'communicates_with', sourceId: 'm1', targetId: 'c1', strength: 1 },
    { id: 't8', type: 'cooperates_with', sourceId: 'u1', targetId: 'u2', strength: 2, validFrom: '2026-01-01', validTo: '2026-06-30' },
    { id: 't9', type: 'in_conflict_with', sourceId: 'c3', targetId: 'c1', strength: 3, confidence: 'corroborated' },
  ],
  outputs: [
    {
      id: 'o1',
      title: 'Output One',
      summary: '',
      activities: [
        { id: 'o1-a1', title: 'A1' },
        { id: 'o1-a2', title: 'A2' },
      ],
      benchmarks: [],
      risks: [],
    },
    { id: 'o2', title: 'Output Two', summary: '', activities: [], benchmarks: [], risks: [] },
    { id: 'o3', title: 'Output Three', summary: '', activities: [{ id: 'o3-a1', title: 'A1' }], benchmarks: [], risks: [] },
  ],
  outputRoles: [
    { actorId: 'u1', outputId: 'o1', role: 'lead', areaIds: ['cap', 'east'] },
    { actorId: 'u2', outputId: 'o1', role: 'support', areaIds: ['cap', 'east', 'west'] },
    { actorId: 'u3', outputId: 'o1', role: 'support', areaIds: ['cap'] },
    { actorId: 'd1', outputId: 'o1', role: 'support', areaIds: ['east'] },
    // A global (reference-style) role: shown in the matrix, covers no area.
    { actorId: 'm1', outputId: 'o3', role: 'lead', areaIds: [] },
  ],
  mechanisms: [
    { id: 'mech1', name: 'Capital Working Group', kind: 'cluster', areaIds: ['cap'], outputIds: ['o1'], memberIds: ['u1', 'u2', 'u3'] },
    { id: 'mech2', name: 'Donor Group', kind: 'donor_group', areaIds: [], outputIds: ['o3'], memberIds: ['d1', 'd2'] },
  ],
  engagements: [
    { id: 'e1', date: '2026-01-10', sectionId: 'm1', actorIds: ['c1'], format: 'meeting', areaId: 'cap', womensMechanism: true },
    { id: 'e2', date: '2026-02-10', sectionId: 'm1', actorIds: ['c1', 'c2'], format: 'workshop', areaId: 'cap' },
    { id: 'e3', date: '2026-03-10', sectionId: 'm1', actorIds: ['c2'], format: 'field_visit', areaId: 'east', youthMechanism: true },
    { id: 'e4', date: '2026-04-10', sectionId: 'm1', actorIds: ['c1'], format: 'meeting', areaId: 'cap' },
    { id: 'e5', date: '2025-06-01', sectionId: 'm1', actorIds: ['c3'], format: 'town_hall', areaId: 'west' },
  ],
};

/** The same map without the parties and their ties: "no conflict party" cases. */
export const FIXTURE_WITHOUT_PARTIES: DatasetInput = {
  ...ANALYSIS_FIXTURE,
  actors: (ANALYSIS_FIXTURE.actors ?? []).filter((actor) => actor.kind !== 'conflict_party'),
  ties: (ANALYSIS_FIXTURE.ties ?? []).filter((tie) => !['p1', 'p2'].includes(tie.sourceId) && !['p1', 'p2'].includes(tie.targetId)),
};
