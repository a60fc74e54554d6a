/**
 * Neo4j error codes mapped to the domain's errors, in one place. A constraint violation is a
 * conflict; an unreachable database is a 503 the client can retry; anything else stays internal
 * (and its text, which may quote Cypher or data, never reaches a response).
 */
import { Neo4jError } from 'neo4j-driver';
import { AppError, conflict, databaseUnavailable } from '../errors.js';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function mapDatabaseError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return conflict('A record with the same id already exists');
  }
  if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.')) {
    return databaseUnavailable();
  }
  return error;
}
