/**
 * GET /api/briefings/changes (issue 14) on the demo's two rounds: the change brief in each format
 * reads back (the HTML page, Word's document.xml, the PDF's text), names the planted changes,
 * names no actor a reader cleared for public only or the shareable profile may not see,
 * pseudonymises above internal under the internal profile, writes an Arabic name joined and right
 * to left, and is audited like the other briefings.
 * Set BRIEFING_SAMPLES=<dir> to keep the files for looking at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefingScope } from '../../server/briefings/briefing-scope.js';
import { changeNameBook } from '../../server/briefings/change-names.js';
import type { Diff } from '../../server/contracts/index.js';
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
  type DownloadedBriefing,
} from '../support/briefings/read-briefing.js';
import { seedDemo } from '../support/demo-snapshot.js';

const server = useTestServer();
const AL_NOUR = 'vr-cso-al-nour';
const AL_NOUR_NAME = 'جمعية النور للسلام';
type Format = 'html' | 'docx' | 'pdf';
let actors: { id: string; name: string; sensitivity: string }[];
let range: string;
let planted: string[];
let publicReader: string;

beforeAll(async () => {
  await server.reset();
  await seedDemo(server);
  const snapshot = await download(server.baseUrl, 'snapshot', '?profile=full');
  actors = JSON.parse(snapshot.text).dataset.actors;
  const [, q1] = (await request(server.baseUrl, 'GET', '/api/rounds')).body.items;
  // An Arabic-named actor changed after the second round: the brief from Q1 to now names it too.
  const alNour = await request(server.baseUrl, 'GET', `/api/actors/${AL_NOUR}`);
  const stance = alNour.body.stance === -1 ? 1 : -1;
  expect((await request(server.baseUrl, 'PATCH', `/api/actors/${AL_NOUR}`, { stance })).status).toBe(200);
  range = `from=${q1.id}&to=${new Date().toISOString()}`;
  const diff = (await request(server.baseUrl, 'GET', `/api/diff?${range}`)).body;
  const tie = diff.named.newConflictPartyTies[0];
  planted = [
    tie.actorName,
    tie.partyName,
    ...diff.named.stanceShifts.map((s: { name: string }) => s.name),
    diff.named.doNoHarmShifts[0].name,
  ];
  expect(planted).toContain(AL_NOUR_NAME);
  publicReader = (await server.userWithToken('change-brief-public', 'leadership', 'public')).token;
}, 300_000);

const made = new Map<string, Promise<{ file: DownloadedBriefing; text: string }>>();

/** The brief and its text read back, each request made once per file. */
function brief(format: Format, extra = '&profile=full', token?: string) {
  const key = [format, extra, token].join('|');
  if (!made.has(key)) made.set(key, makeBrief(format, extra, token));
  return made.get(key)!;
}

const htmlText = (bytes: Uint8Array) =>
  new TextDecoder()
    .decode(bytes)
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

async function makeBrief(format: Format, extra: string, token?: string) {
  const file = await getBriefing(server.baseUrl, 'changes', `name=Veridia&${range}&format=${format}${extra}`, token);
  expect(file.status, `${format} ${extra}`).toBe(200);
  const dir = process.env.BRIEFING_SAMPLES;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `changes${extra.replace(/[^a-z]+/g, '-')}${token ? '-public-reader' : ''}.${format}`), file.bytes);
  }
  const text = format === 'html' ? htmlText(file.bytes) : format === 'docx' ? docxText(file.bytes) : await pdfText(file.bytes);
  return { file, text: text.replace(/\s+/g, ' ') };
}

const hiddenFrom = (levels: string[]) =>
  actors.filter((actor) => !levels.includes(actor.sensitivity) && actor.name.length >= 6).map((a) => a.name);

