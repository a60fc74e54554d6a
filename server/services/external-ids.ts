/**
 * How an actor's external ids are stored: Neo4j properties hold no maps, so each
 * `{scheme, value}` is kept as the string "scheme:value" (a scheme holds no ":"), which Cypher can
 * also search and compare. Only this module knows the encoding.
 */
import type { ExternalId } from '../contracts/index.js';

/** `[{scheme: 'iati', value: 'XM-DAC-41121'}]` -> `['iati:XM-DAC-41121']`. */
export function encodeExternalIds(ids: readonly ExternalId[]): string[] {
  return ids.map((id) => `${id.scheme}:${id.value}`);
}

/** The stored strings back as ids; anything else stored there is left out. */
export function decodeExternalIds(stored: unknown): ExternalId[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    if (typeof entry !== 'string') return [];
    const at = entry.indexOf(':');
    return at > 0 ? [{ scheme: entry.slice(0, at), value: entry.slice(at + 1) }] : [];
  });
}

/** The one key an external id is compared by: scheme case-folded, value as written (trimmed). */
export function externalIdKey(id: ExternalId): string {
  return `${id.scheme.toLowerCase()}:${id.value.trim()}`;
}
