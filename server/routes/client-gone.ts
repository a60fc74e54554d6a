/**
 * An AbortSignal that fires when the client of a request has gone (closed the connection before
 * the response was sent), so work queued for it can be dropped instead of computed for nobody.
 */
import type { Response } from 'express';

/** The reason of a `clientGoneSignal`: there is nobody left to answer. */
export class ClientGoneError extends Error {
  constructor() {
    super('The client closed the connection before the answer was ready');
    this.name = 'ClientGoneError';
  }
}

export function clientGoneSignal(response: Response): AbortSignal {
  const controller = new AbortController();
  // 'close' also follows a response sent in full; only an unfinished one means the client left.
  response.once('close', () => {
    if (!response.writableFinished) controller.abort(new ClientGoneError());
  });
  return controller.signal;
}
