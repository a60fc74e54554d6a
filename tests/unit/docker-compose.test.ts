/** docker-compose.yml and the Dockerfile cannot run here (no Docker engine); this checks they parse and say what we promise. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../server/config.js';

interface Stage {
  from: string;
  name: string | undefined;
  lines: string[];
}

/** The Dockerfile's stages, each with its instructions (continuation lines joined). */
function dockerfileStages(): Stage[] {
  const instructions = readFileSync('Dockerfile', 'utf8')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of instructions) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) stages.push({ from: from[1]!, name: from[2], lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  return stages;
}

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

  it("gives the app a configuration it accepts under the image's NODE_ENV", () => {
    const imageEnv: Record<string, string> = {};
    for (const line of dockerfileStages().at(-1)!.lines) {
      const env = /^ENV\s+(\w+)=(\S+)$/.exec(line);
      if (env) imageEnv[env[1]!] = env[2]!;
    }
    expect(imageEnv.NODE_ENV).toBe('production');
    const composeEnv = Object.fromEntries(
      Object.entries(compose.services.app.environment).map(([key, value]) => [key, String(value).replace(/\$\{(\w+):-([^}]*)\}/, '$2')]),
    );
    expect(() => loadConfig({ ...imageEnv, ...composeEnv })).not.toThrow();
  });
});

describe('Dockerfile', () => {
  const stages = dockerfileStages();
  const runtime = stages.at(-1)!;

  it('builds in a stage of its own with every dependency, then keeps only the production ones', () => {
    const build = stages.find((stage) => stage.lines.some((line) => /^RUN npm run build\b/.test(line)))!;
    expect(build.lines).toContain('RUN npm ci --no-audit --no-fund');
    expect(stages.some((stage) => stage.lines.some((line) => /^RUN npm ci .*--omit=dev/.test(line)))).toBe(true);
    expect(runtime.lines).toContain(`COPY --from=${build.name} /app/dist ./dist`);
  });

  it('runs the compiled server on a current Node LTS, as a user other than root', () => {
    expect(runtime.from).toMatch(/^node:(22|24)-slim$/);
    expect(stages.every((stage) => /^node:(22|24)-/.test(stage.from))).toBe(true);
    const user = runtime.lines.filter((line) => line.startsWith('USER ')).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER\s+(root|0)\b/);
    expect(runtime.lines.at(-1)).toBe('CMD ["node", "dist/server/main.js"]');
  });

  it('ships what the compiled server reads at run time, and no TypeScript sources or development tools', () => {
    const copied = runtime.lines.filter((line) => line.startsWith('COPY ')).map((line) => line.split(/\s+/).at(-2));
    // package.json: "type": "module" and the project root (server/app-root.ts).
    for (const needed of ['package.json', 'cypher', 'server/seed/data', '/app/dist', '/app/node_modules']) expect(copied).toContain(needed);
    expect(copied).not.toContain('server');
    expect(copied).not.toContain('.');
    expect(runtime.lines.join('\n')).not.toMatch(/tsx/);
  });

  it('keeps local installs, builds, databases and secrets out of the build context', () => {
    const ignored = readFileSync('.dockerignore', 'utf8')
      .split('\n')
      .map((line) => line.trim());
    for (const entry of ['node_modules', 'dist', '.neo4j', '.git', '.env']) expect(ignored).toContain(entry);
  });
});
