/**
 * GET requests the workbench is sure to make at start, sent by the page's first script while the
 * workbench bundle is still loading (index.html has already asked the browser for them), so the
 * map's data is on its way as early as on a bare page. Each answer is read in full here: `api.ts`
 * takes it the first time the workbench asks for its path and checks it as usual, and the first
 * script can start laying out the map from it meanwhile (graph/early-layout.ts). An answer nobody
 * takes (the sign-in form is shown instead) is simply dropped.
 * No imports: the first script must stay small.
 */

/** An API answer read in full: what `api.ts` needs to check it or report its error. */
export interface ApiAnswer {
  ok: boolean;
  status: number;
  statusText: string;
  /** The JSON body; undefined when there is none (or it is not JSON). */
  body: unknown;
}

/** Reads a response to the end. */
export async function readAnswer(response: Response): Promise<ApiAnswer> {
  const body: unknown = await response.json().catch(() => undefined);
  return { ok: response.ok, status: response.status, statusText: response.statusText, body };
}

const sent = new Map<string, Promise<ApiAnswer>>();

/** Send a GET for each path now (the same request `api.ts` would send). */
export function sendEarlyRequests(paths: readonly string[]): void {
  for (const path of paths) {
    const answer = fetch(path, { headers: { Accept: 'application/json' } }).then(readAnswer);
    // A failure is reported to whoever takes the answer; untaken, it is not an error.
    answer.catch(() => undefined);
    sent.set(path, answer);
  }
}

/** The early answer for `path`, to look at without taking it; null when none was sent or it was taken. */
export function peekEarlyAnswer(path: string): Promise<ApiAnswer> | null {
  return sent.get(path) ?? null;
}

/** The early answer for `path`, at most once; null when none was sent or it was taken. */
export function takeEarlyAnswer(path: string): Promise<ApiAnswer> | null {
  const answer = sent.get(path) ?? null;
  sent.delete(path);
  return answer;
}
