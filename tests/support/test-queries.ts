/** The app's queries with the maintenance ones, read once per worker (test files share its modules). */
import { appPath } from '../../server/app-root.js';
import { loadQueryStore, type QueryStore } from '../../server/db/query-store.js';

let loaded: QueryStore | undefined;

export function testQueryStore(): QueryStore {
  loaded ??= loadQueryStore(appPath('cypher'), { maintenance: true });
  return loaded;
}
