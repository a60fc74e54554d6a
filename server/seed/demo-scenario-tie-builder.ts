/**
 * Collects the demo's ties: numbers them, refuses self-ties and duplicates, tracks who funds
 * what (so donor duplication happens only where DEMO_PATTERNS plants it), and fills in the
 * dated, sourced details every tie carries.
 */
import type { CONFIDENCE_LEVELS, Sensitivity, TieType } from '../contracts/vocabulary.js';
import { TIE_SOURCES } from './demo-scenario-names.js';
import { addDays, type SeededRandom } from './demo-scenario-random.js';

export interface DemoTie {
  id: string;
  type: TieType;
  sourceId: string;
  targetId: string;
  strength: number;
  source: string;
  confidence: (typeof CONFIDENCE_LEVELS)[number];
  observedAt: string;
  validFrom?: string;
  validTo?: string;
  outputId?: string;
  description: string;
  sensitivity: Sensitivity;
}

export type TieDetails = Partial<Omit<DemoTie, 'id' | 'type' | 'sourceId' | 'targetId'>>;

const SENSITIVITY_RANK: Record<Sensitivity, number> = { public: 0, internal: 1, confidential: 2, strictly_confidential: 3 };

export class TieBuilder {
  readonly ties: DemoTie[] = [];
  private readonly pairs = new Set<string>();
  private readonly funded = new Set<string>();

  /**
   * @param sensitivityOf the sensitivity of each demo actor; a tie is at least as sensitive as
   *   its most sensitive end (a tie to a defender reveals the defender).
   */
  constructor(
    private readonly random: SeededRandom,
    private readonly sensitivityOf: ReadonlyMap<string, Sensitivity>,
  ) {}

  /** Whether these two actors already have a tie of this type, in either direction. */
  has(type: TieType, a: string, b: string): boolean {
    return this.pairs.has(pairKey(type, a, b));
  }

  /** Whether someone already funds this recipient for this output. */
  isFunded(recipientId: string, outputId: string): boolean {
    return this.funded.has(`${recipientId}|${outputId}`);
  }

  /** Adds a tie unless it would join an actor to itself or repeat one; says whether it did. */
  add(type: TieType, sourceId: string, targetId: string, details: TieDetails = {}): boolean {
    if (sourceId === targetId || this.has(type, sourceId, targetId)) return false;
    this.pairs.add(pairKey(type, sourceId, targetId));
    if (type === 'funds' && details.outputId !== undefined) this.funded.add(`${targetId}|${details.outputId}`);
    const observedAt = details.observedAt ?? this.random.date('2025-01-15', '2026-10-31');
    const tie: DemoTie = {
      id: `vr-tie-${String(this.ties.length + 1).padStart(4, '0')}`,
      type,
      sourceId,
      targetId,
      strength: this.random.weighted([
        [1, 30],
        [2, 45],
        [3, 25],
      ]),
      source: this.random.pick(TIE_SOURCES),
      confidence: this.random.weighted([
        ['reported', 45],
        ['corroborated', 35],
        ['confirmed', 20],
      ]),
      observedAt,
      description: '',
      sensitivity: this.sensitivityFor(type, sourceId, targetId),
      ...details,
    };
    if (details.validFrom === undefined && this.random.chance(0.15)) {
      tie.validFrom = addDays(observedAt, -this.random.int(30, 400));
      if (this.random.chance(0.5)) tie.validTo = addDays(observedAt, this.random.int(30, 300));
    }
    this.ties.push(tie);
    return true;
  }

  private sensitivityFor(type: TieType, sourceId: string, targetId: string): Sensitivity {
    const ends = [sourceId, targetId].map((id) => this.sensitivityOf.get(id) ?? 'internal');
    const highest = ends.reduce((a, b) => (SENSITIVITY_RANK[b] > SENSITIVITY_RANK[a] ? b : a), 'internal' as Sensitivity);
    if (highest === 'public') return type === 'funds' ? 'public' : 'internal';
    return highest;
  }
}

function pairKey(type: TieType, a: string, b: string): string {
  return a < b ? `${type}|${a}|${b}` : `${type}|${b}|${a}`;
}
