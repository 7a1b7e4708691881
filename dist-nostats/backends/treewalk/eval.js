// Expression evaluation: one switch over the node kind, on the shared object protocol, with
// inline fast paths for small-int arithmetic and comparisons, and method calls that skip the
// bound-method allocation.
import { ELLIPSIS, PyBytesConst, PyComplexConst } from '../../src/ast/constant.js';
import { PyObj, normInt } from '../../src/objects/object.js';
import { PyFloat } from '../../src/objects/float.js';
import { PyDict } from '../../src/objects/dict.js';
import { PyList, PyTuple } from '../../src/objects/tuple.js';
import { PyFunction, PyCell } from '../../src/objects/function.js';
import { None, Ellipsis } from '../../src/objects/singletons.js';
import { T } from '../../src/objects/types.js';
import { E, newError } from '../../src/objects/exception.js';
import { typeOf, typeName, typeError, getAttr, call, isTrue, unaryOp, getItem, setItem, getIter, iterNext, repr, str, } from '../../src/objects/protocol.js';
import { functionStr } from '../../src/objects/arguments.js';
import { PyMethodDescriptor, PyBuiltinFunction } from '../../src/objects/native.js';
import { factories, iterateToArray } from '../../src/objects/factories.js';
import { newSet, setAdd, setUpdate, constSetDisplay } from '../../src/objects/set.js';
import { hasNativeDictIter } from '../../src/objects/dict-type.js';
import { loadName, storeName } from './names.js';
import { makeFunction, runComprehension, enterDirect } from './functions.js';
import { prepareExpr, OP_CODE, CMP_CODE } from './kinds.js';
import { binaryFast, compareFast } from './arith.js';
import { assignTo } from './assign.js';
import { attrCacheOf, loadAttr, lookupMethod, methodSelf } from './attr-cache.js';
const BINOP_SLOT = {
    Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod',
    LShift: 'lshift', RShift: 'rshift', BitOr: 'or', BitXor: 'xor', BitAnd: 'and', FloorDiv: 'floordiv',
};
export { BINOP_SLOT };
/** The runtime value of a Constant node (computed once, cached on the node). */
export function constantValue(n) {
    const ext = n;
    const cached = ext.pyv;
    if (cached !== undefined)
        return cached;
    const v = convertConstant(n.value);
    ext.pyv = v;
    return v;
}
export function convertConstant(c) {
    if (c === null)
        return None;
    switch (typeof c) {
        case 'boolean': return c;
        case 'bigint': return normInt(c);
        case 'number': return new PyFloat(c);
        case 'string': return c;
    }
    if (c === ELLIPSIS)
        return Ellipsis;
    if (c instanceof PyBytesConst)
        return factories.newBytes(c.bytes);
    if (c instanceof PyComplexConst)
        return factories.newComplex(c.real, c.imag);
    throw new Error('unknown constant');
}
/** `a OP b` by operator name (generator mode). */
export function binop(op, a, b) {
    return binaryFast(OP_CODE[op], a, b);
}
/** One comparison by operator name (generator mode). */
export function compareOp(op, a, b) {
    return compareFast(CMP_CODE[op], a, b);
}
/**
 * evalExpr with the leaves inline (a fast local that is bound, a prepared constant): most
 * operands are leaves, and this small function inlines where the big switch cannot.
 */
