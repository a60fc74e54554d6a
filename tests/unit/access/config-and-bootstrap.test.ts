/**
 * Start-up security: production refuses a Bolt connection without a verified certificate
 * (`+ssc` included), and the first administrator's password never reaches the log: it comes from
 * a file or a variable, or is generated into a 0600 file whose path alone is printed.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { testTempFolder } from '../../support/temp-folder.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureAdministrator, GENERATED_PASSWORD_FILE } from '../../../server/access/bootstrap.js';
import type { UserStore } from '../../../server/access/user-store.js';
import { loadConfig } from '../../../server/config.js';
import type { UserCreate } from '../../../server/contracts/index.js';

describe('NEO4J_URI in production', () => {
  const production =
    (uri: string, extra: Record<string, string> = {}) =>
    () =>
      loadConfig({ NODE_ENV: 'production', NEO4J_URI: uri, NEO4J_PASSWORD: 'x', ...extra });

  it.each(['bolt+ssc://db:7687', 'neo4j+ssc://db:7687', 'bolt://db:7687', 'neo4j://db:7687'])('refuses %s', (uri) => {
    expect(production(uri)).toThrow(/NEO4J_URI: must be bolt\+s:\/\/ or neo4j\+s:\/\//);
  });

  it.each(['bolt+s://db:7687', 'neo4j+s://db:7687'])('accepts %s', (uri) => {
    expect(production(uri)()).toMatchObject({ NEO4J_URI: uri });
  });

  it('accepts +ssc when ACTOR_MAP_ALLOW_INSECURE_BOLT says so, and anything outside production', () => {
    expect(production('bolt+ssc://db:7687', { ACTOR_MAP_ALLOW_INSECURE_BOLT: 'true' })()).toMatchObject({
      NEO4J_URI: 'bolt+ssc://db:7687',
    });
    expect(loadConfig({ NEO4J_URI: 'bolt+ssc://db:7687', NEO4J_PASSWORD: 'x' }).NEO4J_URI).toBe('bolt+ssc://db:7687');
  });
});

function fakeUsers() {
  const created: UserCreate[] = [];
  const users = {
    count: async () => created.length,
    create: async (input: UserCreate) => {
      created.push(input);
      return {};
    },
  } as unknown as UserStore;
  return { users, created };
}

describe('the first administrator', () => {
  it('generates a password into a 0600 file in the data folder and prints only where it is', async () => {
    const dataDir = join(testTempFolder('admin'), 'data');
    const { users, created } = fakeUsers();
    const printed: string[] = [];
    expect(await ensureAdministrator(users, { dataDir }, (line) => printed.push(line))).toBe('created');
    const file = join(dataDir, GENERATED_PASSWORD_FILE);
    const password = readFileSync(file, 'utf8').trim();
    expect(password).toBe(created[0]!.password);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(printed.join('\n')).toContain(file);
    expect(printed.join('\n')).not.toContain(password);

    // A later first start (a new, empty database) replaces the old file rather than failing on it.
    const again = fakeUsers();
    await ensureAdministrator(again.users, { dataDir }, () => {});
    expect(readFileSync(file, 'utf8').trim()).toBe(again.created[0]!.password);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('takes the password from ACTOR_MAP_ADMIN_PASSWORD_FILE and never prints it', async () => {
    const dir = testTempFolder('secret');
    const secret = join(dir, 'admin-password');
    writeFileSync(secret, 'a-secret-from-a-file\n');
    const { users, created } = fakeUsers();
    const printed: string[] = [];
    await ensureAdministrator(users, { passwordFile: secret, dataDir: join(dir, 'data') }, (line) => printed.push(line));
    expect(created[0]!.password).toBe('a-secret-from-a-file');
    expect(printed.join('\n')).not.toContain('a-secret-from-a-file');
    expect(printed.join('\n')).toContain('ACTOR_MAP_ADMIN_PASSWORD_FILE');
  });

  it('never prints a password given in ACTOR_MAP_ADMIN_PASSWORD, and refuses both at once', async () => {
    const { users } = fakeUsers();
    const printed: string[] = [];
    await ensureAdministrator(users, { password: 'a-secret-variable', dataDir: '/nonexistent' }, (line) => printed.push(line));
    expect(printed.join('\n')).not.toContain('a-secret-variable');
    expect(() => loadConfig({ ACTOR_MAP_ADMIN_PASSWORD: 'a-secret-variable', ACTOR_MAP_ADMIN_PASSWORD_FILE: '/run/secrets/x' })).toThrow(
      /not both/,
    );
  });
});
