/**
 * `npm run add-administrator -- <username> [--display-name "Name"] [--password-file <file>]`:
 * creates an administrator from the server's own terminal.
 *
 * Why a command: making an administrator takes a second, independent administrator's approval
 * (server/access/approval-rule.ts), and a fresh install has only the first `admin`, so nobody
 * could ever approve the second. Whoever runs the server already holds the database credentials;
 * this command is their act, not an administrator's: the account records no creator, so it is
 * independent of every existing administrator, and the audit log records `user_change` by the
 * server operator (no user id). The password comes from `--password-file` (a secret file, trailing
 * newline dropped) or is generated and printed once to this terminal; the new administrator
 * should change it at first sign-in.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PasswordSchema, UsernameSchema } from '../contracts/index.js';
import { createAuditLog } from '../access/audit-log.js';
import { createUserStore } from '../access/user-store.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openRuntime } from '../runtime.js';
import { runCommand } from './run-command.js';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** The password to give: from the file, checked like any password, or a generated one. */
function chosenPassword(file: string | undefined): { password: string; generated: boolean } {
  if (!file) return { password: randomBytes(15).toString('base64url'), generated: true };
  const password = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  const checked = PasswordSchema.safeParse(password);
  if (!checked.success) throw new Error(`--password-file: the password in it ${checked.error.issues[0]?.message ?? 'is not valid'}`);
  return { password, generated: false };
}

async function main(args: string[]): Promise<number> {
  const username = args.find(
    (arg, index) => !arg.startsWith('--') && !['--display-name', '--password-file'].includes(args[index - 1] ?? ''),
  );
  const checkedName = UsernameSchema.safeParse(username);
  if (!checkedName.success) {
    process.stderr.write('Usage: npm run add-administrator -- <username> [--display-name "Name"] [--password-file <file>]\n');
    if (username) process.stderr.write(`The username ${checkedName.error.issues[0]?.message ?? 'is not valid'}\n`);
    return 2;
  }
  const { password, generated } = chosenPassword(option(args, '--password-file'));
  const runtime = await openRuntime(loadConfig(), createLogger('silent'));
  try {
    const users = createUserStore(runtime.db);
    if ((await users.list()).some((user) => user.username === checkedName.data)) {
      process.stderr.write(`There is already a user "${checkedName.data}"; nothing was changed.\n`);
      return 2;
    }
    const user = await users.create({
      username: checkedName.data,
      displayName: option(args, '--display-name') ?? checkedName.data,
      password,
      role: 'administrator',
      clearance: 'confidential',
    });
    await createAuditLog(runtime.db).record({
      userId: null,
      action: 'user_change',
      targetType: 'user',
      targetIds: [user.id],
      detail: 'create administrator (server operator: npm run add-administrator)',
    });
    process.stdout.write(`Created the administrator "${user.username}".\n`);
    if (generated) process.stdout.write(`Its password (shown once; change it at first sign-in): ${password}\n`);
    return 0;
  } finally {
    await runtime.close();
  }
}

runCommand(main);
