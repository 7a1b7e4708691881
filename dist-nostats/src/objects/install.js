// Brings the whole object model up, once per process: the type objects (bootstrap.ts), then
// every type's slots and methods, then the dunder attributes that expose native slots.
import { bootstrapTypes } from './bootstrap.js';
import { T, toFastProperties } from './types.js';
import { E } from './exception.js';
import { installDescriptors } from './descriptors.js';
import { installClassMachinery } from './class-create.js';
import { installCoreTypes } from './core-types.js';
import { installExceptionTypes } from './exception-types.js';
import { installInt, installBool, setBoolTruth } from './int-type.js';
import { installFloat } from './float-type.js';
import { exposeNativeSlots } from './slot-wrappers.js';
import { isTrue } from './protocol.js';
import { installStr, strNew, asciiOf, PyStr } from './str.js';
import { installBytes, bytesNew, bytearrayNew, bytearrayInit, newBytes, bytesLikeData } from './bytes.js';
import { formatValue } from './str-format.js';
import { defineNew } from './class-create.js';
import { addMethods } from './native.js';
import { factories } from './factories.js';
import { None } from './singletons.js';
import { setIntTextHooks, setIntBytesHooks } from './int-type.js';
import { setFloatTextHooks, setFloatPowImpl } from './float-type.js';
import { libm } from '../modules/math.js';
import { repr } from './protocol.js';
import { installNumberFormat } from './number-format.js';
import { installComplex, newComplex } from './complex.js';
import { ensureIteratorTypes } from './iterators.js';
import { installSlice, newSlice } from './slice.js';
import { installTuple } from './tuple-type.js';
import { installList } from './list.js';
import { installDict } from './dict-type.js';
import { installSet, newSet, setAdd } from './set.js';
import { installRange } from './range.js';
import { installGenericAlias } from './generic-alias.js';
let installed = false;
export function installObjectModel() {
    if (installed)
        return;
    installed = true;
    bootstrapTypes();
    installDescriptors();
    installClassMachinery();
    installCoreTypes();
    installExceptionTypes();
    installInt();
    installBool();
    setBoolTruth(isTrue);
    installFloat();
    ensureIteratorTypes();
    installSlice();
    installTuple();
    installList();
    installDict();
    installSet();
    installRange();
    factories.newSet = (items) => newSet(items);
    factories.setAdd = (so, item) => setAdd(so, item);
    factories.newSlice = newSlice;
    installNumberFormat();
    installComplex();
    factories.newComplex = newComplex;
    setFloatPowImpl(libm.pow);
    installStr();
    defineNew(T.str, strNew);
    installBytes();
    defineNew(T.bytes, bytesNew);
    defineNew(T.bytearray, bytearrayNew);
    addMethods(T.bytearray, {
        __init__: (self, args, kwnames) => {
            bytearrayInit(self, args, kwnames);
            return None;
        },
    });
    installGenericAlias();
    factories.format = formatValue;
    factories.ascii = asciiOf;
    factories.newBytes = newBytes;
    // int.to_bytes / int.from_bytes (from_bytes takes what bytes() takes: PyObject_Bytes).
    setIntBytesHooks(newBytes, (v) => bytesLikeData(v) ?? bytesNew(T.bytes, [v], null).data);
    const textOf = (x) => (typeof x === 'string' ? x : x instanceof PyStr ? x.value : undefined);
    setIntTextHooks(textOf, repr);
    setFloatTextHooks(textOf, repr);
    const all = [...new Set([...Object.values(T), ...Object.values(E)])].sort((a, b) => a.mro.length - b.mro.length);
    for (const t of all)
        inheritSlots(t);
    for (const t of all)
        exposeNativeSlots(t);
    toFastProperties(T);
    toFastProperties(E);
}
/** Builtin types take the slots they do not define from their bases (after all installs). */
function inheritSlots(t) {
    const own = t.slots;
    for (let i = 1; i < t.mro.length; i++) {
        const base = t.mro[i].slots;
        for (const k in base)
            if (own[k] === undefined)
                own[k] = base[k];
    }
    if (t.alloc === null && t.mro.length > 1 && !t.finalType)
        t.alloc = t.mro[1].alloc;
}
//# sourceMappingURL=install.js.map