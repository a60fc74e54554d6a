/**
 * Stored admin area -> the API's `AdminArea`. Neo4j keeps no maps on nodes, so an area's other
 * names are stored as two parallel lists (`nameLanguages`, `nameTexts`), which also lets a query
 * match an area by any of its names; the Cypher hands them over as [language, text] pairs.
 */
import { AdminAreaSchema, type AdminArea } from '../contracts/index.js';
import { withDefaults } from './defaults.js';

export function presentArea(stored: Record<string, unknown>): AdminArea {
  const pairs = (stored.names as [string, string][] | null | undefined) ?? [];
  const names = Object.fromEntries(pairs.filter(([language, text]) => language && text));
  return AdminAreaSchema.parse(withDefaults({}, { ...stored, names }));
}

/** The stored properties for an area's other names (empty lists for none; null for "clear"). */
export function storedNames(names: Record<string, string> | null): { nameLanguages: string[]; nameTexts: string[] } {
  const entries = Object.entries(names ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return { nameLanguages: entries.map(([language]) => language), nameTexts: entries.map(([, text]) => text) };
}
