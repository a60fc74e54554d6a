/**
 * A zod issue as a message code and params (issue 17), beside the English of plain-messages.ts:
 * the server's 400 details and the client's own form checks both use it, so a field problem reads
 * the same in the user's language whichever side found it. A refinement names its code in the
 * issue's `params.messageCode` (with its values beside it), or is known by its fixed English.
 */
import type { z } from 'zod';
import { isMessageCode, type MessageCode, type MessageParams } from './message-codes.js';
import { REQUIRED_MESSAGE } from './plain-messages.js';

type Issue = z.core.$ZodIssue;
export interface IssueCode {
  messageCode: MessageCode;
  params: MessageParams;
}

/** Refinements whose English never varies, by that English. */
const FIXED_REFINEMENTS: Record<string, MessageCode> = {
  'must change at least one field': 'field.no_change',
  'give at least one field to change': 'field.no_change',
  'must not be before from': 'field.not_before_from',
  'must not be before validFrom': 'field.not_before_valid_from',
  'must differ from from': 'field.differ_from_from',
  'a tie must join two different actors': 'field.two_different_actors',
  'the chair must be one of the members': 'field.chair_among_members',
  'must not be blank': 'field.blank',
  'must not be in the future': 'field.not_in_future',
};

const ID_PATTERN = '^[a-z0-9][a-z0-9_-]{0,79}$';
const NO_SUCH_DATE = /^there is no such date: (\d{4}-\d{2}-\d{2})/;

const plainParams = (params: Record<string, unknown> | undefined): MessageParams => {
  const kept: MessageParams = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (key === 'messageCode') continue;
    if (typeof value === 'string' || typeof value === 'number') kept[key] = value;
    else if (Array.isArray(value)) kept[key] = value.map(String);
  }
  return kept;
};

/**
 * The code of one zod issue: `field.invalid` for kinds zod words generically anyway, null for a
 * refinement with its own English and no code (the English is then the only exact statement).
 */
export function issueCode(issue: Issue): IssueCode | null {
  const said = (messageCode: MessageCode, params: MessageParams = {}): IssueCode => ({ messageCode, params });
  switch (issue.code) {
    case 'invalid_type':
      return issue.message === REQUIRED_MESSAGE ? said('field.required') : said('field.invalid_type', { expected: issue.expected });
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum <= 1 ? said('field.required') : said('field.too_short', { minimum });
      if (issue.origin === 'array' || issue.origin === 'set') return said('field.too_few', { minimum });
      return said('field.too_small', { minimum });
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return said('field.too_long', { maximum });
      if (issue.origin === 'array' || issue.origin === 'set') return said('field.too_many', { maximum });
      return said('field.too_big', { maximum });
    }
    case 'invalid_format':
      if (issue.format === 'regex' && 'pattern' in issue && issue.pattern === ID_PATTERN) return said('field.id_format');
      if (issue.format === 'date') {
        // IsoDateSchema names a well-written day that does not exist (the final issue keeps no input).
        const input = NO_SUCH_DATE.exec(issue.message)?.[1];
        return input ? said('field.no_such_date', { input }) : said('field.date_format');
      }
      if (issue.format === 'datetime') return said('field.datetime_format');
      return said('field.invalid_format', { format: issue.format });
    case 'invalid_value':
      return issue.values.length <= 12
        ? said('field.invalid_value', { values: issue.values.map(String) })
        : said('field.not_allowed_value');
    case 'unrecognized_keys':
      return said('field.unknown_field', { key: issue.keys.join(', ') });
    case 'custom': {
      const named = issue.params?.messageCode;
      if (isMessageCode(named)) return said(named, plainParams(issue.params));
      const fixed = FIXED_REFINEMENTS[issue.message];
      return fixed ? said(fixed) : null;
    }
    default:
      return said('field.invalid');
  }
}
