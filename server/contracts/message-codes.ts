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
  // ---- refusals coded in issue 17's last round ----
  'forbidden.own_account_fields': [],
  'forbidden.grant_request_for_self': [],
  'forbidden.approver_is_requester': [],
  'forbidden.approve_for_self': [],
  'forbidden.requester_not_administrator': [],
  'forbidden.approver_too_new': [],
  'forbidden.approver_linked_to_requester': [],
  'forbidden.approver_linked_to_user': [],
  'conflict.requester_controls_account': [],
  'conflict.approver_sees_control': [],
  'conflict.areas_gained_actors': ['count'],
  'conflict.import_changed_since': ['count'],
  'forbidden.token_expires_soon': [],
  'forbidden.password_change_needs_session': [],
  'not_found.stance': ['actor'],
  'forbidden.lowering_needs_own_clearance': ['level'],
  'rate_limited.taken_ids': [],
  'conflict.area_in_use': [],
  'conflict.area_placement': ['count'],
  'field.tie_claim_no_value': [],
  'field.actor_claim_no_exists': [],
  'field.not_value_of': ['attribute'],
  'field.credibility_needs_source': [],
  'field.changed_since_import': [],
  'field.actor_briefing_needs_id': [],
  'field.invalid_mapping': ['fields'],
  'field.no_activity_in_output': ['id'],
  'field.lowering_needs_clearance': ['level'],
  'field.too_many_taken_ids': [],
  'field.area_references': ['references', 'count'],
  'field.pcode_taken': ['pcode', 'name'],
  'field.area_inside_itself': ['name'],
  'field.level_below_parent': ['wanted', 'name', 'parentLevel'],
  'field.area_has_children': ['count'],
  // ---- import report reasons (ImportProblem.messageCode) ----
  'import.source_too_long': ['length', 'maximum'],
  'import.name_too_long': ['length', 'maximum'],
  'import.too_many_characters': ['maximum'],
  'import.pcode_too_long': ['maximum'],
  'import.bad_reliability': ['value'],
  'import.bad_credibility': ['value'],
  'import.grades_disagree': ['value', 'grade', 'given', 'reliabilityValue', 'fromReliability'],
  'import.source_graded_twice': ['source', 'grade', 'earlierGrade', 'earlierLine'],
  'import.file_graded_twice': ['grade', 'earlierGrade', 'earlierLine'],
  'import.not_a_date': ['value'],
  'import.date_in_future': ['value'],
  'import.org_empty': [],
  'import.not_a_coordinate': ['value', 'maximum'],
  'import.no_org_column': [],
  'import.no_org_recognised': [],
  'import.subtype_not_mapped': ['value'],
  'import.kind_not_mapped': ['value'],
  'import.unknown_area_left_out': ['value'],
  'import.actor_invalid': ['name', 'field'],
  'import.same_as_unknown': ['id'],
  'import.reference_unknown': ['value', 'scheme'],
  'import.reference_to_itself': [],
  'import.kept_apart': ['count', 'name', 'ids', 'more'],
  'import.missing_area_created': ['name', 'areaLevel', 'lines', 'more', 'rows'],
  'import.missing_area_left_out': ['name', 'areaLevel', 'lines', 'more', 'rows'],
  'import.doubt_few_actors': ['rows', 'count'],
  'import.doubt_area_codes': ['count', 'codes'],
  'import.doubt_many_areas': ['count', 'maximum'],
  'import.mapping_no_column': ['field'],
  'import.hashtags_without_hash': ['values'],
  'import.no_such_date': ['value'],
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
