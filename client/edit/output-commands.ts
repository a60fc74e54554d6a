/**
 * Undoable edits of an output's page: an actor's stance set or removed, a benchmark's status
 * changed. Each record keeps what was there before, so undo puts it back and redo repeats it.
 */
import { z } from 'zod';
import {
  BenchmarkPatchSchema,
  IdSchema,
  OUTPUT_STANCES,
  type BenchmarkPatch,
  type OutputStanceHolder,
} from '../../server/contracts/index.js';
import { removeStance, setStance, updateBenchmark } from '../api/outputs.js';
import { t } from '../i18n/i18n.js';
import type { Command } from './history.js';

type Stance = Pick<OutputStanceHolder, 'actorId' | 'targetId' | 'stance' | 'name'>;

export type OutputCommandRecord =
  | { op: 'set-stance'; outputId: string; stance: Stance; previous: Stance | null }
  | { op: 'remove-stance'; outputId: string; stance: Stance }
  | { op: 'update-benchmark'; outputId: string; benchmarkId: string; text: string; patch: BenchmarkPatch; inverse: BenchmarkPatch };

const StanceRecordSchema = z.object({ actorId: IdSchema, targetId: IdSchema, stance: z.enum(OUTPUT_STANCES), name: z.string() });

/** How kept-history.ts checks these records when it reads them back from sessionStorage. */
export const OUTPUT_COMMAND_RECORD_SCHEMAS = [
  z.object({ op: z.literal('set-stance'), outputId: IdSchema, stance: StanceRecordSchema, previous: StanceRecordSchema.nullable() }),
  z.object({ op: z.literal('remove-stance'), outputId: IdSchema, stance: StanceRecordSchema }),
  z.object({
    op: z.literal('update-benchmark'),
    outputId: IdSchema,
    benchmarkId: IdSchema,
    text: z.string(),
    patch: BenchmarkPatchSchema,
    inverse: BenchmarkPatchSchema,
  }),
] as const;

const put = (outputId: string, stance: Stance) =>
  setStance(outputId, { actorId: stance.actorId, targetId: stance.targetId, stance: stance.stance }).then(() => undefined);
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

export function outputCommandFor(record: OutputCommandRecord): Command<OutputCommandRecord> {
  switch (record.op) {
    case 'set-stance': {
      const { outputId, stance, previous } = record;
      return {
        record,
        label: t('outputs.label_setStance', { name: stance.name }),
        run: () => put(outputId, stance),
        revert: () => (previous ? put(outputId, previous) : removeStance(outputId, stance.actorId, stance.targetId)),
      };
    }
    case 'remove-stance':
      return {
        record,
        label: t('outputs.label_removeStance', { name: record.stance.name }),
        run: () => removeStance(record.outputId, record.stance.actorId, record.stance.targetId),
        revert: () => put(record.outputId, record.stance),
      };
    case 'update-benchmark':
      return {
        record,
        label: t('outputs.label_benchmark', { text: short(record.text) }),
        run: async () => void (await updateBenchmark(record.outputId, record.benchmarkId, record.patch)),
        revert: async () => void (await updateBenchmark(record.outputId, record.benchmarkId, record.inverse)),
      };
  }
}
