/**
 * The one owner of the Neo4j driver. Every database call goes through `Database`: named queries
 * from `cypher/`, read or write chosen explicitly, sessions closed by the driver's managed
 * transactions, results converted to plain values, and Neo4j errors mapped to domain errors.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toCypherParams, toPlain } from './convert.js';
import { mapDatabaseError } from './database-errors.js';
import type { QueryStore } from './query-store.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A unit of work inside one transaction: run named queries, get plain rows back. */
export interface Transaction {
  run(name: string, params?: Params): Promise<Row[]>;
}

export interface Database {
  /** Runs a named read query (routed to a reader in a cluster). */
  read(name: string, params?: Params): Promise<Row[]>;
  /** Runs a named write query in its own transaction. */
  write(name: string, params?: Params): Promise<Row[]>;
  /** Runs several named queries in one write transaction, retried as a whole on transient errors. */
  writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs several named read queries in one read transaction. */
  readTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs a named query in an auto-commit transaction (needed by CALL ... IN TRANSACTIONS). */
  autoCommit(name: string, params?: Params): Promise<void>;
  /** Runs unnamed statements: only for schema files, never with text from a request. */
  runSchemaStatement(statement: string): Promise<void>;
  /** Checks that the database answers; returns what it reports about itself. */
  describeServer(): Promise<{ version: string; edition: string }>;
  /** Throws if the query store lacks a name; modules call it when they are built. */
  requireQueries(...names: string[]): void;
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
}

export function createDatabase(options: DatabaseOptions): Database {
  const driver: Driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
    connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 10_000,
    connectionTimeout: 5_000,
    // How long a transaction is retried while the database is unreachable, before a 503.
    maxTransactionRetryTime: options.maxRetryTimeMs ?? 8_000,
    disableLosslessIntegers: false,
  });
  const sessionConfig = options.database ? { database: options.database } : {};
  const { queries } = options;

  async function runIn(tx: ManagedTransaction, name: string, params: Params = {}): Promise<Row[]> {
    const result = await tx.run(queries.get(name), toCypherParams(params) as Params);
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  async function inTransaction<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = driver.session({ ...sessionConfig, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      const unit = (tx: ManagedTransaction) => work({ run: (name, params) => runIn(tx, name, params) });
      return mode === 'READ' ? await session.executeRead(unit) : await session.executeWrite(unit);
    } catch (error) {
      throw mapDatabaseError(error);
    } finally {
      await session.close();
    }
  }

  return {
    read: (name, params) => inTransaction('READ', (tx) => tx.run(name, params)),
    write: (name, params) => inTransaction('WRITE', (tx) => tx.run(name, params)),
    writeTransaction: (work) => inTransaction('WRITE', work),
    readTransaction: (work) => inTransaction('READ', work),
    async autoCommit(name, params = {}) {
      const session = driver.session({ ...sessionConfig, defaultAccessMode: neo4j.session.WRITE });
      try {
        await session.run(queries.get(name), toCypherParams(params) as Params);
      } catch (error) {
        throw mapDatabaseError(error);
      } finally {
        await session.close();
      }
    },
    async runSchemaStatement(statement) {
      try {
        await driver.executeQuery(statement, {}, { ...sessionConfig, routing: neo4j.routing.WRITE });
      } catch (error) {
        throw mapDatabaseError(error);
      }
    },
    async describeServer() {
      const [row] = await inTransaction('READ', (tx) => tx.run('admin/server-components'));
      return { version: String(row?.version ?? 'unknown'), edition: String(row?.edition ?? 'unknown') };
    },
    requireQueries(...names) {
      for (const name of names) queries.get(name);
    },
    close: () => driver.close(),
  };
}
