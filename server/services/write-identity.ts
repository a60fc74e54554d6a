/**
 * Ids and write tokens for creates, fixed before the transaction starts. The driver retries a
 * transaction whose commit it could not confirm; with the id and token chosen outside it, the
 * retry finds the record its first attempt wrote instead of writing a second one. A client that
 * retries over HTTP sends an `Idempotency-Key`: the same key gives the same id and token.
 */
import { createHash, randomUUID } from 'node:crypto';

export interface WriteIdentity {
  id: string;
  writeToken: string;
}

export function writeIdentity(givenId: string | undefined, idempotencyKey: string | undefined): WriteIdentity {
  if (!idempotencyKey) return { id: givenId ?? randomUUID(), writeToken: randomUUID() };
  const digest = createHash('sha256').update(idempotencyKey).digest('hex');
  const derivedId = `${digest.slice(0, 8)}-${digest.slice(8, 12)}-${digest.slice(12, 16)}-${digest.slice(16, 20)}-${digest.slice(20, 32)}`;
  return { id: givenId ?? derivedId, writeToken: `key:${digest}` };
}
