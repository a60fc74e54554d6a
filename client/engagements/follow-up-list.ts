/**
 * An engagement's follow-up actions in the actor panel: each open one with its due date, overdue
 * ones said in words ("overdue since 2026-12-01", not by colour alone), and done ones counted.
 * "Overdue" means due before today in UTC, as in the Engagement analysis.
 */
import type { LoggedEngagement } from '../../server/contracts/index.js';
import { t, tParts } from '../i18n/i18n.js';
import { dayElement } from '../ui/dates.js';
import { h } from '../ui/dom.js';

/** Today as YYYY-MM-DD in UTC. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** "overdue since D", "due D" or "no due date", D as the language writes a date, in a <time>. */
export function dueParts(due: string | null, today: string): (string | Node)[] {
  if (due === null) return [t('engagements.noDueDate')];
  return tParts(due < today ? 'engagements.overdueSince' : 'engagements.dueOn', { date: dayElement(due) });
}

/** The follow-ups block of one engagement, or null when none was agreed. */
export function followUpList(followUps: LoggedEngagement['followUps'], today = todayUtc()): HTMLElement | null {
  if (followUps.length === 0) return null;
  const open = followUps.filter((f) => !f.done);
  const done = followUps.length - open.length;
  return h(
    'div',
    { class: 'engagement-follow-ups', 'data-testid': 'engagement-follow-ups' },
    h('span', { class: 'engagement-meta' }, t('engagements.followUpCounts', { open: open.length, done })),
    open.length > 0
      ? h(
          'ul',
          { class: 'follow-up-list' },
          ...open.map((f) => {
            const overdue = f.due !== null && f.due < today;
            return h(
              'li',
              { class: overdue ? 'follow-up-overdue' : undefined, 'data-overdue': String(overdue) },
              f.text ? h('bdi', { 'data-record-text': '' }, f.text) : null,
              h('span', { class: 'follow-up-due' }, f.text ? ' — ' : '', ...dueParts(f.due, today)),
            );
          }),
        )
      : null,
  );
}
