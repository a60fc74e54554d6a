/**
 * An import job whose API instance died (crash, restart, kill) must not say "writing" forever: a
 * running import touches its job regularly, and a job silent for longer than the limit is reported
 * as failed, with what happened and what to do, to every instance alike (database clock).
 */
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { SYSTEM_VIEWER } from '../../server/access/viewer.js';
import { JOB_SILENT_LIMIT_SECONDS, readJob, saveJob } from '../../server/imports/import-jobs.js';
import { DEFAULT_IMPORT_LIMITS } from '../../server/imports/limits.js';
import { runImport, startReport } from '../../server/imports/run-import.js';

const server = useTestServer({ reset: 'each' });

const csv = (rows: number) => {
  const lines = ['Organisation,Sector,Country,Admin1'];
  for (let row = 1; row <= rows; row += 1) lines.push(`Partner ${row},Protection,Veridia,Region ${row % 4}`);
  return { name: 'partners.csv', bytes: new TextEncoder().encode(`${lines.join('\n')}\n`), contentType: 'text/csv' };
};

/** Moves the job's last sign of life `seconds` into the past; returns how many jobs it moved. */
const silence = (id: string, seconds: number) =>
  server.count('MATCH (j:ImportJob {id: $id}) SET j.updatedAt = datetime() - duration({seconds: $seconds}) RETURN count(j)', {
    id,
    seconds,
  });

/** A job as an instance leaves it when it dies in the middle of writing. */
async function jobLeftWriting(userId: string): Promise<string> {
  const report = startReport({ name: 'partners.csv', bytes: new Uint8Array(10) } as Parameters<typeof startReport>[0]);
  report.status = 'writing';
  report.records = { total: 40, written: 20 };
  await saveJob(server.db, report, userId);
  return report.importId;
}

describe('an import job whose instance stopped', () => {
  it('is reported as failed, nothing written, once it has been silent past the limit', async () => {
    const { userId, token } = await server.userWithToken('importer', 'analyst', 'strictly_confidential');
    const id = await jobLeftWriting(userId);
    expect(await silence(id, JOB_SILENT_LIMIT_SECONDS + 60)).toBe(1);

    const response = await fetch(`${server.baseUrl}/api/imports/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const job = await response.json();
    expect(job.status).toBe('failed');
    expect(job.records).toEqual({ total: 40, written: 0 });
    expect(job.problems.at(-1).reason).toMatch(/stopped answering .*nothing of this import remains; run it again/);
  });

  it('still says writing while it has been heard of within the limit', async () => {
    const id = await jobLeftWriting(SYSTEM_VIEWER.userId);
    expect(await silence(id, JOB_SILENT_LIMIT_SECONDS - 30)).toBe(1);
    const job = await readJob(server.db, id, SYSTEM_VIEWER);
    expect(job?.status).toBe('writing');
    expect(job?.records.written).toBe(20);
  });

  it('keeps a finished job as it ended, however old', async () => {
    const report = await runImport(server.db, csv(3), SYSTEM_VIEWER);
    expect(report.status).toBe('imported');
    await silence(report.importId, 86_400);
    expect((await readJob(server.db, report.importId, SYSTEM_VIEWER))?.status).toBe('imported');
  });
});

describe('a running import', () => {
  it('touches its job, so a slow write is not mistaken for a dead one', async () => {
    const jobId = 'liveness-test-job';
    let seenDuringWrite: string | undefined;
    let batches = 0;
    const report = await runImport(server.db, csv(1200), SYSTEM_VIEWER, {
      jobId,
      heartbeatMs: 50,
      limits: { ...DEFAULT_IMPORT_LIMITS, batchSize: 500 },
      afterBatch: async (written) => {
        batches += 1;
        if (batches !== 1 || written === 0) return;
        // Pretend the job has been silent for long, then let a few heartbeats pass mid-write.
        await silence(jobId, JOB_SILENT_LIMIT_SECONDS + 60);
        await new Promise((resolve) => setTimeout(resolve, 400));
        seenDuringWrite = (await readJob(server.db, jobId, SYSTEM_VIEWER))?.status;
      },
    });
    expect(report.status).toBe('imported');
    expect(batches).toBeGreaterThan(1);
    expect(seenDuringWrite).toBe('writing');
  });
});
