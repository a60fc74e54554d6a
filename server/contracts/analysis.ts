/**
 * Query and response shapes of the analyses (issue 4): influence, ties to conflict parties, the
 * do-no-harm engagement check, coordination gaps, engagement balance and paths. Every response
 * carries ids and names, is sorted, and says in `.describe()` how each number is defined, so a
 * panel can show it without guessing and the OpenAPI document explains it.
 */
export {
  AnalysisActorSchema,
  ActorPathSchema,
  PathTieSchema,
  type ActorPath,
  type AnalysisActor,
  type PathTie,
} from './analysis-shared.js';
export * from './analysis-influence.js';
export * from './analysis-conflict-ties.js';
export * from './analysis-coordination.js';
export * from './analysis-engagement-balance.js';
export * from './analysis-path.js';
