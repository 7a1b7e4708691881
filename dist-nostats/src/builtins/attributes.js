// Builtins about attributes and object identity: getattr, hasattr, setattr, delattr, dir,
// vars, callable, id, hash.
import { PyObj } from '../objects/object.js';
import { PyList } from '../objects/tuple.js';
import { E } from '../objects/exception.js';
import { None } from '../objects/singletons.js';
import { typeOf, typeName, typeError, getAttr, setAttr, hashOf } from '../objects/protocol.js';
import { lookupSpecial, callFoundMethod } from '../objects/dunder.js';
import { idOf } from '../objects/identity.js';
import { oneArg, positional } from './args.js';
import { strValue } from './text.js';
import { iterateToArray as toArray } from '../objects/iterate.js';
import { sortItems } from './sorting.js';
function attrName(v) {
    const s = strValue(v);
    if (s === undefined)
        typeError(`attribute name must be string, not '${typeName(v)}'`);
    return s;
}
function isAttributeError(e) {
    return e instanceof PyObj && typeOf(e).isSubtype(E.AttributeError);
}
export function builtinGetattr(args, kwnames) {
    positional('getattr', args, kwnames, 2, 3);
    const name = attrName(args[1]);
    if (args.length === 2)
        return getAttr(args[0], name);
    try {
        return getAttr(args[0], name);
    }
    catch (e) {
        if (isAttributeError(e))
            return args[2];
        throw e;
    }
}
export function builtinHasattr(args, kwnames) {
    positional('hasattr', args, kwnames, 2, 2);
    const name = attrName(args[1]);
    try {
        getAttr(args[0], name);
        return true;
    }
    catch (e) {
        if (isAttributeError(e))
            return false;
        throw e;
    }
}
export function builtinSetattr(args, kwnames) {
    positional('setattr', args, kwnames, 3, 3);
    setAttr(args[0], attrName(args[1]), args[2]);
    return None;
}
export function builtinDelattr(args, kwnames) {
    positional('delattr', args, kwnames, 2, 2);
    setAttr(args[0], attrName(args[1]), null);
    return None;
}
/** What dir() and vars() with no argument answer: the running frame's locals (runtime-provided). */
let localsProvider = null;
export function setLocalsProvider(f) {
    localsProvider = f;
}
function currentLocals(name) {
    if (localsProvider === null)
        typeError(`${name}() without arguments needs a running frame`);
    return localsProvider();
}
/** dir(obj): type(obj).__dir__(obj), as a sorted list. */
export function dirList(v) {
    const m = lookupSpecial(v, '__dir__');
    if (m === undefined)
        typeError('object does not provide __dir__');
    const items = toArray(callFoundMethod(m, v, []));
    sortItems(items, null, false);
    return new PyList(items);
}
export function builtinDir(args, kwnames) {
    positional('dir', args, kwnames, 0, 1);
    if (args.length === 0) {
        const items = toArray(callKeys(currentLocals('dir')));
        sortItems(items, null, false);
        return new PyList(items);
    }
    return dirList(args[0]);
}
function callKeys(mapping) {
    const keys = lookupSpecial(mapping, 'keys');
    return keys === undefined ? mapping : callFoundMethod(keys, mapping, []);
}
export function builtinVars(args, kwnames) {
    positional('vars', args, kwnames, 0, 1);
    if (args.length === 0)
        return currentLocals('vars');
    try {
        return getAttr(args[0], '__dict__');
    }
    catch (e) {
        if (isAttributeError(e))
            typeError('vars() argument must have __dict__ attribute');
        throw e;
    }
}
export function isCallable(v) {
    return typeOf(v).slots.call !== undefined;
}
export function builtinCallable(args, kwnames) {
    return isCallable(oneArg('callable', args, kwnames));
}
export function builtinId(args, kwnames) {
    return idOf(oneArg('id', args, kwnames));
}
export function builtinHash(args, kwnames) {
    return hashOf(oneArg('hash', args, kwnames));
}
//# sourceMappingURL=attributes.js.map