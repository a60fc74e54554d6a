/**
 * The one owner of the Neo4j driver. Every database call goes through `Database`: named queries
 * from `cypher/`, read or write chosen explicitly, a single read as one auto-commit query and
 * everything else in the driver's managed transactions (both retried on transient errors, every
 * session closed), results converted to plain values, and Neo4j errors mapped to domain errors.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { recordToRow, toCypherParams } from './convert.js';
import { mapDatabaseError } from './database-errors.js';
import { MAINTENANCE_DIR, type QueryStore } from './query-store.js';
import { z } from 'zod';
import { checkRows, declaredQueries, query, queryName, type Params, type Query, type Row } from './typed-query.js';

/** `versions[0] AS version, edition`: what /api/health reports of the Neo4j reached. */
const ServerComponentsRowSchema = z.object({ version: z.string(), edition: z.string() });
const serverComponents = query<Record<string, never>, z.infer<typeof ServerComponentsRowSchema>>(
  'admin/server-components',
  ServerComponentsRowSchema,
);

export type { Params, Row } from './typed-query.js';

/**
 * Runs one query: a typed handle (`query(...)` in server/queries/) with its parameters, giving
 * its declared rows; or, for modules not yet moved to handles, a name giving plain rows.
 */
export interface RunQuery {
  <P extends object, R>(query: Query<P, R>, params: P): Promise<R[]>;
  (name: string, params?: Params): Promise<Row[]>;
}

/** Runs one query in an auto-commit transaction: a typed handle, or a name (modules not yet moved, tests, benchmarks). */
export interface AutoCommitQuery {
  <P extends object>(query: Query<P, never>, params: P): Promise<void>;
  (name: string, params?: Params): Promise<void>;
}

/** A unit of work inside one transaction: run queries, get plain rows back. */
export interface Transaction {
  run: RunQuery;
}

export interface Database {
  /** Runs a read query (routed to a reader in a cluster), retried on transient errors. */
  read: RunQuery;
  /**
   * Runs a named read query on the cluster's leader (write routing), retried like `read`. For
   * credentials and sign-in counts: a follower may lag behind a revocation made through another
   * instance, and a READ-routed session carries no bookmark of it. On a single server it is `read`.
   */
  readFromLeader: RunQuery;
  /** Runs a write query in its own transaction. */
  write: RunQuery;
  /** Runs several named queries in one write transaction, retried as a whole on transient errors. */
  writeTransaction<T>(work: (tx: Transaction) => Promise<T>, options?: WriteOptions): Promise<T>;
  /** Runs several named read queries in one read transaction. */
  readTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs a query in an auto-commit transaction (needed by CALL ... IN TRANSACTIONS). */
  autoCommit: AutoCommitQuery;
  /** Runs unnamed statements: only for schema files, never with text from a request. */
  runSchemaStatement(statement: string): Promise<void>;
  /** Checks that the database answers; returns what it reports about itself. */
  describeServer(): Promise<{ version: string; edition: string }>;
  /**
   * How many write transactions (and auto-commit queries) this handle has finished, committed or
   * not, leaving out those marked `leavesAccessAlone`. A process-local cache of something read from
   * Neo4j (confirmed credentials) keeps the count it read at, and knows that this process may have
   * changed the data since when the count has moved.
   */
  finishedWrites(): number;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  queries: QueryStore;
  maxRetryTimeMs?: number;
  /** Connections to Neo4j (default 50) and how long a request waits for one (default 10 s) before a 503. */
  maxConnectionPoolSize?: number;
  connectionAcquisitionTimeoutMs?: number;
  /** Check every row of a typed query against its declared schema (tests; costs time). */
  checkRows?: boolean;
  /**
   * Whether `queries` is the app's store, which every typed handle must be found in (default). A
   * store of other queries (the benchmark's own floor statements) is not held to the app's handles.
   */
  appQueries?: boolean;
  /** The handles held to `queries` (default: every handle declared so far); a test names its own instead of declaring strays for all. */
  handles?: readonly Query<Params, unknown>[];
}

type QueryRef = string | Query<Params, unknown>;

export interface WriteOptions {
  /**
   * The write changes only records no credential, grant or level check reads (engagements, lead
   * and support roles, mechanisms, stances, benchmark status): it does not move `finishedWrites`,
   * so a credential confirmed before it stays good for its second. Every other write (users,
   * grants, actors, whose level an actor grant is bounded by, areas, imports, merges) moves it.
   */
  leavesAccessAlone?: boolean;
}

/** The driver's own retry schedule for managed transactions, used for single reads too. */
const RETRY_FIRST_DELAY_MS = 1_000;
const RETRY_JITTER = 0.2;

