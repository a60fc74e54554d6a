/** docker-compose.yml cannot run here (no Docker engine); this checks it parses and says what we promise. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync('docker-compose.yml', 'utf8'));

  it('names a Neo4j 5.26 Community service with a healthcheck and a named volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    const volume = neo4j.volumes[0].split(':')[0];
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it('builds the app from the Dockerfile and starts it once Neo4j is healthy', () => {
    const app = compose.services.app;
    expect(app.build).toMatchObject({ context: '.', dockerfile: 'Dockerfile' });
    expect(existsSync('Dockerfile')).toBe(true);
    expect(app.depends_on.neo4j.condition).toBe('service_healthy');
    expect(app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(app.ports).toContain('8080:8080');
  });
});
