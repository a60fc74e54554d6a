/** Structured JSON logs on stdout/stderr, one line per event. */
export interface Logger {
  info(event: Record<string, unknown>): void;
  error(event: Record<string, unknown>): void;
}

export function createLogger(level: 'info' | 'silent' = 'info'): Logger {
  const write = (stream: NodeJS.WriteStream, severity: string, event: Record<string, unknown>) => {
    if (level === 'silent') return;
    stream.write(`${JSON.stringify({ time: new Date().toISOString(), level: severity, ...event })}\n`);
  };
  return {
    info: (event) => write(process.stdout, 'info', event),
    error: (event) => write(process.stderr, 'error', event),
  };
}
