/**
 * Stable codes for the sentences the API writes (issue 17): the API keeps its English `message`
 * (other clients, logs and tests read it), and beside it states the same thing as a `messageCode`
 * with `params` (plain values: numbers, record names, vocabulary codes), which the interface turns
 * into the user's language from its catalogue (`client/i18n/messages/<language>/api.json`, one key
 * per code). This registry is the list of codes the server may produce, each with the names of its
 * parameters; a unit test holds every catalogue to it, so a new code cannot ship untranslated.
 */
import { z } from 'zod';

/** Code -> the names of its params. A catalogue message may use any of them (or none). */
export const MESSAGE_CODES = {
  // ---- whole errors ----
  'validation.invalid_request': ['count'],
  'validation.invalid_json': [],
  unauthenticated: [],
  'unauthenticated.wrong_password': [],
  'forbidden.role': ['role', 'access'],
  'forbidden.generic': [],
  'forbidden.cross_site': [],
  'forbidden.read_only_token': [],
  'forbidden.clearance_above_own': [],
  'forbidden.clearance_above_own_record': ['level'],
  'forbidden.second_administrator': [],
  'forbidden.no_evidence_access': ['role'],
  'forbidden.saved_view_owner': [],
  'forbidden.area_in_grants': [],
  'forbidden.password_sign_in_off': [],
  'not_found.record': ['what', 'id'],
  'not_found.merged': ['id', 'mergedInto'],
  'conflict.exists': ['what', 'id'],
  'conflict.missing_references': ['count'],
  'conflict.not_deletable': [],
  'conflict.not_changeable': [],
  'conflict.not_mergeable': [],
  'conflict.merge_not_undoable': [],
  'conflict.version_not_restorable': [],
  'conflict.history_not_erasable': [],
  'conflict.actor_still_exists': ['id'],
  'conflict.username_taken': ['username'],
  'conflict.grant_request_not_pending': [],
  'conflict.import_not_undoable': ['status'],
  'conflict.import_already_undone': [],
  'conflict.import_dated_before': ['date'],
  'conflict.source_has_hidden_claims': [],
  'conflict.same_id': [],
  possible_duplicate: ['count'],
  payload_too_large: ['limit'],
  unsupported_media_type: [],
  'rate_limited.retry': ['seconds'],
  'rate_limited.import_running': [],
  database_unavailable: [],
  server_busy: ['seconds'],
  internal_error: [],
  /** A past point asked for that has not happened yet (issue 14's `asOf` / `at` refusals). */
  'as_of.future': ['parameter'],
  'as_of.no_round': ['asOf'],
  // ---- field problems (`details[]`), from zod issues and the stores' own checks ----
  'field.required': [],
  'field.invalid_type': ['expected'],
  'field.too_short': ['minimum'],
  'field.too_long': ['maximum'],
  'field.too_few': ['minimum'],
  'field.too_many': ['maximum'],
  'field.too_small': ['minimum'],
  'field.too_big': ['maximum'],
  'field.invalid_format': ['format'],
  'field.id_format': [],
  'field.date_format': [],
  'field.no_such_date': ['input'],
  'field.datetime_format': [],
  'field.invalid_value': ['values'],
  'field.not_allowed_value': [],
  'field.unknown_field': ['key'],
  'field.invalid': [],
  'field.blank': [],
  'field.not_json': [],
  'field.already_exists': [],
  'field.taken': [],
  'field.no_change': [],
  'field.not_before_from': [],
  'field.not_before_valid_from': [],
  'field.differ_from_from': [],
  'field.two_different_actors': [],
  'field.subtype_of_kind': ['kind', 'allowed'],
  'field.already_participant': ['id'],
  'field.chair_among_members': [],
  'field.not_in_future': [],
  'field.missing_record': ['what', 'id'],
  'field.kept_actor_listed': [],
  'field.listed_twice': [],
  'field.not_current_password': [],
  'field.not_changeable_with_access': [],
  'field.above_clearance': ['level'],
  /** An edit's `claim.credibility` without a `claim.sourceId`: an own observation is always credibility 3. */
  'field.credibility_needs_source': [],
} as const satisfies Record<string, readonly string[]>;

export type MessageCode = keyof typeof MESSAGE_CODES;

export const isMessageCode = (value: unknown): value is MessageCode => typeof value === 'string' && Object.hasOwn(MESSAGE_CODES, value);

/** Plain values only: a number, a word or name, or a list of them; never a sentence. */
export const MessageParamsSchema = z
  .record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))
  .describe('The values the sentence names: counts, ids, record names, vocabulary codes');
export type MessageParams = z.infer<typeof MessageParamsSchema>;

/** A sentence as a code and its params, for the interface to say in the user's language. */
export const CodedMessageSchema = z.object({
  code: z.string().describe('A stable code (see MESSAGE_CODES), e.g. not_found.record'),
  params: MessageParamsSchema,
});
export type CodedMessage = z.infer<typeof CodedMessageSchema>;

export const coded = (code: MessageCode, params: MessageParams = {}): { messageCode: MessageCode; params: MessageParams } => ({
  messageCode: code,
  params,
});
