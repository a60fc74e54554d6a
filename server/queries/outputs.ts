/** Typed handles on the `cypher/outputs/` writes of an output's page: stances and benchmark status. */
import { z } from 'zod';
import { BenchmarkSchema, OutputStanceHolderSchema } from '../contracts/index.js';
import { query } from '../db/typed-query.js';
import { MissingRowSchema, RecordMapSchema, countRow, type MissingRow, type WithAccess } from './rows.js';

const StanceTargetRowSchema = z.object({ outputId: z.string(), targetId: z.string().nullable() });
const StanceRowSchema = z.object({ stance: OutputStanceHolderSchema });
const BenchmarkRowSchema = z.object({ benchmark: BenchmarkSchema });
const DeletedRowSchema = countRow('deleted');

export const findStanceTarget = query<{ outputId: string; targetId: string | null }, z.infer<typeof StanceTargetRowSchema>>(
  'outputs/find-stance-target',
  StanceTargetRowSchema,
);

export const setOutputStance = query<WithAccess & { actorId: string; targetId: string; stance: string }, z.infer<typeof StanceRowSchema>>(
  'outputs/set-output-stance',
  StanceRowSchema,
);

export const deleteOutputStance = query<WithAccess & { actorId: string; targetId: string }, z.infer<typeof DeletedRowSchema>>(
  'outputs/delete-output-stance',
  DeletedRowSchema,
);

export const updateBenchmark = query<
  { outputId: string; benchmarkId: string; properties: Record<string, unknown> },
  z.infer<typeof BenchmarkRowSchema>
>('outputs/update-benchmark', BenchmarkRowSchema);

/** Outputs are reference data: the ids take no viewer. */
export const findMissingOutputs = query<{ ids: string[] }, MissingRow>('outputs/find-missing-outputs', MissingRowSchema);

/** Outputs read whole come back as maps: the presenter or the contract's schema parses them at the call site. */
const OutputRowSchema = z.object({ output: RecordMapSchema });
export const listOutputs = query<Record<string, never>, z.infer<typeof OutputRowSchema>>('outputs/list-outputs', OutputRowSchema);
export const getOutput = query<WithAccess & { id: string }, z.infer<typeof OutputRowSchema>>('outputs/get-output', OutputRowSchema);
export const listOutputStances = query<WithAccess & { id: string }, z.infer<typeof StanceRowSchema>>(
  'outputs/list-output-stances',
  StanceRowSchema,
);
