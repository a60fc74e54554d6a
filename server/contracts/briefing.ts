/**
 * Briefings for mission leadership (issue 17, section 1): a Word or PDF document of one analysis
 * (coordination, engagement balance, or one actor's profile), built from what the requester may
 * see, with the export redaction profiles, and audited like an export.
 */
import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common.js';
import { EXPORT_PROFILES } from './transfer.js';
import { AsOfSchema } from './round.js';
import { LANGUAGES } from './access.js';

/** `?lang=`: the language a briefing is written in; absent, the requester's account language, else English. */
const BriefingLanguageSchema = z
  .enum(LANGUAGES)
  .optional()
  .describe("Language of the briefing: en, fr or ar; absent: the requester's chosen interface language, else en");

export const BRIEFING_KINDS = ['coordination', 'engagement', 'actor'] as const;
export type BriefingKind = (typeof BRIEFING_KINDS)[number];

export const BRIEFING_FORMATS = ['docx', 'pdf'] as const;
export type BriefingFormat = (typeof BRIEFING_FORMATS)[number];

export const BriefingParamsSchema = z.strictObject({ kind: z.enum(BRIEFING_KINDS) });

export const BriefingQuerySchema = z
  .strictObject({
    format: z.enum(BRIEFING_FORMATS).default('pdf').describe('docx (Word) or pdf (default)'),
    profile: z
      .enum(EXPORT_PROFILES)
      .default('internal')
      .describe('Redaction profile, as for exports: full, internal (default) or shareable'),
    name: z.string().min(1).max(200).optional().describe('Name of the map written on the title page'),
    id: IdSchema.optional().describe('With kind=actor: the actor (required; 404 if unknown or hidden)'),
    from: IsoDateSchema.optional().describe('Engagements counted from this day (engagement and actor briefings)'),
    to: IsoDateSchema.optional().describe('Engagements counted up to this day, inclusive'),
    lang: BriefingLanguageSchema,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'must not be before from' });
export type BriefingQuery = z.infer<typeof BriefingQuerySchema>;

/** Formats of the change brief: a printable HTML page, or the same content as docx or pdf. */
export const CHANGE_BRIEFING_FORMATS = ['html', 'docx', 'pdf'] as const;
export type ChangeBriefingFormat = (typeof CHANGE_BRIEFING_FORMATS)[number];

/** Query of GET /api/briefings/changes (issue 14): the diff between two rounds or dates as a document for an MLT meeting. */
export const ChangeBriefingQuerySchema = z.strictObject({
  from: AsOfSchema.unwrap().describe('The earlier end: a round id or an ISO date-time, as /api/diff takes it'),
  to: AsOfSchema.unwrap().describe('The later end: a round id or an ISO date-time'),
  format: z.enum(CHANGE_BRIEFING_FORMATS).default('html').describe('html (a page to print, default), docx (Word) or pdf'),
  profile: z.enum(EXPORT_PROFILES).default('internal').describe('Redaction profile, as for exports: full, internal (default) or shareable'),
  name: z.string().min(1).max(200).optional().describe('Name of the map written on the title page'),
  lang: BriefingLanguageSchema,
});
export type ChangeBriefingQuery = z.infer<typeof ChangeBriefingQuerySchema>;
