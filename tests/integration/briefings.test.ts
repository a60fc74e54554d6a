/**
 * GET /api/briefings/:kind on the demo: each kind in both formats opens and reads back (Word's
 * document.xml, the PDF's text), holds its sections and the analysis's numbers, names no actor the
 * requester may not see (a reader cleared for public only, and the shareable profile), writes the
 * Arabic names joined and right to left, and is audited as an export.
 * Set BRIEFING_SAMPLES=<dir> to keep the files for looking at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { request } from '../support/http.js';
import { download } from '../support/transfers/transfer-client.js';
import {
  HAS_POPPLER,
  docxText,
  documentXml,
  getBriefing,
  pdfText,
  popplerText,
  renderPdfPage,
  type DownloadedBriefing,
} from '../support/briefings/read-briefing.js';
import { seedDemo } from '../support/demo-snapshot.js';

const server = useTestServer();
const AL_NOUR = 'vr-cso-al-nour';
const AL_NOUR_NAME = 'جمعية النور للسلام';
let actors: { id: string; name: string; sensitivity: string }[];
let coordination: { gaps: unknown[]; overlaps: unknown[]; fragile: unknown[]; duplications: unknown[]; outputs: unknown[] };
let engagement: { engagements: number; participations: number };
let publicReader: string;

beforeAll(async () => {
  await server.reset();
  await seedDemo(server);
  const snapshot = await download(server.baseUrl, 'snapshot', '?profile=full');
  actors = JSON.parse(snapshot.text).dataset.actors;
  coordination = (await request(server.baseUrl, 'GET', '/api/analysis/coordination')).body;
  engagement = (await request(server.baseUrl, 'GET', '/api/analysis/engagement?from=2025-01-01&to=2025-12-31')).body;
  publicReader = (await server.userWithToken('briefing-public', 'leadership', 'public')).token;
});

const QUERIES = {
  coordination: 'name=Veridia',
  engagement: 'name=Veridia&from=2025-01-01&to=2025-12-31',
  actor: `name=Veridia&id=${AL_NOUR}`,
} as const;

const textOf = async (file: DownloadedBriefing, format: 'docx' | 'pdf') => (format === 'docx' ? docxText(file.bytes) : pdfText(file.bytes));

const made = new Map<string, Promise<{ file: DownloadedBriefing; text: string }>>();

/** A briefing and its text read back; the same request is made once per file (they take seconds). */
function briefing(kind: keyof typeof QUERIES, format: 'docx' | 'pdf', extra = '', token?: string) {
  const key = [kind, format, extra, token].join('|');
  if (!made.has(key)) made.set(key, makeBriefing(kind, format, extra, token));
  return made.get(key)!;
}

