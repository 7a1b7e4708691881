// Paths for tests: they run compiled from dist/spec/, but fixtures and programs live in spec/.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SPEC = resolve(ROOT, 'spec');
export function readFixture(name) {
    return JSON.parse(readFileSync(resolve(SPEC, 'fixtures', name), 'utf8'));
}
//# sourceMappingURL=paths.js.map