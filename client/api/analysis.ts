/**
 * The analyses API (issue 4), for the analysis panels. Every call goes through `getJson` in
 * client/api.ts (the one fetch) and is parsed with the analysis contracts, so the panels render
 * exactly the shapes the server documents. Empty parameters are left out of the query string so
 * the server's defaults apply.
 */
import {
  ConflictTiesResultSchema,
  CoordinationResultSchema,
  EngagementBalanceResultSchema,
  EngagementCheckResultSchema,
  InfluenceResultSchema,
  type ConflictTiesResult,
  type CoordinationResult,
  type EngagementBalanceResult,
  type EngagementCheckResult,
  type InfluenceResult,
  type TieType,
} from '../../server/contracts/index.js';
import { getJson } from '../api.js';

/** Filters every analysis accepts: which tie types count, and the date ties must be valid on. */
export interface GraphFilterParams {
  tieTypes?: readonly TieType[];
  date?: string;
}

type Params = Record<string, string | boolean | readonly string[] | undefined>;

/** `?a=1&tieTypes=x,y` from the set parameters; blank strings and empty lists are skipped. */
export function queryString(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function fetchInfluence(
  params: GraphFilterParams & { directed?: boolean; compareEvidence?: boolean },
  signal?: AbortSignal,
): Promise<InfluenceResult> {
  return getJson(`/api/analysis/influence${queryString({ ...params })}`, InfluenceResultSchema, signal);
}

export function fetchConflictTies(params: GraphFilterParams & { actor?: string }, signal?: AbortSignal): Promise<ConflictTiesResult> {
  return getJson(`/api/analysis/conflict-ties${queryString({ ...params })}`, ConflictTiesResultSchema, signal);
}

export function fetchEngagementCheck(
  params: GraphFilterParams & { actor: string; from?: string; to?: string },
  signal?: AbortSignal,
): Promise<EngagementCheckResult> {
  return getJson(`/api/analysis/engagement-check${queryString({ ...params })}`, EngagementCheckResultSchema, signal);
}

/** Which areas a per-area analysis counts (server/contracts/area-scope.ts). */
export interface AreaScopeParams {
  scope?: 'worked' | 'level' | 'all';
  level?: number;
  parent?: string;
}

export function fetchCoordination(
  params: GraphFilterParams & AreaScopeParams & { output?: string } = {},
  signal?: AbortSignal,
): Promise<CoordinationResult> {
  const { level, ...rest } = params;
  return getJson(
    `/api/analysis/coordination${queryString({ ...rest, level: level === undefined ? undefined : String(level) })}`,
    CoordinationResultSchema,
    signal,
  );
}

export function fetchEngagementBalance(
  params: GraphFilterParams & { from?: string; to?: string } = {},
  signal?: AbortSignal,
): Promise<EngagementBalanceResult> {
  return getJson(`/api/analysis/engagement${queryString({ ...params })}`, EngagementBalanceResultSchema, signal);
}
