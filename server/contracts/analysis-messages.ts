/**
 * Codes for the sentences the analyses write (issue 17): a coordination cell's explanation, a
 * duplicated funding's, the do-no-harm verdict's summary and reasons, the statement of an area
 * scope. The English stays in the result; beside it each sentence is a code with params, which the
 * interface says from its `analysis-api` catalogue. Names of records in params are listed in
 * RECORD_NAME_PARAMS, so the interface shows them as the record's own text.
 */
import { z } from 'zod';
import { CodedMessageSchema, type MessageParams } from './message-codes.js';

/** Code -> the names of its params. */
export const ANALYSIS_MESSAGE_CODES = {
  'cell.nobody': ['output', 'area'],
  'cell.no_lead': ['output', 'area', 'names'],
  'cell.overlap': ['count', 'names', 'output', 'area'],
  'cell.fragile': ['name', 'output', 'area'],
  'cell.led': ['names'],
  'duplication.coordinated': ['names', 'recipient', 'output', 'mechanisms'],
  'duplication.uncoordinated': ['names', 'recipient', 'output'],
  'verdict.is_party': ['actor'],
  'verdict.direct_aligning': ['party', 'tieTypes', 'confidence'],
  'verdict.direct_divider': ['party', 'tieTypes', 'confidence'],
  'verdict.direct': ['party', 'tieTypes', 'confidence'],
  'verdict.two_step': ['party', 'tieTypes', 'confidence'],
  'verdict.is_divider': ['actor'],
  'verdict.divider_among_ties': ['name'],
  'verdict.leans_toward': ['party', 'strength', 'contested', 'path', 'pathTies', 'pathConfidences', 'pathStrengths'],
  'verdict.raises_share': ['party', 'before', 'after'],
  'verdict.summary_stop': ['actor'],
  'verdict.summary_care': ['actor'],
  'verdict.summary_engage': ['actor'],
  /** A lean's evidence: the best path to its party, names in order (`path`) and each step's tie (`pathTies[i]` joins path[i] and path[i+1]). */
  'lean.path': ['path', 'pathTies', 'pathConfidences', 'pathStrengths'],
  'lean.is_party': ['actor'],
  'scope.all': ['total'],
  'scope.level': ['count', 'level', 'total'],
  'scope.level_in': ['count', 'level', 'parent', 'total'],
  'scope.worked': ['count', 'total'],
} as const satisfies Record<string, readonly string[]>;

export type AnalysisMessageCode = keyof typeof ANALYSIS_MESSAGE_CODES;

/** Params that carry a record's name (or a list of names), never a word of the interface. */
export const RECORD_NAME_PARAMS = ['output', 'area', 'names', 'name', 'recipient', 'mechanisms', 'actor', 'party', 'parent'] as const;

/** A code this interface does not know (a newer server) is shown as the English beside it. */
export const AnalysisMessageSchema = CodedMessageSchema.describe(
  'The sentence beside it as a code (see ANALYSIS_MESSAGE_CODES) and params',
);
export type AnalysisMessage = z.infer<typeof AnalysisMessageSchema>;

export const analysisMessage = (code: AnalysisMessageCode, params: MessageParams): AnalysisMessage => ({ code, params });
