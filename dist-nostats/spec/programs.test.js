// The differential corpus on every available backend: each spec/programs program must give
// CPython's output. Programs listed in spec/programs/known-failures-<backend>.txt are expected
// to fail for now; the test fails if one of them starts passing (so the list only shrinks).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runPrograms, knownFailures } from './helpers/run-programs.js';
const BACKENDS = (process.env.DYAD_BACKENDS ?? 'tree,vm').split(',');
for (const backend of BACKENDS) {
    test(`spec/programs on --backend ${backend}`, async () => {
        const results = await runPrograms(backend);
        const known = knownFailures(backend);
        const unexpected = results.filter((r) => !r.ok && !known.has(r.program));
        const nowPassing = results.filter((r) => r.ok && known.has(r.program));
        const passed = results.filter((r) => r.ok).length;
        console.log(`  ${backend}: ${passed}/${results.length} programs match CPython (${known.size} listed as known failures)`);
        for (const r of unexpected.slice(0, 15))
            console.log(`  FAIL ${r.program}\n${r.detail.split('\n').map((l) => '    ' + l).join('\n')}`);
        assert.is(unexpected.length, 0, `${unexpected.length} programs fail on ${backend}: ${unexpected.map((r) => r.program).join(', ')}`);
        assert.is(nowPassing.length, 0, `now passing, remove from known-failures-${backend}.txt: ${nowPassing.map((r) => r.program).join(', ')}`);
    });
}
test.run();
//# sourceMappingURL=programs.test.js.map