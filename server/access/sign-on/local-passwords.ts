/**
 * Local passwords turned off (ACTOR_MAP_LOCAL_PASSWORDS=off): everyone signs in through the
 * identity provider, except the server operator's own administrators: the first administrator
 * (`admin`, made at the first start) and those made with `npm run add-administrator`. Those have
 * no creator and no provider link. They are the way in when the provider is down or misconfigured,
 * and the two administrators every access decision needs; their password is set on the server.
 *
 * Checked after the password is (sign-in.ts), so the answer tells "passwords are off" only to
 * someone who knew the account's password, and names no account to anyone else.
 */
import type { Database } from '../../db/database.js';
import { mayUsePassword } from '../../queries/access.js';

/** Undefined while local passwords are on: every account may then use its password. */
export function passwordAllowance(db: Database, localPasswords: boolean): ((userId: string) => Promise<boolean>) | undefined {
  if (localPasswords) return undefined;
  return async (userId) => {
    const [row] = await db.readFromLeader(mayUsePassword, { id: userId });
    return row?.allowed === true;
  };
}
