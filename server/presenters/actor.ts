/** Presents a stored actor as the API's `Actor`: absent optional fields become null, lists []. */
import { ActorSchema, type Actor } from '../contracts/index.js';
import { withDefaults } from './defaults.js';

const ACTOR_DEFAULTS = {
  subtype: null,
  acronym: null,
  aliases: [],
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

export function presentActor(stored: Record<string, unknown>): Actor {
  return ActorSchema.parse(withDefaults(ACTOR_DEFAULTS, stored));
}
