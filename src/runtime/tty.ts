// Is a file descriptor a terminal? node:tty answers, but loading it (with node:net and the
// stream modules it pulls in) cost every run ~2 ms of the worker's start-up, where the answer is
// wanted once, for stdout's buffering. bin/dyad.js asks on the main thread (while the worker
// boots) for fds 0-2 and hands the answers over (src/cli.ts main's `host`); everything else
// loads node:tty on first use.

import { createRequire } from 'node:module';

type Tty = typeof import('node:tty');
let tty: Tty | null = null;

/** node:tty, loaded on first use. */
export function ttyModule(): Tty {
  return (tty ??= createRequire(import.meta.url)('node:tty') as Tty);
}

/** Whether fds 0, 1 and 2 were terminals when the process started (from bin/dyad.js). */
let startTtys: readonly boolean[] | null = null;

export function setStartTtys(ttys: readonly boolean[] | undefined): void {
  if (ttys !== undefined && ttys.length === 3) startTtys = ttys;
}

/** isatty(fd), now. */
export function isTerminal(fd: number): boolean {
  return ttyModule().isatty(fd);
}

/** Whether standard fd 0-2 was a terminal at start-up (the buffering of sys.stdout). */
export function startedOnTerminal(fd: 0 | 1 | 2): boolean {
  return startTtys !== null ? startTtys[fd] : isTerminal(fd);
}
