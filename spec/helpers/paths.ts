// Paths for tests: they run compiled from dist/spec/, but fixtures and programs live in spec/.
import { dirname, resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SPEC = resolve(ROOT, 'spec');

export function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(resolve(SPEC, 'fixtures', name), 'utf8')) as T;
}

/** Every .py file of the shipped standard library (lib/), recursively. */
export function libFiles(dir = join(ROOT, 'lib'), out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) libFiles(p, out);
    else if (e.name.endsWith('.py')) out.push(p);
  }
  return out;
}