/** The query that gives the map a new version (cypher/graph/bump-map-version.cypher). */
const BUMP_MAP_VERSION = 'graph/bump-map-version';
/**
 * Writes that never change /api/graph's elements, today's or a past date's: accounts and access,
 * engagements (not drawn on the map), and the history of engagements. Any other history write
 * bumps: versions of actors, ties, roles, areas and claims are what a past map is drawn from.
 */
const NOT_IN_THE_MAP: ReadonlyArray<(name: string, params: Params | undefined) => boolean> = [
  (name) => name.startsWith('access/'),
  (name) => name.startsWith('engagements/'),
  (name) => name === 'history/record-engagement-versions',
  (name, params) => name === 'history/close-versions' && params?.kind === 'engagement',
];
const WRITING_CLAUSE = /\b(CREATE|MERGE|SET|DELETE|REMOVE|FOREACH)\b/i;
const withoutComments = (text: string) => text.replace(/\/\/.*$/gm, '');

/** The driver's fetch size for "every record in one batch". */
const FETCH_ALL = -1;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a query without the stack trace the driver captures for every result (to graft onto
 * the result's errors). Under tsx, with source maps on, formatting that trace cost about a
 * quarter of a millisecond per query, as much as a small query's own work; the errors it would
 * decorate are mapped to domain errors and their stacks are never logged.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function createDatabase(options: DatabaseOptions): Database {
  const maxRetryTimeMs = options.maxRetryTimeMs ?? 8_000;
  const driver: Driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
    connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 10_000,
    connectionTimeout: 5_000,
    // How long a transaction is retried while the database is unreachable, before a 503.
    maxTransactionRetryTime: maxRetryTimeMs,
    // Integers arrive as JavaScript numbers, as `toPlain` made them anyway (every integer the app
    // stores is far below 2^53), without an Integer object per value to build and convert.
    disableLosslessIntegers: true,
    // Every result is read whole (nothing here streams records), so ask for all of it at once
    // rather than in batches of 1,000 records, each a further round trip (the map's ties are three).
    fetchSize: FETCH_ALL,
  });
  const sessionConfig = options.database ? { database: options.database } : {};
  const { queries } = options;
  let writesFinished = 0;
  if (options.appQueries !== false) assertDeclaredQueriesExist(queries, options.handles ?? declaredQueries());

  /** The plain rows of a result, checked against the handle's row type when asked to. */
  function rowsOf(ref: QueryRef, records: Parameters<typeof recordToRow>[0][]): Row[] {
    const rows = records.map(recordToRow);
    if (options.checkRows && typeof ref !== 'string') checkRows(ref, rows);
    return rows;
  }

  const textOf = (ref: QueryRef) => queries.get(queryName(ref));

  async function runIn(tx: ManagedTransaction, ref: QueryRef, params: Params = {}): Promise<Row[]> {
    const result = await withoutStackCapture(() => tx.run(textOf(ref), toCypherParams(params) as Params));
    return rowsOf(ref, result.records);
  }

  // The map's version (ETags and the cache of /api/graph) changes in the same transaction as any
  // write that may change the map: a transaction that ran a query that writes (its text has a
  // writing clause), unless under `access/` (accounts, sessions, grants, the audit log: they change
  // who sees what, which is in the cache key, not the map) or `engagements/` (the map's elements
  // hold no engagement). The reads a write transaction makes first (reference checks) bump
  // nothing. A store without the query (the bench's own) bumps nothing.
  const bumpsMapVersion = queries.names().includes(BUMP_MAP_VERSION);
  const writingQueries = new Set(queries.names().filter((name) => WRITING_CLAUSE.test(withoutComments(queries.get(name)))));
  const changesMap = (ref: QueryRef, params: Params | undefined) => {
    const name = queryName(ref);
    return bumpsMapVersion && writingQueries.has(name) && !NOT_IN_THE_MAP.some((exempt) => exempt(name, params));
  };

  async function inTransaction<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>, options: WriteOptions = {}): Promise<T> {
    const session = driver.session({ ...sessionConfig, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      const unit = async (tx: ManagedTransaction) => {
        let mapTouched = false;
        const result = await work({
          run: ((ref: QueryRef, params?: Params) => {
            mapTouched ||= mode === 'WRITE' && changesMap(ref, params);
            return runIn(tx, ref, params);
          }) as RunQuery,
        });
        if (mapTouched) await runIn(tx, BUMP_MAP_VERSION);
        return result;
      };
      return mode === 'READ' ? await session.executeRead(unit) : await session.executeWrite(unit);
    } catch (error) {
      throw mapDatabaseError(error);
    } finally {
      if (mode === 'WRITE' && options.leavesAccessAlone !== true) writesFinished += 1;
      await session.close();
    }
  }

  /**
   * A single read needs no explicit transaction: as an auto-commit query it is one round trip to
   * Neo4j (RUN and PULL together) where a managed transaction is three (BEGIN, RUN, COMMIT), about
   * half of a small query's time. A read changes nothing, so it is retried like the driver
   * retries a managed transaction: on retryable errors, with growing delays, for up to
   * `maxRetryTimeMs`.
   */
  async function readOnce(ref: QueryRef, params: Params, mode: 'READ' | 'WRITE'): Promise<Row[]> {
    const session = driver.session({ ...sessionConfig, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      const result = await withoutStackCapture(() => session.run(textOf(ref), toCypherParams(params) as Params));
      return rowsOf(ref, result.records);
    } finally {
      await session.close();
    }
  }

  async function readWithRetries(ref: QueryRef, params: Params = {}, mode: 'READ' | 'WRITE' = 'READ'): Promise<Row[]> {
    let firstFailure: number | null = null;
    for (let delayMs = RETRY_FIRST_DELAY_MS; ; delayMs *= 2) {
      try {
        return await readOnce(ref, params, mode);
      } catch (error) {
        firstFailure ??= Date.now();
        if (!neo4j.isRetryableError(error) || Date.now() - firstFailure > maxRetryTimeMs) throw mapDatabaseError(error);
        await sleep(delayMs * (1 + RETRY_JITTER * (2 * Math.random() - 1)));
      }
    }
  }

  return {
    read: ((ref: QueryRef, params?: Params) => readWithRetries(ref, params, 'READ')) as RunQuery,
    // Not counted as a write: it changes nothing, it only asks the member that has every commit.
    readFromLeader: ((ref: QueryRef, params?: Params) => readWithRetries(ref, params, 'WRITE')) as RunQuery,
    write: ((ref: QueryRef, params?: Params) => inTransaction('WRITE', (tx) => tx.run(ref as string, params))) as RunQuery,
    writeTransaction: (work, options) => inTransaction('WRITE', work, options),
    readTransaction: (work) => inTransaction('READ', work),
    autoCommit: (async (ref: QueryRef, params: Params = {}) => {
      const session = driver.session({ ...sessionConfig, defaultAccessMode: neo4j.session.WRITE });
      try {
        await session.run(textOf(ref), toCypherParams(params) as Params);
        // An auto-commit query (CALL ... IN TRANSACTIONS) cannot share its transaction: the version moves right after it.
        if (changesMap(ref, params)) await session.run(textOf(BUMP_MAP_VERSION));
      } catch (error) {
        throw mapDatabaseError(error);
      } finally {
        writesFinished += 1;
        await session.close();
      }
    }) as AutoCommitQuery,
    async runSchemaStatement(statement) {
      try {
        await driver.executeQuery(statement, {}, { ...sessionConfig, routing: neo4j.routing.WRITE });
      } catch (error) {
        throw mapDatabaseError(error);
      }
    },
    // Once, without retries: a health check answers "down" when the database is down, at once,
    // where a retried read would keep it waiting for the whole retry time and more (15 s measured).
    async describeServer() {
      const [row] = await readOnce(serverComponents, {}, 'READ').catch((error: unknown) => {
        throw mapDatabaseError(error);
      });
      const text = (value: unknown) => (typeof value === 'string' ? value : 'unknown');
      return { version: text(row?.version), edition: text(row?.edition) };
    },
    finishedWrites: () => writesFinished,
    close: () => driver.close(),
  };
}

/**
 * Every typed handle must name a loaded Cypher file; all missing names are listed at once. A
 * maintenance handle (server/queries/maintenance.ts) is held to it only by a store that loaded the
 * maintenance queries (the reset command, benchmarks, tests): the running server's store has none,
 * and refuses to run one, which is the point, not a missing file.
 */
function assertDeclaredQueriesExist(queries: QueryStore, handles: readonly Query<Params, unknown>[]): void {
  const missing = queriesWithoutFile(queries, handles);
  if (missing.length > 0) throw new Error(`Typed queries without a Cypher file: ${missing.join(', ')}`);
}

/** The names of `handles` that `queries` holds no Cypher file for, under the rule above. */
export function queriesWithoutFile(queries: QueryStore, handles: readonly Query<Params, unknown>[]): string[] {
  const known = new Set(queries.names());
  const isMaintenance = (name: string) => name.startsWith(`${MAINTENANCE_DIR}/`);
  const maintenanceLoaded = [...known].some(isMaintenance);
  return handles.map((handle) => handle.name).filter((name) => !known.has(name) && (maintenanceLoaded || !isMaintenance(name)));
}
