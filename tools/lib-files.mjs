// Every .py file of the shipped standard library (lib/), recursively: what tools/ast-cache.mjs
// and tools/code-cache.mjs write a cache entry for.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function libFiles(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) libFiles(p, out);
    else if (e.name.endsWith('.py')) out.push(p);
  }
  return out;
}
