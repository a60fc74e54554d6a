/**
 * Writes on an output's page: which actors contribute to or obstruct the output or one of its
 * activities (stances), and how far each benchmark is (status, as of a date, with a note).
 *
 * Need to know: a stance names an actor, so only an actor the writer may see can be given one or
 * have one removed; a hidden actor answers exactly as an absent one (409 "no actor" on a create,
 * 404 on a delete). A stance is a judgement, like an actor's stance to the peace process: the
 * output page shows stances to the roles that receive judgements (not viewers).
 */
import { accessParameters, type Viewer } from '../access/viewer.js';
import {
  BenchmarkSchema,
  OutputStanceHolderSchema,
  type Benchmark,
  type BenchmarkPatch,
  type OutputStanceCreate,
  type OutputStanceHolder,
} from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { deleteOutputStance, findStanceTarget, setOutputStance, updateBenchmark } from '../queries/outputs.js';
import { AppError, missingReferences, notFound, problem } from '../errors.js';
import { assertReferencesExist } from './reference-check.js';
import type { WriteContext } from './write-context.js';

export interface OutputRecords {
  setStance(outputId: string, input: OutputStanceCreate, viewer: Viewer, context?: WriteContext): Promise<OutputStanceHolder>;
  removeStance(outputId: string, actorId: string, targetId: string | undefined, viewer: Viewer, context?: WriteContext): Promise<void>;
  updateBenchmark(outputId: string, benchmarkId: string, patch: BenchmarkPatch, context?: WriteContext): Promise<Benchmark>;
}

export function createOutputRecords(db: Database, today: () => string = () => new Date().toISOString().slice(0, 10)): OutputRecords {
  // These records are read by no credential or grant check: their writes leave cached credentials good.
  const writeRecords = <T>(work: (tx: Transaction) => Promise<T>) => db.writeTransaction(work, { leavesAccessAlone: true });

  /** The output itself or one of its activities; 404 for an unknown output, 409 at `path` for an activity of another output. */
  async function stanceTarget(tx: Transaction, outputId: string, targetId: string | undefined, path: string): Promise<string> {
    const [row] = await tx.run(findStanceTarget, { outputId, targetId: targetId ?? null });
    if (!row) throw notFound('output', outputId);
    if (typeof row.targetId !== 'string') {
      throw missingReferences([
        problem(path, `no activity "${targetId}" in this output`, 'field.no_activity_in_output', { id: String(targetId) }),
      ]);
    }
    return row.targetId;
  }

  return {
    setStance: (outputId, input, viewer, context) =>
      writeRecords(async (tx) => {
        const targetId = await stanceTarget(tx, outputId, input.targetId, 'body.targetId');
        await assertReferencesExist(
          tx,
          [{ query: 'actors/find-missing-actors', path: 'body.actorId', what: 'actor', ids: [input.actorId] }],
          viewer,
        );
        const [row] = await tx.run(setOutputStance, {
          actorId: input.actorId,
          targetId,
          stance: input.stance,
          access: accessParameters(viewer),
        });
        if (!row) throw notFound('actor', input.actorId);
        await context?.audit?.recordIn(tx, [outputId, input.actorId, targetId]);
        return OutputStanceHolderSchema.parse(row.stance);
      }),

    removeStance: (outputId, actorId, targetId, viewer, context) =>
      writeRecords(async (tx) => {
        const target = await stanceTarget(tx, outputId, targetId, 'query.targetId');
        const [row] = await tx.run(deleteOutputStance, { actorId, targetId: target, access: accessParameters(viewer) });
        // Absent stance, absent actor and hidden actor: one answer.
        if ((row?.deleted ?? 0) === 0)
          throw new AppError(404, 'not_found', `No stance of actor "${actorId}" on this output`).saying('not_found.stance', {
            actor: actorId,
          });
        await context?.audit?.recordIn(tx, [outputId, actorId, target]);
      }),

    updateBenchmark: (outputId, benchmarkId, patch, context) =>
      writeRecords(async (tx) => {
        const properties: Record<string, unknown> = { ...patch };
        // A new status without a date is dated today: a status is always "as of" some day.
        if (patch.status !== undefined && patch.statusDate === undefined) properties.statusDate = today();
        const [row] = await tx.run(updateBenchmark, { outputId, benchmarkId, properties });
        if (!row) throw notFound('benchmark', benchmarkId);
        await context?.audit?.recordIn(tx, [benchmarkId]);
        return BenchmarkSchema.parse(row.benchmark);
      }),
  };
}
