/**
 * The map's vocabulary in the interface's language (issue 17): the API's codes stay English
 * (`civil_society`, `allied_with`); what the user reads comes from the `vocabulary` catalogue.
 * English's entries equal the server's labels (tests/unit/client/i18n-vocabulary.test.ts), so
 * exports and the page say the same in English.
 */
import type { ActorKind, EvidenceGrade, Sensitivity, TieType } from '../../server/contracts/index.js';
import { t, type MessageKey } from './i18n.js';

const word = (key: string): string => t(`vocabulary.${key}` as MessageKey);

export const kindLabel = (kind: ActorKind): string => word(`kind_${kind}`);
export const tieTypeLabel = (type: TieType): string => word(`tieType_${type}`);
export const subtypeLabel = (subtype: string): string => word(`subtype_${subtype}`);
export const sensitivityLabel = (level: Sensitivity): string => word(`sensitivity_${level}`);
export const gradeLabel = (grade: EvidenceGrade): string => word(`grade_${grade}`);
export const doNoHarmLabel = (role: string): string => word(`doNoHarm_${role}`);
export const confidenceLabel = (confidence: string): string => word(`confidence_${confidence}`);
export const outputRoleLabel = (role: string): string => word(`outputRole_${role}`);
export const mechanismKindLabel = (kind: string): string => word(`mechanism_${kind}`);
export const engagementFormatLabel = (format: string): string => word(`format_${format}`);
