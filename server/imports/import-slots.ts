/**
 * One import at a time per user, on this API instance. An import holds a parsing worker and
 * heap for its whole file, so a user who starts imports in a loop (or a script gone wrong) would
 * otherwise fill the workers' queue for everyone else; one at a time still lets each user work
 * and leaves the workers for others. The count lives in this process: several API instances
 * behind one database each allow one per user (see the README), which bounds a user to one
 * import per instance.
 */

export interface ImportSlots {
  /** Claims the user's slot; returns the release function, or null when the user already has an import running here. */
  claim(userId: string): (() => void) | null;
}

export function createImportSlots(): ImportSlots {
  const running = new Set<string>();
  return {
    claim(userId) {
      if (running.has(userId)) return null;
      running.add(userId);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        running.delete(userId);
      };
    },
  };
}
