// Where the package's own files are, for compiled code. This module compiles to
// dist/src/paths.js, and the start-up bundle (dist/bundle/dyad.cjs, tools/bundle.mjs) sits at
// the same depth, so in both cases the package root is two directories up.

import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The package root (where package.json, bin/, lib/ and grammar/ are). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The running code's file: dist/bundle/dyad.cjs when run from the start-up bundle. */
export const RUNNING_FILE = fileURLToPath(import.meta.url);

/** A path inside the package. */
export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}
