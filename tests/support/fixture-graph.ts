/**
 * A small hand-made map for tests whose right answers are worked out by hand: two areas, six
 * actors of four kinds, five ties of four types, one output with one activity.
 *
 *   capital:  gov (government), un (un_entity, leads output o1), cso-a (civil_society, women's group)
 *   east:     cso-b (civil_society, youth group), party (conflict_party), donor (donor, based in capital, active east)
 *
 *   donor -funds-> cso-a        un -cooperates_with- gov       cso-b -affiliated_with-> party
 *   cso-a -communicates_with- cso-b                             party -in_conflict_with- gov
 *   cso-b contributes to activity o1-act-1; party obstructs output o1
 */
import type { DatasetInput } from '../../server/contracts/index.js';

export const FIXTURE: DatasetInput = {
  meta: { name: 'Test fixture', source: 'tests/support/fixture-graph.ts', fictional: true, description: 'Hand-made test graph' },
  areas: [
    { id: 'capital', name: 'Capital', pcode: 'TT01', isCapital: true },
    { id: 'east', name: 'East', pcode: 'TT02' },
  ],
  actors: [
    { id: 'gov', name: 'Ministry of Peace', kind: 'government', subtype: 'ministry', basedIn: ['capital'] },
    { id: 'un', name: 'UN Agency', kind: 'un_entity', acronym: 'UNA', basedIn: ['capital'], activeIn: ['east'] },
    { id: 'cso-a', name: 'Women Together', kind: 'civil_society', subtype: 'womens_group', influence: 4, basedIn: ['capital'] },
    { id: 'cso-b', name: 'Youth Voice', kind: 'civil_society', subtype: 'youth_group', influence: 2, basedIn: ['east'] },
    { id: 'party', name: 'Eastern Front', kind: 'conflict_party', subtype: 'armed_group', basedIn: ['east'] },
    { id: 'donor', name: 'Donor Agency', kind: 'donor', subtype: 'bilateral_donor', basedIn: ['capital'], activeIn: ['east'] },
  ],
  ties: [
    { id: 't-funds', type: 'funds', sourceId: 'donor', targetId: 'cso-a', outputId: 'o1' },
    { id: 't-coop', type: 'cooperates_with', sourceId: 'un', targetId: 'gov' },
    { id: 't-affil', type: 'affiliated_with', sourceId: 'cso-b', targetId: 'party' },
    { id: 't-comm', type: 'communicates_with', sourceId: 'cso-a', targetId: 'cso-b' },
    { id: 't-conflict', type: 'in_conflict_with', sourceId: 'party', targetId: 'gov' },
  ],
  outputs: [
    {
      id: 'o1',
      title: 'Test output',
      summary: 'For tests',
      activities: [{ id: 'o1-act-1', title: 'Test activity', description: '' }],
      benchmarks: [{ id: 'o1-bm-1', term: 'short', text: 'Benchmark', status: 'in_progress' }],
      risks: [{ id: 'o1-risk-1', text: 'Risk' }],
    },
  ],
  outputRoles: [{ actorId: 'un', outputId: 'o1', role: 'lead', areaIds: ['capital'] }],
  outputStances: [
    { actorId: 'cso-b', targetId: 'o1-act-1', stance: 'contributes_to' },
    { actorId: 'party', targetId: 'o1', stance: 'obstructs' },
  ],
};
