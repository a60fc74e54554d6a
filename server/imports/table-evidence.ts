/**
 * Who says so, per row of a table (issue 15): the source column's text, the source's reliability
 * (A-F), the claim's credibility (1-6) and the date observed, for the tie the row's reference
 * makes (table-references.ts). Cells take the forms real tables use: "B" or "b", "2", blank (not
 * given), and the Admiralty pair "B2" (reliability B, credibility 2) in either grade column. A cell
 * that cannot be read is a located problem (column, line, the value, what is expected), which
 * refuses the import as a whole like any other; so is a source graded twice differently in one file.
 */
import { type ImportProblem, type MappableField, type SourceReliability } from '../contracts/index.js';
import { readObservedDate } from './import-date.js';
import { because, type Reason } from './import-errors.js';

/** What a row states about its tie's claim; absent fields are not given (kept as stored on a re-import). */
export interface TieEvidence {
  /** The source's text (the tie's `source`); absent: the file itself is the source. */
  source?: string;
  reliability?: SourceReliability;
  credibility?: number;
  observedAt?: string;
}

const ADMIRALTY = /^([a-f])\s*[-/.]?\s*([1-6])$/i;
const LETTER = /^[a-f]$/i;
// A spreadsheet may store 2 as "2.0".
const DIGIT = /^([1-6])(?:\.0+)?$/;
const EXPECTED_RELIABILITY =
  'expected a source reliability A-F (A: completely reliable ... F: cannot be judged) or an Admiralty grade such as B2';
const EXPECTED_CREDIBILITY =
  'expected an information credibility 1-6 (1: confirmed ... 6: cannot be judged) or an Admiralty grade such as B2';

type Grade = { reliability?: SourceReliability; credibility?: number };

/** A reliability cell: "B", "b", "B2"; blank is {}; null when it cannot be read. */
export function readReliabilityCell(cell: string): Grade | null {
  const text = cell.trim();
  if (text === '') return {};
  if (LETTER.test(text)) return { reliability: text.toUpperCase() as SourceReliability };
  const pair = ADMIRALTY.exec(text);
  return pair ? { reliability: pair[1]!.toUpperCase() as SourceReliability, credibility: Number(pair[2]) } : null;
}

/** A credibility cell: "2", "2.0", "B2"; blank is {}; null when it cannot be read. */
export function readCredibilityCell(cell: string): Grade | null {
  const text = cell.trim();
  if (text === '') return {};
  const digit = DIGIT.exec(text);
  if (digit) return { credibility: Number(digit[1]) };
  const pair = ADMIRALTY.exec(text);
  return pair ? { reliability: pair[1]!.toUpperCase() as SourceReliability, credibility: Number(pair[2]) } : null;
}

const shown = (text: string) => text.trim().slice(0, 40);
const show = (text: string) => `"${shown(text)}"`;

/**
 * Reads the evidence columns of a table, row after row; `seenSources` remembers each source text's
 * reliability and the line that gave it, so that one source is not graded twice differently.
 */
