/** The actors and ties a dataset plan writes: the records whose history a load brings up to date. */
import type { DatasetPlan } from '../dataset/dataset-plan.js';

export function writtenRecords(plan: Pick<DatasetPlan, 'actors' | 'ties'>): { actorIds: string[]; tieIds: string[] } {
  return { actorIds: plan.actors.map((actor) => actor.id), tieIds: plan.ties.map((tie) => tie.id) };
}
