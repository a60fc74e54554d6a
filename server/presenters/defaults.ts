/**
 * Neo4j does not store nulls: an unset optional property is simply absent. Presenters fill such
 * gaps with the API's defaults so that every response has every field of its contract.
 */
export function withDefaults<T extends Record<string, unknown>>(defaults: T, stored: Record<string, unknown>): T & Record<string, unknown> {
  const present = Object.fromEntries(Object.entries(stored).filter(([, value]) => value !== null));
  return { ...defaults, ...present };
}
