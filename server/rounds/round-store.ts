/**
 * Mapping rounds (issue 14): a round names a date-time of the record ("Mapping round Q3 2026").
 * Creating one is instant: the versions (server/history) already hold the record of every date,
 * so a round copies nothing. Rounds are not need-to-know records: every reader sees the same
 * list of dates; what a round's map shows is filtered per viewer by the as-of queries.
 */
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../access/viewer.js';
import type { Round, RoundCreate, RoundPatch } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { badRequest, notFound } from '../errors.js';
import { historyClock } from '../history/versions.js';
import { createRound, deleteRound, getRound, listRounds, updateRound, type RoundRow } from '../queries/rounds.js';
import type { WriteContext } from '../services/write-context.js';

export interface RoundStore {
  list(): Promise<Round[]>;
  get(id: string): Promise<Round>;
  create(input: RoundCreate, viewer: Viewer, context?: WriteContext): Promise<Round>;
  update(id: string, patch: RoundPatch, viewer: Viewer, context?: WriteContext): Promise<Round>;
  remove(id: string, viewer: Viewer, context?: WriteContext): Promise<void>;
  /**
   * The epoch milliseconds an `asOf` names: a round's date, or the date-time given; 400 for an
   * unknown round or a date-time in the future (the record of a date not yet come is not known).
   */
  resolveAsOf(asOf: string, path?: string): Promise<number>;
}

/**
 * How far ahead of the server's clock a date-time may be and still count as now: a client whose
 * clock runs a little fast asking for "now" is not refused. Beyond it, a future `asOf` is a 400
 * rather than today's map under a future date's banner.
 */
export const AS_OF_CLOCK_SKEW_MS = 60_000;

function presentRound({ round }: RoundRow): Round {
  return {
    id: round.id,
    name: round.name,
    description: round.description ?? '',
    signedOffBy: round.signedOffBy ?? null,
    at: new Date(round.at).toISOString(),
    createdBy: round.createdByName ?? round.createdBy ?? null,
    createdAt: new Date(round.createdAt).toISOString(),
  };
}

export function createRoundStore(db: Database): RoundStore {
  const get = async (id: string): Promise<Round> => {
    const [row] = await db.read(getRound, { id });
    if (!row) throw notFound('round', id);
    return presentRound(row);
  };
  return {
    list: async () => (await db.read(listRounds, {})).map(presentRound),
    get,
    create: (input, viewer, context) =>
      db.writeTransaction(async (tx) => {
        const now = historyClock.now();
        const id = randomUUID();
        const [row] = await tx.run(createRound, {
          id,
          name: input.name,
          description: input.description ?? '',
          signedOffBy: input.signedOffBy ?? null,
          at: input.at ? Date.parse(input.at) : now,
          createdBy: viewer.userId,
          createdAt: now,
        });
        if (!row) throw new Error('rounds/create-round returned no row');
        await context?.audit?.recordIn(tx, [id]);
        return presentRound(row);
      }),
    update: (id, patch, _viewer, context) =>
      db.writeTransaction(async (tx) => {
        const { at, ...rest } = patch;
        const [row] = await tx.run(updateRound, { id, properties: { ...rest, ...(at ? { at: Date.parse(at) } : {}) } });
        if (!row) throw notFound('round', id);
        await context?.audit?.recordIn(tx, [id]);
        return presentRound(row);
      }),
    remove: (id, _viewer, context) =>
      db.writeTransaction(async (tx) => {
        const [row] = await tx.run(deleteRound, { id });
        if (!row || row.deleted === 0) throw notFound('round', id);
        await context?.audit?.recordIn(tx, [id]);
      }),
    async resolveAsOf(asOf, path = 'query.asOf') {
      const date = Date.parse(asOf);
      if (!Number.isNaN(date) && /\d{4}-\d{2}-\d{2}T/.test(asOf)) {
        if (date > Date.now() + AS_OF_CLOCK_SKEW_MS)
          throw badRequest(path, `${asOf} is in the future: give a past date-time or a round id (omit it for today's record)`, {
            code: 'as_of.future',
            params: { parameter: path.replace(/^query\./, '') },
          });
        return date;
      }
      const [row] = await db.read(getRound, { id: asOf });
      if (!row)
        throw badRequest(path, `there is no round ${asOf}: give a round id or an ISO date-time`, {
          code: 'as_of.no_round',
          params: { asOf },
        });
      return row.round.at;
    },
  };
}
