/** The overview's requests (GET /api/graph/overview and /members), parsed with the server's contracts. */
import {
  GraphOverviewSchema,
  OverviewMembersSchema,
  type GraphOverview,
  type OverviewGrouping,
  type OverviewMembers,
} from '../../server/contracts/index.js';
import { getJson } from '../api.js';

export function fetchOverview(groupBy: OverviewGrouping): Promise<GraphOverview> {
  return getJson(`/api/graph/overview?groupBy=${groupBy}`, GraphOverviewSchema);
}

export function fetchGroupMembers(groupBy: OverviewGrouping, group: string): Promise<OverviewMembers> {
  return getJson(`/api/graph/overview/members?groupBy=${groupBy}&group=${encodeURIComponent(group)}`, OverviewMembersSchema);
}
