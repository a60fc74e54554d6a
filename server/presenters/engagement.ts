/** Presents a stored engagement as the API's `LoggedEngagement`: absent fields defaulted, withheld ones left out. */
import { LoggedEngagementSchema, type LoggedEngagement } from '../contracts/index.js';
import { contractFields, type StoredRecord } from './contract-fields.js';
import { withheldEngagementFields, withoutFields, type FieldAccess } from './field-access.js';

const ENGAGEMENT_DEFAULTS: Partial<LoggedEngagement> = {
  sectionId: null,
  areaId: null,
  actorIds: [],
  outputIds: [],
  womensMechanism: false,
  youthMechanism: false,
  summary: '',
  followUps: [],
  sensitivity: 'internal',
  fictional: false,
  createdAt: null,
  updatedAt: null,
};

export const presentEngagement: (stored: StoredRecord) => LoggedEngagement = contractFields(LoggedEngagementSchema, ENGAGEMENT_DEFAULTS);

/** Presents engagements for a role: the fields it does not receive (see field-access.ts) are left out. */
export function engagementPresenterFor(fields: FieldAccess): (stored: StoredRecord) => LoggedEngagement {
  const withheld = withheldEngagementFields(fields);
  if (fields.engagementSummary) return (stored) => withoutFields(presentEngagement(stored), withheld);
  // A follow-up action's text can say as much as the summary ("refer the threat report to..."):
  // a role without summaries gets when actions are due and whether they are done, not what they are.
  return (stored) => {
    const engagement = withoutFields(presentEngagement(stored), withheld);
    return { ...engagement, followUps: engagement.followUps.map(({ due, done }) => ({ due, done })) };
  };
}
