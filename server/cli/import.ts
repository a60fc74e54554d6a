/**
 * `npm run import -- <file> [--dry-run] [--mapping '<json>'] [--follow <importId>]`: the same
 * import as POST /api/imports, from a terminal. Prints progress (rows validated, records written)
 * on stderr and the report as JSON on stdout; exits 0 when imported or validated, 2 when refused.
 * The CLI runs with the database's own credentials, so it imports as the system (it sees and may
 * write every record); the audit log does not record it. `--follow <id>` prints the progress of an import started elsewhere (API or UI) until it ends.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ColumnMappingSchema, type ImportReport } from '../contracts/index.js';
import { loadConfig } from '../config.js';
import { describeProblem } from '../imports/import-errors.js';
import { readJob } from '../imports/import-jobs.js';
import { runImport } from '../imports/run-import.js';
import { createLogger } from '../logger.js';
import { openRuntime } from '../runtime.js';
import { runCommand } from './run-command.js';
import { SYSTEM_VIEWER } from '../access/viewer.js';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function progressLine(report: ImportReport): string {
  return `[${report.status}] rows validated ${report.rows.validated}/${report.rows.total}, records written ${report.records.written}/${report.records.total}`;
}

function printReport(report: ImportReport): number {
  process.stderr.write(`${progressLine(report)}\n`);
  for (const problem of report.problems) process.stderr.write(`  problem: ${describeProblem(problem)}\n`);
  for (const duplicate of report.duplicates)
    process.stderr.write(`  possible duplicate (${duplicate.reason}): "${duplicate.a.name}" / "${duplicate.b.name}"\n`);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return report.status === 'imported' || report.status === 'validated' ? 0 : 2;
}

async function main(args: string[]): Promise<number> {
  const follow = option(args, '--follow');
  const path = args.find((arg, index) => !arg.startsWith('--') && !['--mapping', '--follow'].includes(args[index - 1] ?? ''));
  if (!follow && !path) {
    process.stderr.write("usage: npm run import -- <file> [--dry-run] [--mapping '<json>'] | --follow <importId>\n");
    return 1;
  }
  const config = loadConfig();
  const runtime = await openRuntime(config, createLogger('silent'));
  try {
    if (follow) {
      for (;;) {
        const report = await readJob(runtime.db, follow, SYSTEM_VIEWER);
        if (!report) throw new Error(`no import with id ${follow}`);
        if (!['validating', 'writing'].includes(report.status)) return printReport(report);
        process.stderr.write(`${progressLine(report)}\n`);
        await sleep(1000);
      }
    }
    const mappingText = option(args, '--mapping');
    const mapping = mappingText ? ColumnMappingSchema.parse(JSON.parse(mappingText)) : undefined;
    const bytes = readFileSync(path as string);
    let last = 0;
    const report = await runImport(runtime.db, { name: basename(path as string), bytes, contentType: '' }, SYSTEM_VIEWER, {
      dryRun: args.includes('--dry-run'),
      mapping,
      onProgress: (current) => {
        if (Date.now() - last > 500) {
          last = Date.now();
          process.stderr.write(`${progressLine(current)}  (import ${current.importId})\n`);
        }
      },
    });
    return printReport(report);
  } finally {
    await runtime.close();
  }
}

runCommand(main);
