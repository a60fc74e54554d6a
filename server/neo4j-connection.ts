/**
 * Where the product finds its Neo4j: a NEO4J_URI when given; otherwise a local Neo4j started
 * from Maven Central artifacts with the JDK. With neither, one message names the three ways to
 * get a database. (Tests add a third source in between: testcontainers, when Docker answers.)
 */
import { randomBytes } from 'node:crypto';
import { findJava, startLocalNeo4j } from '../neo4j-local/launcher.js';
import type { Config } from './config.js';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** Where it came from, for the start-up log. */
  origin: 'NEO4J_URI' | 'local launcher' | 'testcontainers';
  /** Stops the database if this process started it. */
  stop(): Promise<void>;
}

export const NO_DATABASE_MESSAGE = [
  'Actor Map needs a Neo4j 5 database and found none. Any one of these works:',
  '  1. Point it at a running Neo4j: NEO4J_URI=bolt://host:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=... npm start',
  '  2. With Docker: docker compose up   (starts neo4j:5.26-community and the app together)',
  '  3. Install a JDK 17 or later and Maven (e.g. apt-get install openjdk-17-jdk-headless maven):',
  '     npm start then runs a local Neo4j Community 5.26 from Maven Central by itself.',
].join('\n');

export async function connectNeo4j(config: Config, log: (message: string) => void): Promise<Neo4jConnection> {
  if (config.NEO4J_URI) {
    if (!config.NEO4J_PASSWORD) throw new Error('NEO4J_URI is set but NEO4J_PASSWORD is not');
    return {
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      origin: 'NEO4J_URI',
      stop: async () => {},
    };
  }
  if (!findJava()) throw new Error(NO_DATABASE_MESSAGE);
  const local = await startLocalNeo4j({
    dataDir: config.ACTOR_MAP_DATA_DIR,
    password: randomBytes(18).toString('base64url'),
    log,
  });
  return { ...local, origin: 'local launcher' };
}
