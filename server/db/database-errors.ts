/**
 * Neo4j error codes mapped to the domain's errors, in one place. A constraint violation is a
 * conflict; an unreachable database, or one so busy that no connection frees up in time, is a 503
 * the client can retry; anything else stays internal (and its text, which may quote Cypher or
 * data, never reaches a response).
 */
import { Neo4jError } from 'neo4j-driver';
import { AppError, conflict, databaseUnavailable } from '../errors.js';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/**
 * The driver's own "Connection acquisition timed out in N ms" when every pooled connection stays
 * busy for the whole acquisition timeout (many clients at once). It carries no code of its own
 * ('N/A', like any driver-side error), so its message is the only way to tell it apart.
 */
function isAcquisitionTimeout(error: Neo4jError): boolean {
  return error.code === 'N/A' && error.message.startsWith('Connection acquisition timed out');
}

export function mapDatabaseError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return conflict('A record with the same id already exists').saying('conflict.same_id');
  }
  if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.') || isAcquisitionTimeout(error)) {
    return databaseUnavailable();
  }
  return error;
}