async function makeBriefing(kind: keyof typeof QUERIES, format: 'docx' | 'pdf', extra: string, token?: string) {
  const file = await getBriefing(server.baseUrl, kind, `${QUERIES[kind]}&format=${format}${extra}`, token);
  expect(file.status, `${kind} ${format}`).toBe(200);
  const dir = process.env.BRIEFING_SAMPLES;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${kind}${extra.replace(/[^a-z]+/g, '-')}${token ? '-other-reader' : ''}.${format}`), file.bytes);
  }
  return { file, text: (await textOf(file, format)).replace(/\s+/g, ' ') };
}

const SECTIONS = {
  coordination: [
    'Coordination briefing',
    'Outputs by area',
    'Gaps: no lead in the area',
    'Overlaps',
    'Fragile cells',
    'Duplicated funding',
    'Matrix of outputs and agencies',
    'Agencies in each role',
    'Coordination mechanisms',
  ],
  engagement: [
    'Engagement briefing',
    'By area',
    'By side',
    'By civil society subtype',
    'Women and youth',
    'Influential civil society never engaged',
  ],
  actor: ['Actor briefing', 'What it is', 'Position', 'Ties', 'Do-no-harm check', 'Recent engagements', 'Its network'],
};

describe.each(['pdf', 'docx'] as const)('briefings as %s', (format) => {
  it.each(['coordination', 'engagement', 'actor'] as const)('%s: opens, title page, sections, marking', async (kind) => {
    const { file, text } = await briefing(kind, format, '&profile=full');
    expect(file.headers.get('content-type')).toBe(
      format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(file.headers.get('content-disposition')).toMatch(new RegExp(`veridia-${kind}-briefing-\\d{4}-\\d{2}-\\d{2}\\.${format}`));
    for (const section of SECTIONS[kind]) expect(text, section).toContain(section);
    expect(text).toContain('Map Veridia');
    expect(text).toContain('Prepared by');
    expect(text).toContain('Redaction profile full');
    const marking = file.headers.get('x-actor-map-marking')!;
    expect(text).toContain(`Sensitivity: ${marking.replace(/_/g, ' ').toUpperCase()}`);
    // The demo holds confidential actors and ties the test account may see.
    if (kind !== 'actor') expect(['confidential', 'strictly_confidential']).toContain(marking);
  });

  it('coordination: the numbers of the analysis', async () => {
    const { text } = await briefing('coordination', format, '&profile=full');
    expect(text).toContain(
      `${coordination.gaps.length} gaps, ${coordination.overlaps.length} overlaps, ${coordination.fragile.length} fragile cells, ${coordination.duplications.length} cases of duplicated funding.`,
    );
    expect(text).toContain(`${coordination.outputs.length} outputs across`);
  });

  it('engagement: the numbers of the analysis for the period', async () => {
    const { text } = await briefing('engagement', format, '&profile=full');
    expect(engagement.engagements).toBeGreaterThan(0);
    expect(text).toContain(`${engagement.engagements} engagements with ${engagement.participations} participations`);
    expect(text).toContain('2025-01-01 to 2025-12-31');
  });
});

describe('need to know and redaction', () => {
  const hiddenFrom = (levels: string[]) =>
    actors.filter((actor) => !levels.includes(actor.sensitivity) && actor.name.length >= 6).map((actor) => actor.name);

  it.each(['coordination', 'engagement'] as const)(
    '%s: a reader cleared for public sees no other name, in either format',
    async (kind) => {
      const hidden = hiddenFrom(['public']);
      expect(hidden.length).toBeGreaterThan(10);
      for (const format of ['pdf', 'docx'] as const) {
        const { file, text } = await briefing(kind, format, '&profile=full', publicReader);
        for (const name of hidden) expect(text, `${kind} ${format}`).not.toContain(name);
        expect(file.headers.get('x-actor-map-marking')).toBe('public');
        expect(text).toContain('Sensitivity: PUBLIC');
      }
    },
    90_000,
  );

  it.each(['coordination', 'engagement'] as const)('%s: the shareable profile names only public actors', async (kind) => {
    const { text } = await briefing(kind, 'pdf', '&profile=shareable');
    for (const name of hiddenFrom(['public'])) expect(text).not.toContain(name);
    expect(text).toContain('Redaction profile shareable');
  });

  it('internal profile: actors above internal are pseudonymised, free text left out', async () => {
    const { text } = await briefing('coordination', 'pdf', '&profile=internal');
    for (const name of hiddenFrom(['public', 'internal'])) expect(text).not.toContain(name);
    expect(text).toMatch(/Actor [0-9a-f]{8}/);
  });

  it('an actor the reader may not see is not found, exactly as an absent one', async () => {
    const hidden = actors.find((actor) => actor.sensitivity !== 'public')!;
    const asHidden = await getBriefing(server.baseUrl, 'actor', `id=${hidden.id}`, publicReader);
    const asAbsent = await getBriefing(server.baseUrl, 'actor', `id=no-such-actor`, publicReader);
    expect(asHidden.status).toBe(404);
    expect(asAbsent.status).toBe(404);
    // The id is in the message and in its params: every occurrence is masked.
    const message = (file: DownloadedBriefing, id: string) => new TextDecoder().decode(file.bytes).replaceAll(id, 'ID');
    expect(message(asHidden, hidden.id)).toBe(message(asAbsent, 'no-such-actor'));
  });

  it('an actor briefing without id is a 400 naming the field; a viewer may not make briefings', async () => {
    const missing = await getBriefing(server.baseUrl, 'actor', 'format=pdf');
    expect(missing.status).toBe(400);
    expect(JSON.parse(new TextDecoder().decode(missing.bytes)).error.details[0].path).toBe('id');
    const { token } = await server.userWithToken('briefing-viewer', 'viewer', 'strictly_confidential');
    expect((await getBriefing(server.baseUrl, 'coordination', 'format=pdf', token)).status).toBe(403);
  });

  it('is audited like an export: who, which kind, format and profile', async () => {
    const me = (await request(server.baseUrl, 'GET', '/api/auth/me')).body.id;
    expect((await getBriefing(server.baseUrl, 'coordination', 'format=docx&profile=shareable')).status).toBe(200);
    const { token } = await server.userWithToken('briefing-admin', 'administrator', 'confidential');
    const events = await request(server.baseUrl, 'GET', `/api/audit?action=export&userId=${me}`, undefined, { as: token });
    expect(events.body[0]).toMatchObject({
      action: 'export',
      userId: me,
      targetType: 'briefing',
      detail: 'briefing/coordination/docx/shareable/en',
    });
  });
});

describe('right-to-left names', () => {
  it('Word: the Arabic name is one run marked right to left, in reading order', async () => {
    const { file } = await briefing('actor', 'docx', '&profile=full');
    const run = new RegExp(`<w:r>(?:(?!</w:r>).)*<w:rtl/>(?:(?!</w:r>).)*<w:t[^>]*>${AL_NOUR_NAME}</w:t>`);
    expect(documentXml(file.bytes)).toMatch(run);
  });

  it('PDF: the Arabic name is laid out right to left and joined (read back from the page) and renders', async () => {
    const { file, text } = await briefing('actor', 'pdf', '&profile=full');
    expect(text).toContain('النور');
    expect(text).toContain('جمعية');
    expect(HAS_POPPLER, 'pdftotext and pdftoppm (poppler-utils, .ci/install-system-packages.sh)').toBe(true);
    // Poppler reads the glyphs in their places on the page and gives right-to-left runs back in
    // reading order: the words come back in order only if they were laid out right to left.
    const laidOut = popplerText(file.bytes).replace(/\s+/g, ' ');
    expect(laidOut).toContain('Actor briefing: جمعية النور');
    expect(laidOut).not.toContain('للسالم النور جمعية');
    const png = renderPdfPage(file.bytes, 1);
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const shots = process.env.BRIEFING_SAMPLES;
    if (shots) writeFileSync(join(shots, 'actor-title-page.png'), png);
  });
});
