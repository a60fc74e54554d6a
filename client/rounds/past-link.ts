/**
 * The past point in the page address (issue 14): `?asOf=<round id or ISO date-time>`, so that a
 * link sent to a colleague opens the same past map and a reload keeps it. The address is written
 * with the rest of the view (workbench.ts, share/url-state.ts) from `state.asOf`; this module
 * reads it once at start, before the first map is loaded, so the first map is already the past
 * one (no today's map drawn first, no race between two loads). A round id the map does not hold
 * (deleted, or another map's) gives a notice that stays and today's map; the address then loses
 * the parameter with the next write of the view.
 */
import type { Round } from '../../server/contracts/index.js';
import * as store from '../state.js';
import type { AsOfPoint } from '../state.js';
import { fetchRounds } from './rounds-api.js';
import { t } from '../i18n/i18n.js';
import { formatDay } from '../ui/dates.js';

/** The parameter the address carries the past point in. */
export const AS_OF_PARAM = 'asOf';

/** A date-time as the server takes it for `asOf` (server/rounds/round-store.ts resolveAsOf). */
function dateTimeOf(param: string): number | null {
  const at = Date.parse(param);
  return Number.isNaN(at) || !/^\d{4}-\d{2}-\d{2}T/.test(param) ? null : at;
}

/** The past point a round names. */
export const roundPoint = (round: Round): AsOfPoint => ({ param: round.id, name: round.name, at: round.at });

/**
 * The point `param` names among `rounds`: a round (by id) or a past date-time; `today` for a
 * date-time not in the past; null for anything else (an unknown round).
 */
export function pointOf(param: string, rounds: readonly Round[], now = Date.now()): AsOfPoint | 'today' | null {
  const at = dateTimeOf(param);
  if (at !== null) return at >= now ? 'today' : { param, name: null, at: new Date(at).toISOString() };
  const round = rounds.find((item) => item.id === param);
  return round ? roundPoint(round) : null;
}

/**
 * Shows the past point the address names, if any, before the first map loads. The rounds are
 * read only when the parameter is not a date-time.
 */
export async function openPastPointOfAddress(search = window.location.search): Promise<void> {
  const param = new URLSearchParams(search).get(AS_OF_PARAM);
  if (!param) return;
  let rounds: Round[] = [];
  if (dateTimeOf(param) === null) {
    try {
      rounds = await fetchRounds();
    } catch {
      store.notify(t('rounds.linkRoundsUnread'), 'error');
      return;
    }
  }
  const point = pointOf(param, rounds);
  if (point === null) store.notify(t('rounds.linkUnknownRound', { name: param.slice(0, 80) }), 'error');
  else if (point !== 'today') store.setAsOf(point);
  else {
    // A date-time not in the past is today, and says so as a date chosen on the timeline does;
    // setAsOf(null) rewrites the address without it.
    store.setAsOf(null);
    store.notify(t('rounds.futureDate', { date: formatDay(param) }));
  }
}
