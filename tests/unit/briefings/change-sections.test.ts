/**
 * The change brief's sections (change-coordination.ts, change-sections.ts, change-briefing.ts): the
 * coordination sections each printed for what it is, named and never by id, stances in the
 * interface's words, shares as percentages with their change in points, an empty part saying
 * "No change."; and a section of unknown shape: a section
 * another helper adds to the Diff appears with its counts and records, actor ids and `...Name`
 * fields print as the name book says (a pseudonym), free text is withheld, a record's sensitivity
 * counts into the marking, and the real name of a pseudonymised actor is scrubbed from any line.
 * The HTML writer escapes what it prints and puts the marking at the top of every printed page.
 */
import { describe, expect, it } from 'vitest';
import type { Diff, Sensitivity } from '../../../server/contracts/index.js';
import { changeBlocks } from '../../../server/briefings/change-briefing.js';
import type { NameBook } from '../../../server/briefings/change-names.js';
import { writeBriefingHtml } from '../../../server/briefings/html-writer.js';

const HIDDEN = { id: 'a-secret', name: 'Secret Militia Contact', pseudonym: 'Actor 0badc0de' };

function nameBook(marked: Sensitivity[]): NameBook {
  const actor = (id: string, fallback?: string) =>
    id === HIDDEN.id ? HIDDEN.pseudonym : id === 'a-open' ? 'Open Forum' : (fallback ?? null);
  return {
    actor,
    mark: (level) => marked.push(level),
    markTie: () => undefined,
    value: (field, value) => {
      if (field === 'summary') return '(withheld under this profile)';
      const one = (item: unknown) => (typeof item === 'string' ? (actor(item) ?? item) : String(item));
      return Array.isArray(value) ? value.map(one).join(', ') : one(value);
    },
    pseudonymised: (id) => id === HIDDEN.id,
    scrub: (text) => text.split(HIDDEN.name).join(HIDDEN.pseudonym),
  };
}

const empty = { added: [], removed: [], changed: [] };
const diff = {
  from: '2026-06-01T00:00:00.000Z',
  to: '2026-12-01T00:00:00.000Z',
  actors: empty,
  ties: empty,
  named: {
    newConflictPartyTies: [],
    stanceShifts: [],
    doNoHarmShifts: [],
    influenceMoves: [],
    gapsClosed: [{ outputId: 'o-water', areaId: 'east', leadId: HIDDEN.id, leadName: HIDDEN.name }],
  },
  mechanisms: {
    added: [
      {
        id: 'e-1',
        date: '2026-09-01',
        actorIds: [HIDDEN.id, 'a-open'],
        summary: 'Met Secret Militia Contact at night',
        sensitivity: 'confidential',
      },
    ],
    removed: [],
    changed: [],
  },
} as unknown as Diff;

const ROLE_ID = '6f1c2a9e-0d4b-4e57-9a43-1c2d3e4f5a6b';
const coordinationDiff = {
  from: '2026-06-01T00:00:00.000Z',
  to: '2026-12-01T00:00:00.000Z',
  actors: empty,
  ties: empty,
  named: {
    newConflictPartyTies: [],
    stanceShifts: [{ id: 'a-open', name: 'Open Forum', before: 1, after: -2 }],
    doNoHarmShifts: [],
    influenceMoves: [],
  },
  roles: {
    added: [
      {
        id: ROLE_ID,
        actorId: HIDDEN.id,
        actorName: HIDDEN.name,
        outputId: 'o-water',
        outputTitle: 'Water for all',
        role: 'lead',
        areaIds: ['east'],
        areaNames: ['East Province'],
      },
    ],
    removed: [],
  },
  engagements: {
    added: [],
    removed: [],
    changed: [
      {
        id: 'e-2',
        date: '2026-09-01',
        areaId: 'east',
        areaName: 'East Province',
        fields: [{ field: 'area', before: { id: 'capital', name: 'Capital District' }, after: { id: 'east', name: 'East Province' } }],
      },
    ],
  },
  gaps: {
    opened: [],
    closed: [{ outputId: 'o-water', outputTitle: 'Water for all', areaId: 'east', areaName: 'East Province', explanation: 'x' }],
  },
  engagementShare: {
    engagements: { before: 7, after: 7 },
    capitalShare: { before: 0.428571, after: 0.285714 },
    byArea: [
      {
        areaId: 'capital',
        name: 'Capital District',
        isCapital: true,
        before: { engagements: 3, share: 0.428571 },
        after: { engagements: 2, share: 0.285714 },
      },
      { areaId: 'west', name: 'West', isCapital: false, before: { engagements: 1, share: 0.1 }, after: { engagements: 1, share: 0.1 } },
    ],
    bySide: { parties: [], nonAligned: { before: 4, after: 4 }, balanceIndex: { before: null, after: null } },
  },
} as unknown as Diff;

