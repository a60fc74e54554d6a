/**
 * `npm run add-administrator`: the server operator's way to make the second administrator that
 * the two-administrator rule needs on a fresh install (nobody could approve it otherwise). Run as
 * a process against the run's Neo4j, like an operator would.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { testTempFolder } from '../support/temp-folder.js';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';
import { testNeo4j } from '../support/test-neo4j.js';

const server = useTestServer();
const run = promisify(execFile);

async function addAdministrator(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const neo4j = testNeo4j();
  const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NODE_ENV: 'development' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'server/cli/add-administrator.ts', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run add-administrator', () => {
  it(
    'creates an administrator no existing administrator created, who can sign in; a taken name changes nothing',
    { timeout: 120_000 },
    async () => {
      const folder = testTempFolder('add-admin');
      writeFileSync(join(folder, 'password'), 'operator-chosen-password\n', { mode: 0o600 });
      // A name no other test looks for; removed at the end, as later files count the administrators.
      const username = `operator-${Date.now()}`;
      const created = await addAdministrator([
        username,
        '--display-name',
        'Second Administrator',
        '--password-file',
        join(folder, 'password'),
      ]);
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      expect(created.stdout).toContain(`Created the administrator "${username}"`);
      expect(created.stdout).not.toContain('operator-chosen-password');
      expect(
        await server.count('MATCH (u:User {username: $username}) WHERE u.role = "administrator" AND u.createdBy IS NULL RETURN count(u)', {
          username,
        }),
      ).toBe(1);

      const signIn = await request(
        server.baseUrl,
        'POST',
        '/api/auth/sign-in',
        { username, password: 'operator-chosen-password' },
        { as: null },
      );
      expect(signIn.status).toBe(200);

      const again = await addAdministrator([username]);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('already a user');
      await server.count('MATCH (u:User {username: $username}) DETACH DELETE u RETURN count(u)', { username });
    },
  );

  it('says how to use it when the username is missing or invalid', { timeout: 60_000 }, async () => {
    const missing = await addAdministrator([]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Usage: npm run add-administrator');
    const invalid = await addAdministrator(['Not Valid']);
    expect(invalid.stderr).toMatch(/The username must be 2-64 lower-case letters/);
  });
});
