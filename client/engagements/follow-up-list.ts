/**
 * An engagement's follow-up actions in the actor panel: each open one with its due date, overdue
 * ones said in words ("overdue since 2026-12-01", not by colour alone), and done ones counted.
 * "Overdue" means due before today in UTC, as in the Engagement analysis.
 */
import type { LoggedEngagement } from '../../server/contracts/index.js';
import { h } from '../ui/dom.js';

/** Today as YYYY-MM-DD in UTC. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** "overdue since D", "due D" or "no due date". */
export function dueLabel(due: string | null, today: string): string {
  if (due === null) return 'no due date';
  return due < today ? `overdue since ${due}` : `due ${due}`;
}

/** The follow-ups block of one engagement, or null when none was agreed. */
export function followUpList(followUps: LoggedEngagement['followUps'], today = todayUtc()): HTMLElement | null {
  if (followUps.length === 0) return null;
  const open = followUps.filter((f) => !f.done);
  const done = followUps.length - open.length;
  return h(
    'div',
    { class: 'engagement-follow-ups', 'data-testid': 'engagement-follow-ups' },
    h('span', { class: 'engagement-meta' }, `Follow-ups: ${open.length} open${done > 0 ? `, ${done} done` : ''}`),
    open.length > 0
      ? h(
          'ul',
          { class: 'follow-up-list' },
          ...open.map((f) => {
            const overdue = f.due !== null && f.due < today;
            return h(
              'li',
              { class: overdue ? 'follow-up-overdue' : undefined, 'data-overdue': String(overdue) },
              f.text ? h('span', { dir: 'auto' }, f.text) : null,
              h('span', { class: 'follow-up-due' }, `${f.text ? ' — ' : ''}${dueLabel(f.due, today)}`),
            );
          }),
        )
      : null,
  );
}
