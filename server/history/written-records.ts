/** The records a dataset plan writes: the records whose history a load or an import brings up to date. */
import type { DatasetPlan } from '../dataset/dataset-plan.js';
import type { WrittenLinkedRecords } from './linked-record-versions.js';

type WrittenPlan = Pick<DatasetPlan, 'actors' | 'ties'> &
  Partial<Pick<DatasetPlan, 'areas' | 'engagements' | 'mechanisms' | 'outputRoles'>>;

export function writtenRecords(plan: WrittenPlan): { actorIds: string[]; tieIds: string[] } & WrittenLinkedRecords {
  return {
    actorIds: plan.actors.map((actor) => actor.id),
    tieIds: plan.ties.map((tie) => tie.id),
    areaIds: (plan.areas ?? []).map((area) => area.id),
    engagementIds: (plan.engagements ?? []).map((engagement) => engagement.id),
    mechanismIds: (plan.mechanisms ?? []).map((mechanism) => mechanism.id),
    // Rows name roles by actor, output and type: the roles of these actors are compared.
    roleActorIds: (plan.outputRoles ?? []).map((role) => role.actorId),
  };
}
