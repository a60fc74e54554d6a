/**
 * The fictional demo scenario: the Republic of Veridia, a country with a peace operation, about
 * two hundred actors, their ties, the mission's engagements and the coordination around the
 * handbook's outputs. It is generated from a fixed seed, so every run yields the same dataset,
 * and it carries the patterns listed in DEMO_PATTERNS for the analyses to find.
 *
 * It refers to, but never defines, the outputs and the UN, World Bank, IMF and EU actors of the
 * handbook reference dataset; load that first.
 */
import type { DatasetInput } from '../contracts/dataset.js';
import { buildCivilSociety } from './demo-scenario-civil-society.js';
import { buildMechanisms, buildOutputRoles, buildOutputStances } from './demo-scenario-coordination.js';
import { buildEngagements } from './demo-scenario-engagements.js';
import { buildInstitutions } from './demo-scenario-institutions.js';
import { DEMO_AREAS } from './demo-scenario-names.js';
import { SeededRandom } from './demo-scenario-random.js';
import { buildTies } from './demo-scenario-ties.js';

export { DEMO_PATTERNS } from './demo-scenario-patterns.js';

/** Changing the seed changes every generated name, tie and engagement: tests pin this one. */
export const DEMO_SEED = 20251201;

/** Builds the whole scenario. Pure and deterministic: two calls return deep-equal datasets. */
export function buildDemoScenario(): DatasetInput {
  // Separate streams per part, so adding a tie rule does not reshuffle the actors or engagements.
  const institutions = buildInstitutions();
  const actors = [...institutions, ...buildCivilSociety(new SeededRandom(DEMO_SEED), institutions)];
  return {
    meta: {
      name: 'Demo scenario: Republic of Veridia (fictional)',
      source: 'Fictional scenario generated for demonstration; not real data',
      fictional: true,
      description:
        'A fictional country, the Republic of Veridia, with a fictional UN peace operation (UNIMIV), conflict parties, ' +
        'host government, donors and civil society. Every name, tie and engagement is invented for demonstration and ' +
        'training; none describes a real person, organisation or place.',
    },
    areas: DEMO_AREAS.map((area) => ({
      id: area.id,
      name: area.name,
      pcode: area.pcode,
      level: 1,
      parentId: null,
      isCapital: area.isCapital,
    })),
    actors,
    ties: buildTies(new SeededRandom(DEMO_SEED + 1), actors),
    outputs: [],
    outputRoles: buildOutputRoles(),
    outputStances: buildOutputStances(new SeededRandom(DEMO_SEED + 2), actors),
    mechanisms: buildMechanisms(actors),
    engagements: buildEngagements(new SeededRandom(DEMO_SEED + 3), actors),
  };
}