export function evidenceReader(
  where: (field: MappableField) => string,
  sheet: string | null,
): (cell: (field: MappableField) => string, line: number) => { evidence: TieEvidence; problems: ImportProblem[] } {
  const seenSources = new Map<string, { reliability: SourceReliability; line: number }>();
  return (cell, line) => {
    const problems: ImportProblem[] = [];
    const problem = (field: MappableField, reason: Reason) => problems.push({ line, column: where(field), sheet, ...reason });
    const evidence: TieEvidence = {};
    const source = cell('source');
    if (source.length > 1000)
      problem(
        'source',
        because(`the source has ${source.length} characters; at most 1,000`, 'import.source_too_long', {
          length: source.length,
          maximum: 1000,
        }),
      );
    else if (source !== '') evidence.source = source;
    const byReliability = readReliabilityCell(cell('sourceReliability'));
    if (!byReliability)
      problem(
        'sourceReliability',
        because(`${show(cell('sourceReliability'))}: ${EXPECTED_RELIABILITY}`, 'import.bad_reliability', {
          value: shown(cell('sourceReliability')),
        }),
      );
    const byCredibility = readCredibilityCell(cell('credibility'));
    if (!byCredibility)
      problem(
        'credibility',
        because(`${show(cell('credibility'))}: ${EXPECTED_CREDIBILITY}`, 'import.bad_credibility', { value: shown(cell('credibility')) }),
      );
    for (const key of ['reliability', 'credibility'] as const) {
      const [one, other] = [byReliability?.[key], byCredibility?.[key]];
      if (one !== undefined && other !== undefined && one !== other)
        problem(
          'credibility',
          because(
            `${show(cell('credibility'))} gives ${key} ${String(other)}, the reliability column ${show(cell('sourceReliability'))} gives ${String(one)}`,
            'import.grades_disagree',
            {
              value: shown(cell('credibility')),
              grade: key,
              given: String(other),
              reliabilityValue: shown(cell('sourceReliability')),
              fromReliability: String(one),
            },
          ),
        );
    }
    const reliability = byReliability?.reliability ?? byCredibility?.reliability;
    const credibility = byCredibility?.credibility ?? byReliability?.credibility;
    if (reliability) evidence.reliability = reliability;
    if (credibility !== undefined) evidence.credibility = credibility;
    const observed = readObservedDate(cell('observedAt'));
    if ('reason' in observed) problem('observedAt', observed);
    else if (observed.date) evidence.observedAt = observed.date;
    // One source, one reliability: the same text graded differently on two rows is a mistake to fix in the file.
    if (evidence.reliability) {
      const key = evidence.source ?? '';
      const earlier = seenSources.get(key);
      if (earlier && earlier.reliability !== evidence.reliability)
        problem(
          'sourceReliability',
          because(
            `${key ? `the source ${show(key)}` : 'the file (no source text)'} is graded ${evidence.reliability} here and ${earlier.reliability} on line ${earlier.line}; a source has one reliability`,
            key ? 'import.source_graded_twice' : 'import.file_graded_twice',
            {
              ...(key ? { source: shown(key) } : {}),
              grade: evidence.reliability,
              earlierGrade: earlier.reliability,
              earlierLine: earlier.line,
            },
          ),
        );
      else if (!earlier) seenSources.set(key, { reliability: evidence.reliability, line });
    }
    return { evidence, problems };
  };
}

const EVIDENCE_FIELDS = ['source', 'sourceReliability', 'credibility', 'observedAt'] as const satisfies readonly MappableField[];

/** Whether a row stated anything about who says so. */
export const statesEvidence = (evidence: TieEvidence): boolean => Object.keys(evidence).length > 0;

/**
 * Evidence read for nothing, said once per file: the source and grade columns grade the tie a
 * row's reference column makes, so without a reference column (a partner list read as actors
 * only) or on rows that name no reference they apply to nothing; the report says so rather than
 * letting the person believe their grades were imported.
 */
export function unusedEvidenceWarnings(options: {
  mapped: (field: MappableField) => boolean;
  where: (field: MappableField) => string;
  sheet: string | null;
  headerLine: number | null;
  /** Lines that stated evidence but named no reference. */
  lines: readonly number[];
}): ImportProblem[] {
  const { mapped, where, sheet, headerLine, lines } = options;
  const evidenceColumns = EVIDENCE_FIELDS.filter(mapped);
  if (evidenceColumns.length === 0 || lines.length === 0) return [];
  const columns = evidenceColumns.map(where).join(', ');
  if (!mapped('reference'))
    return [
      {
        line: headerLine,
        column: where(evidenceColumns[0]!),
        sheet,
        ...because(
          `the columns ${columns} say who says so about the tie a row's reference column makes; no column is read as the reference, so they apply to nothing and were not imported`,
          'import.evidence_without_reference',
          { columns },
        ),
      },
    ];
  const shownLines = lines.slice(0, 10).join(', ');
  return [
    {
      line: lines[0]!,
      column: where(evidenceColumns[0]!),
      sheet,
      ...because(
        `${lines.length} row(s) give a source or grade (${columns}) but name no reference, so no tie carries it: lines ${shownLines}${lines.length > 10 ? ', …' : ''}`,
        'import.evidence_rows_without_reference',
        { count: lines.length, columns, lines: `${shownLines}${lines.length > 10 ? ', …' : ''}` },
      ),
    },
  ];
}
