// Attribute access (mitata, `npm run bench:micro -- attrs`): instance attribute loads and
// stores, class attributes through the instance, the class and a base class, a property,
// bound-method loads without a call, and module attributes, on the tree-walker and the VM.
// 4 accesses per loop iteration (expression statements or assignments).
//   node dist/bench/micro/attrs.bench.js [FILTER-REGEX]
import { pyBenchBoth, runAndReport } from './harness.js';
const N = 1000;
const four = (s) => Array(4).fill(s).join('; ');
function loop(name, pre, body) {
    return `
def ${name}(n):
    ${pre}
    for _ in range(n):
        ${four(body)}
`;
}
pyBenchBoth('loop only', loop('a_loop', 'pass', 'pass'), `a_loop(${N})`, N);
const DEFS = `
import math
class A_Base:
    K = 5
    def m(self):
        return 1
class A_Obj(A_Base):
    J = 7
    def __init__(self):
        self.x = 1
        self.y = 2
    @property
    def p(self):
        return self.x
class A_Deep(A_Obj):
    pass
class A_Slots:
    __slots__ = ('x',)
    def __init__(self):
        self.x = 1
`;
pyBenchBoth('4 x instance attr load o.x', DEFS + loop('a_ld', 'o = A_Obj()', 'o.x'), `a_ld(${N})`, N);
pyBenchBoth('4 x instance attr store o.x = 1', loop('a_st', 'o = A_Obj()', 'o.x = 1'), `a_st(${N})`, N);
pyBenchBoth('4 x instance attr load, 3-level subclass', loop('a_deep', 'o = A_Deep()', 'o.x'), `a_deep(${N})`, N);
pyBenchBoth('4 x __slots__ attr load o.x', loop('a_slot', 'o = A_Slots()', 'o.x'), `a_slot(${N})`, N);
pyBenchBoth('4 x class attr via instance o.J', loop('a_cls', 'o = A_Obj()', 'o.J'), `a_cls(${N})`, N);
pyBenchBoth('4 x base-class attr via instance o.K', loop('a_base', 'o = A_Obj()', 'o.K'), `a_base(${N})`, N);
pyBenchBoth('4 x class attr via class C.J', loop('a_cc', 'C = A_Obj', 'C.J'), `a_cc(${N})`, N);
pyBenchBoth('4 x property load o.p', loop('a_prop', 'o = A_Obj()', 'o.p'), `a_prop(${N})`, N);
pyBenchBoth('4 x bound method load o.m (no call)', loop('a_meth', 'o = A_Obj()', 'o.m'), `a_meth(${N})`, N);
pyBenchBoth('4 x module attr load math.pi', loop('a_mod', 'm = math', 'm.pi'), `a_mod(${N})`, N);
pyBenchBoth('4 x global module attr load math.pi', loop('a_gmod', 'pass', 'math.pi'), `a_gmod(${N})`, N);
await runAndReport('Attribute access (one op = one loop iteration)');
//# sourceMappingURL=attrs.bench.js.map