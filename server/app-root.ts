/**
 * The project's root directory (package.json, cypher/, server/seed/data/, dist/client/), the same
 * whether this module runs as TypeScript from server/ (tsx, vitest) or compiled from dist/server/
 * (`npm start`, Docker). Files read at run time are found from here rather than from
 * `import.meta.url`, whose depth differs between the two.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest directory at or above `start` that holds a package.json. */
export function findAppRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${start}: cannot find the Actor Map files`);
  }
}

export const APP_ROOT = findAppRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the project, e.g. `appPath('cypher')`. */
export function appPath(...segments: string[]): string {
  return join(APP_ROOT, ...segments);
}