export function ev(n, f) {
    const e = n;
    const k = e.k;
    if (k === 1 /* X.Name */) {
        const slot = e.s;
        if (slot >= 0) {
            const v = f.fast[slot];
            if (v !== undefined)
                return v;
        }
    }
    else if (k === 2 /* X.Constant */) {
        const v = e.pyv;
        if (v !== undefined)
            return v;
    }
    return evalExpr(n, f);
}
export function evalExpr(n, f) {
    switch (n.k) {
        case 1 /* X.Name */: {
            const slot = n.s;
            if (slot >= 0) {
                const v = f.fast[slot];
                if (v !== undefined)
                    return v;
            }
            return loadName(n.b, f);
        }
        case 2 /* X.Constant */: {
            const v = n.pyv;
            return v !== undefined ? v : constantValue(n);
        }
        case 3 /* X.BinOp */: {
            const b = n;
            const l = ev(b.left, f);
            return binaryFast(n.o, l, ev(b.right, f));
        }
        case 4 /* X.Compare */: {
            const c = n;
            const left = ev(c.left, f);
            const o = n.o;
            if (o !== 0)
                return compareFast(o, left, ev(c.comparators[0], f));
            return compareChain(c, left, f);
        }
        case 5 /* X.BoolOp */: {
            const values = n.values;
            const last = values.length - 1;
            let v = None;
            if (n.op === 'And') {
                for (let i = 0; i <= last; i++) {
                    v = evalExpr(values[i], f);
                    if (i < last && !isTrue(v))
                        return v;
                }
            }
            else {
                for (let i = 0; i <= last; i++) {
                    v = evalExpr(values[i], f);
                    if (i < last && isTrue(v))
                        return v;
                }
            }
            return v;
        }
        case 6 /* X.UnaryOp */: {
            const u = n;
            const v = ev(u.operand, f);
            switch (u.op) {
                case 'Not': return v === true ? false : v === false ? true : !isTrue(v);
                case 'USub':
                    if (typeof v === 'number' && v !== 0)
                        return -v;
                    return unaryOp(v, 'neg');
                case 'UAdd': return unaryOp(v, 'pos');
                case 'Invert': return unaryOp(v, 'invert');
            }
            break;
        }
        case 7 /* X.IfExp */: {
            const c = n;
            const t = evalExpr(c.test, f);
            return (t === true || (t !== false && isTrue(t))) ? evalExpr(c.body, f) : evalExpr(c.orelse, f);
        }
        case 8 /* X.Attribute */:
            return loadAttr(n.ac, ev(n.value, f), n.attr);
        case 9 /* X.Subscript */: {
            const s = n;
            const obj = ev(s.value, f);
            return subscript(obj, ev(s.slice, f));
        }
        case 10 /* X.Slice */: {
            const s = n;
            return factories.newSlice(s.lower === null ? None : evalExpr(s.lower, f), s.upper === null ? None : evalExpr(s.upper, f), s.step === null ? None : evalExpr(s.step, f));
        }
        case 11 /* X.Call */:
            return evalCall(n, f);
        case 12 /* X.Tuple */:
            return new PyTuple(evalElements(n.elts, f));
        case 13 /* X.List */:
            return new PyList(evalElements(n.elts, f));
        case 14 /* X.Set */:
            return evalSetDisplay(n, f);
        case 15 /* X.Dict */: {
            const dn = n;
            const d = new PyDict();
            for (let i = 0; i < dn.keys.length; i++) {
                const k = dn.keys[i];
                if (k === null) {
                    mergeMapping(d, evalExpr(dn.values[i], f), null);
                }
                else {
                    const key = evalExpr(k, f);
                    d.set(key, evalExpr(dn.values[i], f));
                }
            }
            return d;
        }
        case 16 /* X.JoinedStr */: {
            let s = '';
            for (const part of n.values)
                s += part._type === 'Constant' ? part.value : str(evalExpr(part, f));
            return s;
        }
        case 17 /* X.FormattedValue */: {
            const fv = n;
            let v = evalExpr(fv.value, f);
            if (fv.conversion === 115)
                v = str(v);
            else if (fv.conversion === 114)
                v = repr(v);
            else if (fv.conversion === 97)
                v = factories.ascii(v);
            const spec = fv.format_spec === null ? '' : evalExpr(fv.format_spec, f);
            if (spec === '' && typeof v === 'string')
                return v;
            return factories.format(v, spec);
        }
        case 18 /* X.NamedExpr */: {
            const ne = n;
            const v = evalExpr(ne.value, f);
            storeName(ne.target.b, f, v);
            return v;
        }
        case 19 /* X.Lambda */:
            return makeFunction(n, f, null);
        case 20 /* X.ListComp */:
        case 21 /* X.SetComp */:
        case 22 /* X.DictComp */:
        case 23 /* X.GeneratorExp */:
            return runComprehension(n, f);
        case 24 /* X.Starred */:
            throw newError(E.SyntaxError, "can't use starred expression here");
        case 25 /* X.Await */:
        case 26 /* X.Yield */:
        case 27 /* X.YieldFrom */:
            throw new Error(`tree-walker: ${n._type} outside generator mode`);
        default:
            prepareExpr(n);
            return evalExpr(n, f);
    }
    throw new Error(`tree-walker: cannot evaluate ${n._type}`);
}
/** obj[key], with exact lists and tuples indexed by an int in range inline. */
export function subscript(obj, key) {
    if (typeof key === 'number' && obj instanceof PyObj) {
        const c = obj.cls;
        if (c === T.list || c === T.tuple) {
            const items = obj.items;
            const i = key < 0 ? key + items.length : key;
            if (i >= 0 && i < items.length)
                return items[i];
        }
    }
    return getItem(obj, key);
}
/** obj[key] = v, with an exact list indexed by an int in range inline. */
export function storeSubscript(obj, key, v) {
    if (typeof key === 'number' && obj instanceof PyObj && obj.cls === T.list) {
        const items = obj.items;
        const i = key < 0 ? key + items.length : key;
        if (i >= 0 && i < items.length) {
            items[i] = v;
            return;
        }
    }
    setItem(obj, key, v);
}
/** A chained comparison `a < b < c`: each operand evaluated once, stopping at the first false. */
function compareChain(c, first, f) {
    const os = c.os;
    const last = os.length - 1;
    let left = first;
    for (let i = 0;; i++) {
        const right = ev(c.comparators[i], f);
        const r = compareFast(os[i], left, right);
        if (i === last)
            return r;
        if (!(r === true || (r !== false && isTrue(r))))
            return r;
        left = right;
    }
}
/** Elements of a tuple/list/set display, with *iterable unpacking. */
export function evalElements(elts, f) {
    const out = [];
    for (let i = 0; i < elts.length; i++) {
        const e = elts[i];
        if (e._type === 'Starred') {
            const v = evalExpr(e.value, f);
            const items = iterateStarred(v);
            for (let j = 0; j < items.length; j++)
                out.push(items[j]);
        }
        else
            out.push(ev(e, f));
    }
    return out;
}
function iterateStarred(v) {
    const t = typeOf(v);
    if (t.slots.iter === undefined && t.slots.getitem === undefined) {
        typeError(`Value after * must be an iterable, not ${t.name}`);
    }
    return iterateToArray(v);
}
/** {**m} and f(**m): copies a mapping's items, rejecting duplicates when `dupCheck` names the callee. */
/** A constant after CPython's AST folding: a literal, or a tuple of such. */
function isConstantExpr(e) {
    switch (e._type) {
        case 'Constant': return true;
        case 'Tuple': return e.elts.every(isConstantExpr);
        case 'UnaryOp': return e.op !== 'Not' && e.operand._type === 'Constant';
        default: return false;
    }
}
/** A set display; n > 2 constants go through CPython's compile-time frozenset (cached on the node). */
function evalSetDisplay(n, f) {
    const ext = n;
    let fs = ext.constSet;
    if (fs === undefined) {
        fs = n.elts.length > 2 && n.elts.every(isConstantExpr) ? constSetDisplay(n.elts.map((e) => evalExpr(e, f))) : null;
        ext.constSet = fs;
    }
    const s = newSet();
    if (fs !== null) {
        setUpdate(s, fs);
        return s;
    }
    // BUILD_SET / SET_ADD / SET_UPDATE: a starred set is merged table-wise (set_merge).
    for (const e of n.elts) {
        if (e._type === 'Starred')
            setUpdate(s, evalExpr(e.value, f));
        else
            setAdd(s, evalExpr(e, f));
    }
    return s;
}
export function mergeMapping(d, m, dupCheck) {
    if (hasNativeDictIter(m)) {
        for (const [k, v] of m.entries()) {
            if (dupCheck !== null)
                checkKw(d, k, dupCheck);
            d.set(k, v);
        }
        return;
    }
    let keysMeth;
    try {
        keysMeth = getAttr(m, 'keys');
    }
    catch (e) {
        if (e instanceof PyObj && typeOf(e).isSubtype(E.AttributeError)) {
            if (dupCheck !== null)
                typeError(`${dupCheck} argument after ** must be a mapping, not ${typeName(m)}`);
            typeError(`'${typeName(m)}' object is not a mapping`);
        }
        throw e;
    }
    const it = getIter(call(keysMeth, []));
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) {
        if (dupCheck !== null)
            checkKw(d, k, dupCheck);
        d.set(k, getItem(m, k));
    }
}
function checkKw(d, k, callee) {
    if (typeof k !== 'string')
        typeError('keywords must be strings');
    if (d.getStr(k) !== undefined)
        typeError(`${callee} got multiple values for keyword argument '${k}'`);
}
/** The callee's name as CPython shows it in call-site errors ("__main__.f()", "len()"). */
export function calleeName(fn) {
    return functionStr(fn);
}
/** Evaluates call arguments into vectorcall form; the keyword names are left in `kwOut.names`. */
function evalCallArgs(args, keywords, f, fn, self) {
    let simple = true;
    for (let i = 0; i < args.length; i++)
        if (args[i]._type === 'Starred')
            simple = false;
    let out;
    if (simple) {
        out = [];
        if (self !== undefined)
            out.push(self);
        for (let i = 0; i < args.length; i++)
            out.push(ev(args[i], f));
    }
    else {
        out = [];
        if (self !== undefined)
            out.push(self);
        for (const a of args) {
            if (a._type === 'Starred') {
                const v = evalExpr(a.value, f);
                const t = typeOf(v);
                if (t.slots.iter === undefined && t.slots.getitem === undefined) {
                    typeError(`${calleeName(fn)} argument after * must be an iterable, not ${t.name}`);
                }
                for (const x of iterateToArray(v))
                    out.push(x);
            }
            else
                out.push(evalExpr(a, f));
        }
    }
    kwOut.names = null;
    if (keywords.length === 0)
        return out;
    let hasDoubleStar = false;
    for (const k of keywords)
        if (k.arg === null)
            hasDoubleStar = true;
    if (!hasDoubleStar) {
        const names = new Array(keywords.length);
        for (let i = 0; i < keywords.length; i++) {
            names[i] = keywords[i].arg;
            out.push(evalExpr(keywords[i].value, f));
        }
        kwOut.names = names;
        return out;
    }
    const kw = new PyDict();
    for (const k of keywords) {
        const v = evalExpr(k.value, f);
        if (k.arg === null)
            mergeMapping(kw, v, calleeName(fn));
        else {
            if (kw.getStr(k.arg) !== undefined)
                typeError(`${calleeName(fn)} got multiple values for keyword argument '${k.arg}'`);
            kw.setStr(k.arg, v);
        }
    }
    const names = [];
    for (const [k, v] of kw.entries()) {
        names.push(k);
        out.push(v);
    }
    kwOut.names = names.length ? names : null;
    return out;
}
/** The keyword names evalCallArgs produced (read at once by its caller). */
const kwOut = { names: null };
/** A builtin type's method called on an instance found on its type: no bound method made. */
function callDescriptor(meth, obj, args, f) {
    const n = args.length;
    const a = new Array(n);
    for (let i = 0; i < n; i++)
        a[i] = ev(args[i], f);
    return meth.fn(obj, a, null);
}
/** Calls `fn` with the positional arguments `args` (none starred), `self` first when given. */
function callPositional(fn, self, args, f) {
    const extra = self === undefined ? 0 : 1;
    const n = args.length;
    if (fn instanceof PyFunction) {
        const code = fn.code;
        if (code.direct === true && n + extra === code.co_argcount) {
            // The arguments go straight into the new frame's local slots.
            const fast = new Array(code.nlocals);
            if (extra === 1)
                fast[0] = self;
            for (let i = 0; i < n; i++)
                fast[i + extra] = ev(args[i], f);
            if (fn.code === code)
                return enterDirect(fn, code, fast);
            return fn.code.invoke(fn, fast.slice(0, n + extra), null);
        }
    }
    const a = new Array(n + extra);
    if (extra === 1)
        a[0] = self;
    for (let i = 0; i < n; i++)
        a[i + extra] = ev(args[i], f);
    if (fn instanceof PyFunction)
        return fn.code.invoke(fn, a, null);
    // A builtin function (len, abs, range's constructor is a type): its native entry directly.
    if (fn instanceof PyBuiltinFunction && fn.cls === T.builtin_function_or_method)
        return fn.fn(a, null);
    return call(fn, a, null);
}
export function evalCall(n, f) {
    const func = n.func;
    if (n.o === 1) {
        if (func._type === 'Attribute') {
            // obj.meth(...): a plain function or method descriptor found on the type is called with
            // obj as its first argument, without making a bound method.
            const obj = ev(func.value, f);
            const fn = lookupMethod(attrCacheOf(func), obj, func.attr);
            const self = methodSelf.self;
            if (self !== undefined && fn instanceof PyMethodDescriptor)
                return callDescriptor(fn, self, n.args, f);
            return callPositional(fn, self, n.args, f);
        }
        return callPositional(evalExpr(func, f), undefined, n.args, f);
    }
    if (func._type === 'Attribute') {
        const obj = ev(func.value, f);
        const fn = lookupMethod(attrCacheOf(func), obj, func.attr);
        const self = methodSelf.self;
        if (self !== undefined) {
            if (fn instanceof PyFunction) {
                const a = evalCallArgs(n.args, n.keywords, f, fn, self);
                return fn.code.invoke(fn, a, kwOut.names);
            }
            const a = evalCallArgs(n.args, n.keywords, f, fn, undefined);
            return fn.fn(self, a, kwOut.names);
        }
        const a = evalCallArgs(n.args, n.keywords, f, fn, undefined);
        return call(fn, a, kwOut.names);
    }
    const fn = evalExpr(func, f);
    const a = evalCallArgs(n.args, n.keywords, f, fn, undefined);
    if (fn instanceof PyFunction)
        return fn.code.invoke(fn, a, kwOut.names);
    return call(fn, a, kwOut.names);
}
/** Runs the `for`/`if` clauses of a comprehension, calling `emit` for each element. */
export function comprehensionLoop(gens, level, f, first, emit) {
    const g = gens[level];
    const it = level === 0 ? first : getIter(evalExpr(g.iter, f));
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
        assignTo(g.target, x, f);
        let ok = true;
        for (const cond of g.ifs) {
            if (!isTrue(evalExpr(cond, f))) {
                ok = false;
                break;
            }
        }
        if (!ok)
            continue;
        if (level + 1 < gens.length)
            comprehensionLoop(gens, level + 1, f, null, emit);
        else
            emit();
    }
}
export { PyCell };
//# sourceMappingURL=eval.js.map