/**
 * The page's copy of which fields a role receives (client/ui/role.ts; the client may import only
 * contracts from the server) must equal the server's table, or a withheld field would again read
 * as "Not assessed" / "—". And a refusal for lack of `edit` reads as words, not a permission name.
 */
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../server/contracts/index.js';
import { FIELD_ACCESS } from '../../../server/presenters/field-access.js';
import { plainRefusal, RECEIVED_FIELDS } from '../../../client/ui/role.js';

describe('client/ui/role.ts', () => {
  it('receives the same stance and tie source fields as the server sends, for every role', () => {
    for (const role of ROLES) {
      const { actorStance, tieSource } = FIELD_ACCESS[role];
      expect(RECEIVED_FIELDS[role], role).toEqual({ actorStance, tieSource });
    }
  });

  it('words a refused edit plainly and leaves other errors as the server wrote them', () => {
    expect(plainRefusal('forbidden', 'Your role (viewer) does not allow edit')).toBe(
      'Viewers cannot change records; ask an analyst or administrator.',
    );
    expect(plainRefusal('forbidden', 'Your role (leadership) does not allow edit')).toBe(
      'Leadership accounts cannot change records; ask an analyst or administrator.',
    );
    expect(plainRefusal('forbidden', 'Your role (viewer) does not allow export')).toBe('Your role (viewer) does not allow export');
    expect(plainRefusal('not_found', 'Your role (viewer) does not allow edit')).toBe('Your role (viewer) does not allow edit');
  });
});
