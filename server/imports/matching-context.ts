/**
 * What the importer may see of the map, shaped for matching and for reading tables: the visible
 * actors with every name and external id they carry, each external id's actor, and the admin
 * areas by id, p-code and folded name. Built from the one row of import/existing-records.
 */
import type { ExistingRecordsRow } from '../queries/import.js';
import { decodeExternalIds, externalIdKey } from '../services/external-ids.js';
import { foldName, type MatchableActor } from './actor-matching.js';

export interface MatchingContext {
  matchable: MatchableActor[];
  /** Folded name, p-code or id -> area id. */
  areaLookup: Map<string, string>;
  /** "scheme:value" -> actor id. */
  externalIds: Map<string, string>;
}

export function matchingContext(row: Pick<ExistingRecordsRow, 'actors' | 'areas'>): MatchingContext {
  const matchable = row.actors.map((actor): MatchableActor => ({
    id: actor.id,
    name: actor.name,
    acronym: actor.acronym,
    aliases: actor.aliases ?? [],
    externalIds: decodeExternalIds(actor.externalIds),
  }));
  const externalIds = new Map<string, string>();
  for (const actor of [...matchable].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const id of actor.externalIds ?? []) if (!externalIds.has(externalIdKey(id))) externalIds.set(externalIdKey(id), actor.id);
  }
  const areaLookup = new Map<string, string>();
  // Ids first, then p-codes, then names: an id is never shadowed by another area's name.
  const areas = row.areas;
  for (const area of areas) if (area.name && !areaLookup.has(foldName(area.name))) areaLookup.set(foldName(area.name), area.id);
  for (const area of areas) if (area.pcode) areaLookup.set(area.pcode.toUpperCase(), area.id);
  for (const area of areas) areaLookup.set(area.id, area.id);
  return { matchable, areaLookup, externalIds };
}
