/**
 * Undo and redo for every edit of the session: a stack of commands, each an API call with its
 * inverse. Commands run one at a time (a second click while one is in flight waits its turn), and
 * a failed undo or redo leaves the stacks as they were, so the user can retry. The stacks can be
 * read and restored, so the edit actions can keep them for the tab's session.
 */
/** One undoable step; `Recorded` is the command as data (commands.ts: `CommandRecord`). */
export interface Command<Recorded = unknown> {
  /** The command as data, to keep and rebuild it. */
  record: Recorded;
  /** What the user did, for the Undo/Redo buttons ("Undo: create actor X"). */
  label: string;
  run(): Promise<void>;
  revert(): Promise<void>;
}

export interface History {
  /** Run a new command; on success it can be undone and the redo stack is cleared. */
  perform(command: Command): Promise<void>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  labels(): { undo: string | null; redo: string | null };
  /** The commands that can be undone and redone, oldest first. */
  stacks(): { done: Command[]; undone: Command[] };
}

export function createHistory(
  onChange: (busy: boolean) => void,
  initial: { done: readonly Command[]; undone: readonly Command[] } = { done: [], undone: [] },
): History {
  const done: Command[] = [...initial.done];
  const undone: Command[] = [...initial.undone];
  let queue: Promise<unknown> = Promise.resolve();

  function serial<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.then(async () => {
      onChange(true);
      try {
        return await work();
      } finally {
        onChange(false);
      }
    });
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    perform: (command) =>
      serial(async () => {
        await command.run();
        done.push(command);
        undone.length = 0;
      }),
    undo: () =>
      serial(async () => {
        const command = done.at(-1);
        if (!command) return false;
        await command.revert();
        done.pop();
        undone.push(command);
        return true;
      }),
    redo: () =>
      serial(async () => {
        const command = undone.at(-1);
        if (!command) return false;
        await command.run();
        undone.pop();
        done.push(command);
        return true;
      }),
    labels: () => ({ undo: done.at(-1)?.label ?? null, redo: undone.at(-1)?.label ?? null }),
    stacks: () => ({ done: [...done], undone: [...undone] }),
  };
}
