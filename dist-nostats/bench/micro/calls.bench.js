// Calls (mitata, `npm run bench:micro -- calls`): Python-to-Python calls with different
// argument shapes, closures and lambdas, builtin functions, and method calls on instances and
// on builtin types, on the tree-walker and the VM. One call per loop iteration unless the
// name says otherwise; the callee is a fast local where the call itself is what is measured.
//   node dist/bench/micro/calls.bench.js [FILTER-REGEX]
import { pyBenchBoth, runAndReport } from './harness.js';
const N = 1000;
/** `def NAME(n)` whose loop body is `body` after `pre` (local set-up). */
function loop(name, pre, body) {
    return `
def ${name}(n):
    ${pre}
    for _ in range(n):
        ${body}
`;
}
pyBenchBoth('loop only', loop('c_loop', 'pass', 'pass'), `c_loop(${N})`, N);
const DEFS = `
def c_f0():
    return 1
def c_f1(a):
    return a
def c_f3(a, b, c):
    return c
def c_fdef(a, b=2, c=3):
    return c
def c_fstar(*args):
    return args
def c_make():
    k = 1
    def inner(a):
        return a + k
    return inner
class C_Obj:
    def __init__(self):
        self.v = 1
    def m0(self):
        return self.v
    def m1(self, a):
        return a
    @classmethod
    def cm(cls, a):
        return a
    @staticmethod
    def sm(a):
        return a
`;
pyBenchBoth('py call, 0 args', DEFS + loop('c_p0', 'f = c_f0', 'f()'), `c_p0(${N})`, N);
pyBenchBoth('py call, 1 arg', loop('c_p1', 'f = c_f1', 'f(1)'), `c_p1(${N})`, N);
pyBenchBoth('py call, 3 args', loop('c_p3', 'f = c_f3', 'f(1, 2, 3)'), `c_p3(${N})`, N);
pyBenchBoth('py call, 3 keyword args', loop('c_pkw', 'f = c_f3', 'f(a=1, b=2, c=3)'), `c_pkw(${N})`, N);
pyBenchBoth('py call, 1 arg + 2 defaults', loop('c_pdef', 'f = c_fdef', 'f(1)'), `c_pdef(${N})`, N);
pyBenchBoth('py call, *args (3)', loop('c_pstar', 'f = c_fstar', 'f(1, 2, 3)'), `c_pstar(${N})`, N);
pyBenchBoth('py call of a global function, 1 arg', loop('c_pg', 'pass', 'c_f1(1)'), `c_pg(${N})`, N);
pyBenchBoth('closure call, 1 arg', loop('c_clo', 'f = c_make()', 'f(1)'), `c_clo(${N})`, N);
pyBenchBoth('lambda call, 1 arg', loop('c_lam', 'f = lambda a: a', 'f(1)'), `c_lam(${N})`, N);
pyBenchBoth('builtin len(list)', loop('c_len', 'x = [1, 2, 3]', 'len(x)'), `c_len(${N})`, N);
pyBenchBoth('builtin abs(int)', loop('c_abs', 'x = -5', 'abs(x)'), `c_abs(${N})`, N);
pyBenchBoth('builtin min(a, b)', loop('c_min', 'x = 3', 'min(x, 4)'), `c_min(${N})`, N);
pyBenchBoth('builtin isinstance(x, int)', loop('c_isi', 'x = 3', 'isinstance(x, int)'), `c_isi(${N})`, N);
pyBenchBoth('type call int(str)', loop('c_int', 'x = "42"', 'int(x)'), `c_int(${N})`, N);
pyBenchBoth('method call o.m0()', loop('c_m0', 'o = C_Obj()', 'o.m0()'), `c_m0(${N})`, N);
pyBenchBoth('method call o.m1(1)', loop('c_m1', 'o = C_Obj()', 'o.m1(1)'), `c_m1(${N})`, N);
pyBenchBoth('classmethod call o.cm(1)', loop('c_cm', 'o = C_Obj()', 'o.cm(1)'), `c_cm(${N})`, N);
pyBenchBoth('staticmethod call o.sm(1)', loop('c_sm', 'o = C_Obj()', 'o.sm(1)'), `c_sm(${N})`, N);
pyBenchBoth('bound method object call b(1)', loop('c_bm', 'b = C_Obj().m1', 'b(1)'), `c_bm(${N})`, N);
pyBenchBoth('object creation C_Obj() (__init__)', loop('c_new', 'C = C_Obj', 'C()'), `c_new(${N})`, N);
pyBenchBoth('list.append + list.pop (2 calls)', loop('c_lst', 'x = []', 'x.append(1); x.pop()'), `c_lst(${N})`, N);
pyBenchBoth('str method s.upper()', loop('c_up', 's = "abc"', 's.upper()'), `c_up(${N})`, N);
pyBenchBoth('dict method d.get(k)', loop('c_get', 'd = {"a": 1}', 'd.get("a")'), `c_get(${N})`, N);
await runAndReport('Calls (one op = one loop iteration)');
//# sourceMappingURL=calls.bench.js.map