describe('the coordination sections of the change brief', () => {
  const blocks = changeBlocks(coordinationDiff, nameBook([]));
  const text = JSON.stringify(blocks);
  const tableAfter = (heading: string) => {
    const at = blocks.findIndex((block) => block.kind === 'heading' && block.text === heading);
    return blocks.slice(at + 1).find((block) => block.kind === 'table') as { rows: string[][] } | undefined;
  };

  it('name each record (agency, role, output, area; output and area for a gap), never its id', () => {
    expect(tableAfter('Lead and support roles')?.rows).toEqual([['Added', HIDDEN.pseudonym, 'Lead', 'Water for all', 'East Province']]);
    expect(tableAfter('Coordination gaps')?.rows).toEqual([['Closed', 'Water for all', 'East Province']]);
    expect(text).not.toContain(ROLE_ID);
    expect(text).not.toMatch(/"Id"|Output title|Further changes/);
  });

  it('list an engagement moved out of the capital with its area before and after', () => {
    expect(tableAfter('Engagements')?.rows).toEqual([['Changed', '2026-09-01', 'Capital District → East Province']]);
  });

  it('write stances as the interface does, shares as percentages with the change in points, and "No change." for an empty part', () => {
    expect(text).toContain('Open Forum: stance +1 (supportive) → \u22122 (hostile).');
    expect(text).not.toContain('0.428571');
    expect(tableAfter('Engagement share')?.rows).toEqual([['Capital District (capital)', '43 %', '29 %', '\u221214.3 points']]);
    const bySide = blocks.findIndex((block) => block.kind === 'paragraph' && block.text.startsWith('By side'));
    expect(blocks[bySide + 1]).toEqual({ kind: 'paragraph', text: 'No change.' });
  });
});

describe('further sections of the diff', () => {
  const marked: Sensitivity[] = [];
  const blocks = changeBlocks(diff, nameBook(marked));
  const text = JSON.stringify(blocks);

  it('appear with their counts and records, without more work', () => {
    expect(text).toContain('Further changes');
    expect(text).toContain('Gaps closed');
    expect(text).toContain('Mechanisms');
    expect(text).toContain('1 added, 0 removed, 0 changed.');
    expect(text).toContain('Mechanisms: added');
    expect(text).toContain('2026-09-01');
    expect(text).toContain('Open Forum');
  });

  it('print names as the name book says, withhold free text, mark levels, and scrub real names', () => {
    expect(text).toContain(HIDDEN.pseudonym);
    expect(text).not.toContain(HIDDEN.name);
    expect(text).not.toContain(HIDDEN.id);
    expect(text).not.toContain('at night');
    expect(marked).toContain('confidential');
  });

  it('the HTML page escapes every string', async () => {
    const html = new TextDecoder().decode(
      await writeBriefingHtml({
        title: 'Change brief <script>alert(1)</script>',
        facts: [['Map', '"><img src=x onerror=alert(1)>']],
        marking: 'internal',
        markingLine: 'Sensitivity: INTERNAL',
        profile: 'full',
        blocks: [{ kind: 'table', columns: ['<b>'], rows: [['a & b']] }],
      }),
    );
    expect(html).not.toMatch(/<script>alert|<img src=x/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('a &amp; b');
    // Printed, the marking heads every page (an @page margin box), not only the title page.
    expect(html).toMatch(/@top-center \{ content: "Sensitivity: INTERNAL"/);
  });
});
