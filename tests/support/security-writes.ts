/**
 * Helpers for the security-writes tests: requests and imports as a given user, a Kumu workbook
 * built in memory, and audit events read straight from the database.
 */
import ExcelJS from 'exceljs';
import { request } from './http.js';
import type { TestServer } from './test-server.js';

export function as(server: TestServer, token: string) {
  return (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    request(server.baseUrl, method, path, body, { as: token, ...(headers ? { headers } : {}) });
}

/** POST /api/imports as `token`; `query` is appended (e.g. `&dryRun=true`). */
export async function importAs(server: TestServer, token: string, filename: string, body: Uint8Array | string, query = '') {
  const response = await fetch(`${server.baseUrl}/api/imports?filename=${encodeURIComponent(filename)}${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? body : Buffer.from(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** A Kumu workbook: an Elements sheet and a Connections sheet, each a header row and rows. */
export async function kumuWorkbook(elements: string[][], connections: string[][] = [['From', 'To', 'Type']]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of [
    ['Elements', elements],
    ['Connections', connections],
  ] as const) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A bare snapshot dataset. */
export function snapshot(parts: Record<string, unknown>): string {
  return JSON.stringify({ meta: { name: 'Test snapshot', source: 'security-writes test', fictional: true, description: '' }, ...parts });
}

export interface StoredAuditEvent {
  at: string;
  action: string;
  userId: string | null;
  targetType: string | null;
  targetIds: string[];
  detail: string | null;
}

/** Audit events of an action, newest first, as an administrator reads them (GET /api/audit). */
export async function auditEvents(server: TestServer, action: string): Promise<(StoredAuditEvent & { id: string })[]> {
  const admin = await server.userWithToken('security-writes-auditor', 'administrator', 'confidential');
  const response = await request(server.baseUrl, 'GET', `/api/audit?action=${action}&limit=1000`, undefined, { as: admin.token });
  if (response.status !== 200) throw new Error(`GET /api/audit answered ${response.status}`);
  return response.body as (StoredAuditEvent & { id: string })[];
}

/**
 * The audit log outlives `reset()`: `since()` notes the events so far, and the function it
 * returns lists the events of an action recorded after that.
 */
export async function auditSince(server: TestServer): Promise<(action: string) => Promise<StoredAuditEvent[]>> {
  const admin = await server.userWithToken('security-writes-auditor', 'administrator', 'confidential');
  // The newest events so far: later ones are new, and so are unseen ones of the same instant. (Ids
  // alone would not do: after a full run the log holds more than one page of older events.)
  const before = (await request(server.baseUrl, 'GET', '/api/audit?limit=1000', undefined, { as: admin.token })).body as {
    id: string;
    at: string;
  }[];
  const newest = Math.max(0, ...before.map((event) => Date.parse(event.at)));
  const seen = new Set(before.filter((event) => Date.parse(event.at) === newest).map((event) => event.id));
  return async (action) =>
    (await auditEvents(server, action)).filter((event) => {
      const at = Date.parse(event.at);
      return at > newest || (at === newest && !seen.has(event.id));
    });
}
