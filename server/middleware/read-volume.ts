/**
 * Gives list and map routes the instance's read meter (access/read-volume.ts), so each counts the
 * records it sends with `countRecordsRead`: crossing the bulk-read threshold is audited.
 */
import type { RequestHandler, Response } from 'express';
import type { AuditLog } from '../access/audit-log.js';
import { createReadMeter, type ReadMeter } from '../access/read-volume.js';
import type { Viewer } from '../access/viewer.js';

export function readVolume(audit: AuditLog, meter: ReadMeter = createReadMeter(audit)): RequestHandler {
  return (_request, response, next) => {
    response.locals.readMeter = meter;
    next();
  };
}

/** Counts records sent to the viewer by `route` (when the app mounted `readVolume`). */
export async function countRecordsRead(response: Response, viewer: Viewer, records: number, route: string): Promise<void> {
  const meter = response.locals.readMeter as ReadMeter | undefined;
  await meter?.count(viewer.userId, records, route);
}
