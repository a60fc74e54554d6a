/** Presents a stored actor as the API's `Actor`: absent optional fields become null, lists []. */
import { ActorSchema, type Actor } from '../contracts/index.js';
import { decodeExternalIds } from '../services/external-ids.js';
import { contractFields, type StoredRecord } from './contract-fields.js';
import { withheldActorFields, withoutFields, type FieldAccess } from './field-access.js';

const ACTOR_DEFAULTS: Partial<Actor> = {
  subtype: null,
  acronym: null,
  aliases: [],
  originalName: null,
  externalIds: [],
  description: '',
  influence: null,
  interest: null,
  stance: null,
  doNoHarmRole: 'unknown',
  womenFocus: false,
  youthFocus: false,
  needs: [],
  reviewBy: null,
  fictional: false,
};

const copyFields = contractFields(ActorSchema, ACTOR_DEFAULTS);

/** Stored external ids are "scheme:value" strings (services/external-ids.ts). */
export const presentActor = (stored: StoredRecord): Actor => ({
  ...copyFields(stored),
  externalIds: decodeExternalIds(stored.externalIds),
});

/** Presents actors for a role: the fields it does not receive (see field-access.ts) are left out. */
export function actorPresenterFor(fields: FieldAccess): (stored: StoredRecord) => Actor {
  const withheld = withheldActorFields(fields);
  return (stored) => withoutFields(presentActor(stored), withheld);
}
