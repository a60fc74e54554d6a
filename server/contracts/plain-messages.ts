/**
 * Validation messages in the words a user of the forms reads, for the server's 400 details and
 * the client's inline errors alike (both validate with these contracts): "At most 5,000
 * characters; this has 5,012" rather than zod's "Too big: expected string to have <=5000
 * characters". Schemas that give their own message keep it; issue kinds not listed here fall
 * back to zod's wording. Importing this module sets zod's global error map once.
 */
import { z } from 'zod';

const count = (n: number | bigint) => Number(n).toLocaleString('en');
const plural = (n: number | bigint, noun: string) => `${count(n)} ${noun}${Number(n) === 1 ? '' : 's'}`;
const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'an object',
};

type Issue = z.core.$ZodRawIssue;

/** The message of a missing value; issue-codes.ts knows a required field by it. */
export const REQUIRED_MESSAGE = 'Required.';

/** A plain message for a zod issue, or undefined to keep zod's own. */
export function plainMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return REQUIRED_MESSAGE;
      return `Expected ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case 'too_big':
      if (issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? `; this has ${count(issue.input.length)}` : '';
        return `At most ${plural(issue.maximum, 'character')}${length}.`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') return `At most ${plural(issue.maximum, 'item')}.`;
      if (issue.origin === 'number' || issue.origin === 'int')
        return `At most ${count(issue.maximum)}${issue.inclusive === false ? ' (exclusive)' : ''}.`;
      return undefined;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'Required: this cannot be empty.' : `At least ${plural(issue.minimum, 'character')}.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `At least ${plural(issue.minimum, 'item')}.`;
      if (issue.origin === 'number' || issue.origin === 'int') return `At least ${count(issue.minimum)}.`;
      return undefined;
    case 'invalid_value':
      return issue.values.length <= 12 ? `Choose one of: ${issue.values.map(String).join(', ')}.` : 'Not one of the allowed values.';
    case 'invalid_format':
      if (issue.format === 'date') return 'Not a valid date: write it YYYY-MM-DD (for example 2026-03-31).';
      if (issue.format === 'datetime') return 'Not a valid date and time (ISO 8601, for example 2026-03-31T14:00:00Z).';
      if (issue.format === 'email') return 'Not a valid email address.';
      if (issue.format === 'url') return 'Not a valid web address.';
      return undefined;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.join(', ')}.`;
    default:
      return undefined;
  }
}

z.config({ customError: plainMessage });