describe.each(['html', 'docx', 'pdf'] as const)('the change brief as %s', (format) => {
  it('opens with the title page and names the planted changes first', async () => {
    const { file, text } = await brief(format);
    expect(file.headers.get('content-disposition')).toMatch(new RegExp(`veridia-change-briefing-\\d{4}-\\d{2}-\\d{2}\\.${format}`));
    // The HTML page opens in the browser to print; Word and PDF download.
    expect(file.headers.get('content-disposition')).toMatch(format === 'html' ? /^inline;/ : /^attachment;/);
    for (const line of ['Change brief', 'Map Veridia', 'Mapping round Q1', 'Prepared by', 'Redaction profile full'])
      expect(text).toContain(line);
    const marking = file.headers.get('x-actor-map-marking')!;
    expect(text).toContain(`Sensitivity: ${marking.replace(/_/g, ' ').toUpperCase()}`);
    const named = text.indexOf('The changes that matter');
    expect(named).toBeGreaterThan(0);
    expect(text.indexOf('What changed, in numbers')).toBeGreaterThan(named);
    for (const section of [
      'New ties to a party to the conflict',
      'Stance shifts',
      'Do-no-harm role shifts',
      'Influence moves',
      'Ties added',
    ])
      expect(text).toContain(section);
    // Arabic is checked below, in its reading order; the Latin names here.
    for (const name of planted.filter((n) => n !== AL_NOUR_NAME)) expect(text, name).toContain(name);
    // The do-no-harm roles in the interface catalogue's words (vocabulary.json), as the page shows them.
    expect(text).toMatch(/Connector → Divider/);
    // Stances as the interface writes them (format.json), in the named shifts and the changed actors alike.
    expect(text).toContain('stance +1 (supportive) → −2 (hostile)');
    expect(text).not.toMatch(/ → -?\d\b/);
    // The coordination sections, each for what it is: no id column, no raw share.
    for (const section of ['Lead and support roles', 'Engagements', 'Coordination gaps', 'Engagement share'])
      expect(text).toContain(section);
    expect(text).not.toMatch(/Further changes|Output title|\b0\.\d{4,}/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    if (format !== 'pdf') expect(text).toMatch(/Port Aurel Capital District → [A-Z]/);
  });
});

describe('need to know and redaction', () => {
  it('a reader cleared for public only sees no other name, in any format', async () => {
    const hidden = hiddenFrom(['public']);
    expect(hidden.length).toBeGreaterThan(10);
    for (const format of ['html', 'docx', 'pdf'] as const) {
      const { file, text } = await brief(format, '&profile=full', publicReader);
      for (const name of hidden) expect(text, `${format}`).not.toContain(name);
      expect(file.headers.get('x-actor-map-marking')).toBe('public');
    }
  }, 120_000);

  it('the shareable profile names only public actors; internal pseudonymises above internal', async () => {
    const shareable = await brief('html', '&profile=shareable');
    for (const name of hiddenFrom(['public'])) expect(shareable.text).not.toContain(name);
    expect(shareable.text).toContain('Redaction profile shareable');
    const internal = await brief('html', '&profile=internal');
    for (const name of hiddenFrom(['public', 'internal'])) expect(internal.text).not.toContain(name);
    const aboveInternal = planted.filter((name) => hiddenFrom(['public', 'internal']).includes(name));
    if (aboveInternal.length > 0) expect(internal.text).toMatch(/Actor [0-9a-f]{8}/);
  });

  it('the HTML page runs nothing and loads nothing', async () => {
    const { file } = await brief('html');
    expect(file.headers.get('content-type')).toMatch(/^text\/html/);
    expect(file.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(new TextDecoder().decode(file.bytes)).not.toMatch(/<script|src="http/);
  });

  it('needs from and to (400 naming the field); a viewer may not make it; audited like an export', async () => {
    const missing = await getBriefing(server.baseUrl, 'changes', 'to=2026-01-01T00:00:00Z');
    expect(missing.status).toBe(400);
    expect(JSON.stringify(JSON.parse(new TextDecoder().decode(missing.bytes)).error.details)).toContain('from');
    const { token } = await server.userWithToken('change-brief-viewer', 'viewer', 'strictly_confidential');
    expect((await getBriefing(server.baseUrl, 'changes', range, token)).status).toBe(403);
    const me = (await request(server.baseUrl, 'GET', '/api/auth/me')).body.id;
    expect((await getBriefing(server.baseUrl, 'changes', `${range}&format=docx&profile=shareable`)).status).toBe(200);
    const admin = await server.userWithToken('change-brief-admin', 'administrator', 'confidential');
    const events = await request(server.baseUrl, 'GET', `/api/audit?action=export&userId=${me}`, undefined, { as: admin.token });
    expect(events.body[0]).toMatchObject({ action: 'export', userId: me, targetType: 'briefing' });
    expect(events.body[0].detail).toMatch(/^briefing\/changes\/docx\/shareable\/en /);
  });
});

describe('sections of another shape', () => {
  it('never turn an id the requester may not see into its name', async () => {
    const hidden = actors.find((actor) => actor.sensitivity === 'confidential')!;
    const visible = actors.find((actor) => actor.sensitivity === 'public')!;
    const reader = { userId: 'change-brief-unit', role: 'leadership' as const, clearance: 'public' as const, grants: [] };
    const scope = await briefingScope(server.db, reader, 'full');
    const none = { added: [], removed: [], changed: [] };
    const now = new Date().toISOString();
    const named = { newConflictPartyTies: [], stanceShifts: [], doNoHarmShifts: [], influenceMoves: [] };
    // A section that (wrongly) let a hidden id through, beside a visible one.
    const diff = { from: now, to: now, actors: none, ties: none, named, gaps: [{ leadId: hidden.id, otherId: visible.id }] };
    const names = await changeNameBook(server.db, scope, diff as unknown as Diff);
    expect(names.actor(hidden.id)).toBe('(withheld)');
    expect(names.value('leadId', hidden.id)).not.toContain(hidden.name);
    expect(names.actor(visible.id)).toBe(visible.name);
  });
});

describe('right-to-left names', () => {
  it('HTML: the Arabic name is isolated right to left; Word: one run marked right to left', async () => {
    const html = new TextDecoder().decode((await brief('html')).file.bytes);
    expect(html).toContain(`<bdi dir="rtl">${AL_NOUR_NAME}</bdi>`);
    const run = new RegExp(`<w:r>(?:(?!</w:r>).)*<w:rtl/>(?:(?!</w:r>).)*<w:t[^>]*>${AL_NOUR_NAME}</w:t>`);
    expect(documentXml((await brief('docx')).file.bytes)).toMatch(run);
  });

  it('PDF: the Arabic name is laid out right to left and joined', async () => {
    const { file, text } = await brief('pdf');
    expect(text).toContain('النور');
    expect(HAS_POPPLER, 'pdftotext (poppler-utils)').toBe(true);
    const laidOut = popplerText(file.bytes).replace(/\s+/g, ' ');
    // Poppler gives the lam-alef ligature back as its two letters in the other order: the first two words suffice.
    expect(laidOut).toContain('جمعية النور');
    expect(laidOut).not.toContain('للسالم النور جمعية');
  });
});
