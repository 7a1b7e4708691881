// Argument checking for native builtins, with the exact messages of CPython's calling
// conventions (Objects/methodobject.c, Python/getargs.c):
//   - METH_O / METH_NOARGS functions: "len() takes exactly one argument (2 given)";
//   - FASTCALL functions using _PyArg_CheckPositional: "divmod expected 2 arguments, got 1";
//   - Argument Clinic functions taking keywords (_PyArg_UnpackKeywords): "round() missing
//     required argument 'number' (pos 1)", "'x' is an invalid keyword argument for round()".
// `args` is the vectorcall array: positional values then keyword values named by `kwnames`.
import { typeErr } from '../objects/native.js';
/** Number of positional arguments in a vectorcall. */
export function nPos(args, kwnames) {
    return kwnames === null ? args.length : args.length - kwnames.length;
}
/** `name() takes no keyword arguments` when keywords were passed. */
export function noKeywords(name, kwnames) {
    if (kwnames !== null && kwnames.length > 0)
        typeErr(`${name}() takes no keyword arguments`);
}
/** A METH_O function: exactly one positional argument, no keywords. */
export function oneArg(name, args, kwnames) {
    noKeywords(name, kwnames);
    if (args.length !== 1)
        typeErr(`${name}() takes exactly one argument (${args.length} given)`);
    return args[0];
}
/** _PyArg_CheckPositional(name, nargs, min, max), after refusing keywords. */
export function positional(name, args, kwnames, min, max) {
    noKeywords(name, kwnames);
    checkCount(name, args.length, min, max);
    return args;
}
/** The count check of _PyArg_CheckPositional alone. */
export function checkCount(name, n, min, max) {
    if (n < min) {
        typeErr(`${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
    }
    if (n > max) {
        typeErr(`${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
    }
}
export function signature(fname, names, posOnly, minPos, maxPos = names.length) {
    return { fname, names, posOnly, minPos, maxPos };
}
/**
 * _PyArg_UnpackKeywords: binds a call to `sig`; returns one slot per parameter (undefined
 * for parameters not given).
 */
export function bindArgs(sig, args, kwnames) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const nargs = args.length - nkw;
    const { fname, names, posOnly, minPos, maxPos } = sig;
    const maxArgs = names.length;
    const out = new Array(maxArgs);
    if (nkw === 0 && nargs >= minPos && nargs <= maxPos) {
        for (let i = 0; i < nargs; i++)
            out[i] = args[i];
        return out;
    }
    if (nargs + nkw > maxArgs) {
        typeErr(`${fname}() takes at most ${maxArgs} ${nargs === 0 ? 'keyword ' : ''}argument${maxArgs === 1 ? '' : 's'} (${nargs + nkw} given)`);
    }
    if (nargs > maxPos) {
        if (maxPos === 0)
            typeErr(`${fname}() takes no positional arguments`);
        typeErr(`${fname}() takes ${minPos < maxPos ? 'at most' : 'exactly'} ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${nargs} given)`);
    }
    const minPosOnly = Math.min(posOnly, minPos);
    if (nargs < minPosOnly) {
        typeErr(`${fname}() takes ${minPosOnly < maxPos ? 'at least' : 'exactly'} ${minPosOnly} positional argument${minPosOnly === 1 ? '' : 's'} (${nargs} given)`);
    }
    for (let i = 0; i < nargs; i++)
        out[i] = args[i];
    let left = nkw;
    const find = (name) => {
        for (let k = 0; k < nkw; k++)
            if (kwnames[k] === name)
                return args[nargs + k];
        return undefined;
    };
    for (let i = Math.max(nargs, posOnly); i < maxArgs; i++) {
        let cur;
        if (left > 0)
            cur = find(names[i]);
        else if (i >= minPos)
            break;
        out[i] = cur;
        if (cur !== undefined)
            left--;
        else if (i < minPos)
            typeErr(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
    if (left > 0) {
        for (let i = posOnly; i < nargs; i++) {
            if (find(names[i]) !== undefined)
                typeErr(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
        }
        invalidKeyword(fname, kwnames, names.slice(posOnly));
    }
    return out;
}
/** Reports the first keyword not among `allowed` (CPython's error_unexpected_keyword_arg). */
export function invalidKeyword(fname, kwnames, allowed) {
    for (const k of kwnames) {
        if (!allowed.includes(k))
            typeErr(`'${k}' is an invalid keyword argument for ${fname}()`);
    }
    typeErr(`${fname}() got an unexpected keyword argument`);
}
/**
 * Splits a `*args, key=..., ...` call (print, max, min): the positional values and the
 * keyword values by name, refusing names outside `allowed`.
 */
export function starArgs(fname, args, kwnames, allowed) {
    if (kwnames === null || kwnames.length === 0)
        return [args, EMPTY_KW];
    const n = args.length - kwnames.length;
    const kw = new Map();
    for (let k = 0; k < kwnames.length; k++) {
        if (!allowed.includes(kwnames[k]))
            invalidKeyword(fname, kwnames, allowed);
        kw.set(kwnames[k], args[n + k]);
    }
    return [args.slice(0, n), kw];
}
const EMPTY_KW = new Map();
//# sourceMappingURL=args.js.map