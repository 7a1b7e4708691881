// Q0 (found while measuring Q1): how object-model classes declare their fields.
// tsconfig targets ES2022, so tsc defaults to useDefineForClassFields=true and emits every field
// declaration (`cls: PyType;`, `keys: Key[] = [];`, `constructor(public x)`) as a JS class field,
// initialised with define semantics by a separate initializer function. Alternative: `declare`
// the fields (or useDefineForClassFields=false) so they are plain constructor assignments.
// The base class is the interesting case: PyObj's constructor runs for every subclass (float,
// dict, list, type, function, instances...), so its stores see many hidden classes.
// (With useDefineForClassFields=false in tsconfig both variants compile alike: the file then
// just confirms the fix.)
//   node dist/bench/repr/fields.bench.js
import { group, summary, do_not_optimize } from 'mitata';
import { benchOps, runAndReport } from './harness.js';
const T = { name: 'type' };
// --- class fields (define semantics), base shared by 6 subclasses
class DefBase {
    constructor(cls) {
        this.cls = cls;
        this.dict = null;
    }
}
class DefFloat extends DefBase {
    constructor(v) {
        super(T);
        this.value = v;
    }
}
class DefList extends DefBase {
    constructor() {
        super(...arguments);
        this.items = [];
    }
}
class DefDict extends DefBase {
    constructor() {
        super(...arguments);
        this.keys = [];
        this.values = [];
        this.size = 0;
    }
}
class DefCell extends DefBase {
    constructor() {
        super(...arguments);
        this.ref = null;
    }
}
class DefFunc extends DefBase {
    constructor() {
        super(...arguments);
        this.name = 'f';
        this.code = null;
    }
}
class DefInst extends DefBase {
    constructor() {
        super(...arguments);
        this.slots = null;
    }
}
// --- the same with `declare` + constructor assignments
class AsgBase {
    constructor(cls) {
        this.cls = cls;
        this.dict = null;
    }
}
class AsgFloat extends AsgBase {
    constructor(v) {
        super(T);
        this.value = v;
    }
}
class AsgList extends AsgBase {
    constructor() {
        super(T);
        this.items = [];
    }
}
class AsgDict extends AsgBase {
    constructor() {
        super(T);
        this.keys = [];
        this.values = [];
        this.size = 0;
    }
}
class AsgCell extends AsgBase {
    constructor() {
        super(T);
        this.ref = null;
    }
}
class AsgFunc extends AsgBase {
    constructor() {
        super(T);
        this.name = 'f';
        this.code = null;
    }
}
class AsgInst extends AsgBase {
    constructor() {
        super(T);
        this.slots = null;
    }
}
// --- monomorphic twins: a base with a single subclass
class DefBase1 {
    constructor(cls) {
        this.cls = cls;
        this.dict = null;
    }
}
class DefFloat1 extends DefBase1 {
    constructor(v) {
        super(T);
        this.value = v;
    }
}
class AsgBase1 {
    constructor(cls) {
        this.cls = cls;
        this.dict = null;
    }
}
class AsgFloat1 extends AsgBase1 {
    constructor(v) {
        super(T);
        this.value = v;
    }
}
const N = 1000;
function floatsDef(out) {
    for (let i = 0; i < N; i++)
        out[i & 7] = new DefFloat(i + 0.5);
}
function floatsAsg(out) {
    for (let i = 0; i < N; i++)
        out[i & 7] = new AsgFloat(i + 0.5);
}
function floatsDef1(out) {
    for (let i = 0; i < N; i++)
        out[i & 7] = new DefFloat1(i + 0.5);
}
function floatsAsg1(out) {
    for (let i = 0; i < N; i++)
        out[i & 7] = new AsgFloat1(i + 0.5);
}
function mixedDef(out) {
    for (let i = 0; i < N; i += 6) {
        out[i & 7] = new DefFloat(i);
        out[(i + 1) & 7] = new DefList(T);
        out[(i + 2) & 7] = new DefDict(T);
        out[(i + 3) & 7] = new DefCell(T);
        out[(i + 4) & 7] = new DefFunc(T);
        out[(i + 5) & 7] = new DefInst(T);
    }
}
function mixedAsg(out) {
    for (let i = 0; i < N; i += 6) {
        out[i & 7] = new AsgFloat(i);
        out[(i + 1) & 7] = new AsgList();
        out[(i + 2) & 7] = new AsgDict();
        out[(i + 3) & 7] = new AsgCell();
        out[(i + 4) & 7] = new AsgFunc();
        out[(i + 5) & 7] = new AsgInst();
    }
}
// Results go to a small long-lived array, as a VM's value stack (write barrier, short lives).
// The program allocates every kind of object: the shared base constructors see them all.
const sink = new Array(8).fill(null);
for (let k = 0; k < 200; k++) {
    mixedDef(sink);
    mixedAsg(sink);
}
group('allocate 1000 floats (PyObj subclass instances)', () => {
    summary(() => {
        benchOps('float alloc: class fields, base shared by 6 subclasses', N, () => {
            floatsDef(sink);
            do_not_optimize(sink);
        });
        benchOps('float alloc: declare + assign, base shared by 6 subclasses', N, () => {
            floatsAsg(sink);
            do_not_optimize(sink);
        });
        benchOps('float alloc: class fields, base with 1 subclass', N, () => {
            floatsDef1(sink);
            do_not_optimize(sink);
        });
        benchOps('float alloc: declare + assign, base with 1 subclass', N, () => {
            floatsAsg1(sink);
            do_not_optimize(sink);
        });
    });
});
group('allocate 1000 objects of 6 kinds', () => {
    summary(() => {
        benchOps('mixed alloc: class fields', N, () => {
            mixedDef(sink);
            do_not_optimize(sink);
        });
        benchOps('mixed alloc: declare + assign', N, () => {
            mixedAsg(sink);
            do_not_optimize(sink);
        });
    });
});
await runAndReport('Q0 class fields vs constructor assignment');
//# sourceMappingURL=fields.bench.js.map