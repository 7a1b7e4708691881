// Where the package's own files are, for compiled code. This module compiles to
// dist/src/paths.js, and the start-up bundle (dist/bundle/dyad.cjs, tools/bundle.mjs) sits at
// the same depth, so in both cases the package root is two directories up.

import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';

/** The running code's file: dist/bundle/dyad.cjs when run from the start-up bundle. */
export const RUNNING_FILE = urlToPath(import.meta.url);

/** The package root (where package.json, bin/, lib/ and grammar/ are), with a final slash. */
export const PACKAGE_ROOT = join(dirname(dirname(dirname(RUNNING_FILE))), '/');

/** A file: URL's path. A plain POSIX one (what import.meta.url and bin/dyad.js give) is decoded
 * by hand: the first URL object a worker makes costs ~2 ms of start-up (a CPU profile). */
function urlToPath(url: string): string {
  if (url.startsWith('file:///') && !url.includes('?') && !url.includes('#')) return decodeURIComponent(url.slice(7));
  return fileURLToPath(url);
}

/** A path inside the package. */
export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}
