/**
 * The change brief's sections of unknown shape (change-sections.ts, change-briefing.ts): a section
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
  engagements: {
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

describe('further sections of the diff', () => {
  const marked: Sensitivity[] = [];
  const blocks = changeBlocks(diff, nameBook(marked));
  const text = JSON.stringify(blocks);

  it('appear with their counts and records, without more work', () => {
    expect(text).toContain('Further changes');
    expect(text).toContain('Gaps closed');
    expect(text).toContain('Engagements');
    expect(text).toContain('1 added, 0 removed, 0 changed.');
    expect(text).toContain('Engagements: added');
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
