/**
 * The demo's sources and claims, with the planted cases the analyses and the contested list must
 * find (issue #15): a youth group's tie to an armed movement resting on one F6 rumour; a stance on
 * which two mission sections disagree; a funding tie corroborated by two reliable sources. All
 * fictional. Planted after the demo dataset and before the migration of source texts; the planted
 * ties' source texts are emptied (their claims now carry the provenance). Written through the
 * stores as the server itself, so grades are stored as for any write; ids are fixed, and a source
 * or claim already present is left alone, so seeding twice plants once.
 */
import { SYSTEM_VIEWER } from '../access/viewer.js';
import type { ClaimCreate, SourceCreate, TieType } from '../contracts/index.js';
import { relationshipTypeForTie } from '../db/allowlist.js';
import type { Database } from '../db/database.js';
import { AppError } from '../errors.js';
import { clearTieSourceText, findTieBetween } from '../queries/evidence.js';
import { createClaimStore } from './claim-store.js';
import { createSourceStore } from './source-store.js';

export const DEMO_EVIDENCE = {
  rumouredTie: { from: 'vr-cso-highland-patriots', to: 'vr-cp-hdb', type: 'affiliated_with' as TieType, sourceId: 'vr-src-market-rumour' },
  contestedStance: { actorId: 'vr-cso-eastern-voice', sourceIds: ['vr-src-civil-affairs-note', 'vr-src-political-affairs-note'] },
  corroboratedFunding: {
    from: 'vr-donor-a',
    to: 'vr-cso-vwn',
    type: 'funds' as TieType,
    sourceIds: ['vr-src-donor-a-report', 'vr-src-vwn-audit'],
  },
} as const;

const SOURCES: (SourceCreate & { id: string })[] = [
  {
    id: 'vr-src-market-rumour',
    title: 'Rumour heard at Kessenberg market (fictional)',
    kind: 'observation',
    reliability: 'F',
    reference: '',
    date: '2026-09-14',
  },
  {
    id: 'vr-src-civil-affairs-note',
    title: 'Civil Affairs meeting note, Eastern Voice (fictional)',
    kind: 'meeting_note',
    reliability: 'B',
    reference: '',
    date: '2026-10-02',
  },
  {
    id: 'vr-src-political-affairs-note',
    title: 'Political Affairs weekly, East (fictional)',
    kind: 'report',
    reliability: 'B',
    reference: '',
    date: '2026-10-09',
  },
  {
    id: 'vr-src-donor-a-report',
    title: 'Donor Country A annual report 2025 (fictional)',
    kind: 'document',
    reliability: 'A',
    reference: '',
    date: '2026-03-31',
  },
  {
    id: 'vr-src-vwn-audit',
    title: "Veridia Women's Network audited accounts (fictional)",
    kind: 'document',
    reliability: 'B',
    reference: '',
    date: '2026-05-15',
  },
];

async function absent(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read();
    return false;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return true;
    throw error;
  }
}

export async function plantDemoEvidence(db: Database): Promise<void> {
  const sources = createSourceStore(db);
  const claims = createClaimStore(db);
  for (const source of SOURCES) if (await absent(() => sources.get(source.id, SYSTEM_VIEWER))) await sources.create(source, SYSTEM_VIEWER);
  const tieOf = async ({ from, to, type }: { from: string; to: string; type: TieType }) => {
    const relationshipTypes = [relationshipTypeForTie(type)];
    const [row] = await db.read(findTieBetween, { from, to, relationshipTypes });
    if (!row) throw new Error(`demo evidence: no ${type} tie between ${from} and ${to}`);
    await db.write(clearTieSourceText, { tieId: row.tieId, relationshipTypes });
    return row.tieId;
  };
  const { rumouredTie, contestedStance, corroboratedFunding } = DEMO_EVIDENCE;
  const rumoured = await tieOf(rumouredTie);
  const funding = await tieOf(corroboratedFunding);
  const planted: (ClaimCreate & { id: string })[] = [
    {
      id: 'vr-clm-rumour',
      sourceId: rumouredTie.sourceId,
      tieId: rumoured,
      exists: true,
      credibility: 6,
      observedAt: '2026-09-14',
      note: 'Heard once; not checked',
    },
    {
      id: 'vr-clm-stance-civil',
      sourceId: contestedStance.sourceIds[0],
      actorId: contestedStance.actorId,
      attribute: 'stance',
      value: 1,
      credibility: 2,
      observedAt: '2026-10-02',
      note: 'Supportive in the meeting',
    },
    {
      id: 'vr-clm-stance-political',
      sourceId: contestedStance.sourceIds[1],
      actorId: contestedStance.actorId,
      attribute: 'stance',
      value: -2,
      credibility: 2,
      observedAt: '2026-10-09',
      note: 'Hostile online',
    },
    {
      id: 'vr-clm-funding-report',
      sourceId: corroboratedFunding.sourceIds[0],
      tieId: funding,
      exists: true,
      credibility: 2,
      observedAt: '2026-03-31',
      note: '',
    },
    {
      id: 'vr-clm-funding-audit',
      sourceId: corroboratedFunding.sourceIds[1],
      tieId: funding,
      exists: true,
      credibility: 2,
      observedAt: '2026-05-15',
      note: '',
    },
  ];
  for (const claim of planted) if (await absent(() => claims.get(claim.id, SYSTEM_VIEWER))) await claims.create(claim, SYSTEM_VIEWER);
}
