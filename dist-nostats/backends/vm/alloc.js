// Fast allocation of the objects the VM creates most (floats from arithmetic, tuples and lists
// from displays). The object model's classes derive from PyObj, and V8 does not inline the
// base-constructor call for a base with dozens of subclasses: `new PyFloat(v)` costs about
// 35 ns, against about 12 ns for a plain constructor function whose prototype is the class's
// prototype. The objects are the same (same prototype, so `instanceof PyFloat` holds, and the
// same own fields in the same order: cls, dict, then the subclass's), only made faster.
import { PyFloat } from '../../src/objects/float.js';
import { PyList, PyTuple } from '../../src/objects/tuple.js';
import { PyCell } from '../../src/objects/function.js';
let FloatF;
let ListF;
let TupleF;
let CellF;
/** Called once the builtin types exist. */
export function initAlloc(floatType, listType, tupleType, cellType) {
    function F(v) {
        this.cls = floatType;
        this.dict = null;
        this.value = v;
    }
    F.prototype = PyFloat.prototype;
    FloatF = F;
    function L(items) {
        this.cls = listType;
        this.dict = null;
        this.items = items;
    }
    L.prototype = PyList.prototype;
    ListF = L;
    function Tu(items) {
        this.cls = tupleType;
        this.dict = null;
        this.items = items;
    }
    Tu.prototype = PyTuple.prototype;
    TupleF = Tu;
    function C(v) {
        this.cls = cellType;
        this.dict = null;
        this.value = v;
    }
    C.prototype = PyCell.prototype;
    CellF = C;
}
export function newCell(v) {
    return new CellF(v);
}
export function newFloat(v) {
    return new FloatF(v);
}
export function newList(items) {
    return new ListF(items);
}
export function newTuple(items) {
    return new TupleF(items);
}
//# sourceMappingURL=alloc.js.map