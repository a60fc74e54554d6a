/** With no NEO4J_URI and no JDK, start-up stops with one message naming the three ways to get a database. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('no database available', () => {
  it('names NEO4J_URI, docker compose and a JDK', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { PATH: '/nonexistent', HOME: process.env.HOME ?? '/tmp', PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('NEO4J_URI=bolt://');
    expect(result.stderr).toContain('docker compose up');
    expect(result.stderr).toContain('JDK 17');
  });

  it('refuses a malformed NEO4J_URI by name', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Invalid configuration: NEO4J_URI: must be a bolt/);
  });
});
