/**
 * Dates on the record screens (issue 17), written by the interface's language and wrapped in
 * `<time>` so the machine-readable value stays beside the words. A calendar day (`2026-03-09`, an
 * engagement's date, a due date) is read in UTC, so it is the same day wherever the reader sits;
 * a moment (a request's time, a token's expiry) is shown in UTC and says so.
 */
import { formatDate } from '../i18n/i18n.js';
import { h } from './dom.js';

const DAY: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
const MOMENT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
};

const valid = (value: string) => !Number.isNaN(new Date(value).getTime());

/** "9 mars 2026" for `2026-03-09` (or an ISO time's day); text that is no date stays as it is. */
export const formatDay = (value: string): string => (valid(value) ? formatDate(value.slice(0, 10), DAY) : value);

/**
 * The page's direction, set on each `<time>`: an element with `dir` is isolated from the text
 * around it, so an Arabic date's own marks cannot pull a neighbouring number or name into it.
 */
const pageDirection = (): 'rtl' | 'ltr' => (document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr');

/** A calendar day as a `<time>`. */
export const dayElement = (value: string): HTMLTimeElement =>
  h('time', { datetime: value.slice(0, 10), dir: pageDirection() }, formatDay(value));

/** A moment, to the minute, in UTC, as a `<time>`. */
export const momentElement = (value: string): HTMLTimeElement =>
  h('time', { datetime: value, dir: pageDirection() }, valid(value) ? formatDate(value, MOMENT) : value);
