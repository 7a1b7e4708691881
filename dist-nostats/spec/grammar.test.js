// The Chevrotain grammar passes Chevrotain's own validations (ambiguity, left recursion, ...).
// Start-up skips them for speed (grammar/expressions.ts), so the test suite runs them.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers/paths.js';
test('grammar validates (DYAD_VALIDATE_GRAMMAR=1)', () => {
    const entry = join(ROOT, 'dist', 'grammar', 'index.js');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e',
        `import { parse } from ${JSON.stringify(entry)}; parse('x = [a for a in b if a]\\nmatch x:\\n    case [1, *r]: pass\\n', 'v.py', 'exec'); console.log('ok');`], { env: { ...process.env, DYAD_VALIDATE_GRAMMAR: '1' } }).toString();
    assert.is(out.trim(), 'ok');
});
test.run();
//# sourceMappingURL=grammar.test.js.map