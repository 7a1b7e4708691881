// Variable reads (mitata, `npm run bench:micro -- variables`): LOAD_FAST, LOAD_DEREF,
// LOAD_GLOBAL (module and builtin) with its caches working and defeated, and LOAD_NAME at
// module level, on the VM and the tree-walker's equivalents (the same Python source). Each
// loop iteration reads the variable 8 times as expression statements (load + POP_TOP).
//
// "Uncached": the VM's LOAD_GLOBAL_MODULE/BUILTIN and LOAD_NAME caches are guarded by the
// globals dict's keys-version, so adding and deleting a global (`v_tmp = 1; del v_tmp`) in
// each iteration makes every cached read miss, deoptimise and run the generic lookup (which
// re-specialises at once: LOAD_GLOBAL has no back-off). The same churn with fast-local reads
// is the control: subtract its row to see what the 8 uncached reads cost.
//   node dist/bench/micro/variables.bench.js [FILTER-REGEX]
import { pyBenchBoth, runAndReport } from './harness.js';
const N = 1000;
const reads = (v) => Array(8).fill(v).join('; ');
pyBenchBoth('loop only (for _ in range, pass)', `
def v_loop(n):
    for _ in range(n):
        pass
`, `v_loop(${N})`, N);
pyBenchBoth('8 x LOAD_FAST', `
def v_fast(n):
    a = 1
    for _ in range(n):
        ${reads('a')}
`, `v_fast(${N})`, N);
pyBenchBoth('8 x LOAD_DEREF (closure cell)', `
def v_outer():
    a = 1
    def v_inner(n):
        for _ in range(n):
            ${reads('a')}
    return v_inner
v_deref = v_outer()
`, `v_deref(${N})`, N);
pyBenchBoth('8 x LOAD_GLOBAL module, cached', `
V_G = 1
def v_global(n):
    for _ in range(n):
        ${reads('V_G')}
`, `v_global(${N})`, N);
pyBenchBoth('8 x LOAD_GLOBAL builtin, cached', `
def v_builtin(n):
    for _ in range(n):
        ${reads('len')}
`, `v_builtin(${N})`, N);
pyBenchBoth('control: globals keys churn + 8 x LOAD_FAST', `
def v_churn(n):
    global v_tmp
    a = 1
    for _ in range(n):
        v_tmp = 1
        del v_tmp
        ${reads('a')}
`, `v_churn(${N})`, N);
pyBenchBoth('globals keys churn + 8 x LOAD_GLOBAL module, uncached', `
def v_global_unc(n):
    global v_tmp
    for _ in range(n):
        v_tmp = 1
        del v_tmp
        ${reads('V_G')}
`, `v_global_unc(${N})`, N);
pyBenchBoth('globals keys churn + 8 x LOAD_GLOBAL builtin, uncached', `
def v_builtin_unc(n):
    global v_tmp
    for _ in range(n):
        v_tmp = 1
        del v_tmp
        ${reads('len')}
`, `v_builtin_unc(${N})`, N);
// Module-level code: the call snippet itself is the loop, so `_` and the reads are *_NAME
pyBenchBoth('module level: loop only (STORE_NAME _)', `V_N = 1`, `
for _ in range(${N}):
    pass
`, N);
pyBenchBoth('module level: 8 x LOAD_NAME, cached', `V_N = 1`, `
for _ in range(${N}):
    ${reads('V_N')}
`, N);
pyBenchBoth('module level: control: keys churn only', `V_N = 1`, `
for _ in range(${N}):
    v_tmp = 1
    del v_tmp
`, N);
pyBenchBoth('module level: keys churn + 8 x LOAD_NAME, uncached', `V_N = 1`, `
for _ in range(${N}):
    v_tmp = 1
    del v_tmp
    ${reads('V_N')}
`, N);
await runAndReport('Variable reads (one op = one loop iteration)');
//# sourceMappingURL=variables.bench.js.map