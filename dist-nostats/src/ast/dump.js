// ast.dump(): the exact text CPython 3.11's `ast.dump(node, include_attributes=...)` prints,
// so Dyad's AST can be diffed against CPython's (`dyad ast`, the corpus checker, tests).
import { FIELDS, OPTIONAL, HAS_POSITION } from './nodes.js';
import { ELLIPSIS, PyBytesConst, PyComplexConst } from './constant.js';
import { floatRepr, complexRepr } from '../text/float-repr.js';
import { strRepr, bytesRepr } from '../text/str-repr.js';
/** Python repr() of a Constant's value. */
export function constantRepr(v) {
    if (v === null)
        return 'None';
    switch (typeof v) {
        case 'boolean': return v ? 'True' : 'False';
        case 'bigint': return v.toString();
        case 'number': return floatRepr(v);
        case 'string': return strRepr(v);
    }
    if (v === ELLIPSIS)
        return 'Ellipsis';
    if (v instanceof PyBytesConst)
        return bytesRepr(v.bytes);
    if (v instanceof PyComplexConst)
        return complexRepr(v.real, v.imag);
    throw new Error('unknown constant');
}
const POSITION_FIELDS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];
// Fields whose value is an operator/context singleton (printed `Add()`, `Load()`), not a str.
const ENUM_FIELDS = new Set(['op', 'ops', 'ctx']);
function dumpValue(v, field, owner, opts) {
    if (Array.isArray(v)) {
        return '[' + v.map((x) => dumpValue(x, field, owner, opts)).join(', ') + ']';
    }
    if (v !== null && typeof v === 'object' && '_type' in v)
        return dumpNode(v, opts);
    if (typeof v === 'string' && ENUM_FIELDS.has(field))
        return v + '()';
    if (field === 'value' && (owner === 'Constant' || owner === 'MatchSingleton'))
        return constantRepr(v);
    if (v === null || v === undefined)
        return 'None';
    if (typeof v === 'string')
        return strRepr(v);
    if (typeof v === 'number')
        return String(v);
    return constantRepr(v);
}
export function dumpNode(node, opts = {}) {
    const kind = node._type;
    const fields = FIELDS[kind];
    if (fields === undefined)
        throw new Error(`not an AST node: ${kind}`);
    const optional = OPTIONAL[kind];
    const parts = [];
    for (const f of fields) {
        const v = node[f];
        if ((v === null || v === undefined) && optional !== undefined && optional.includes(f))
            continue;
        parts.push(`${f}=${dumpValue(v, f, kind, opts)}`);
    }
    if (opts.includeAttributes && HAS_POSITION.has(kind)) {
        for (const f of POSITION_FIELDS) {
            const v = node[f];
            if (v === null || v === undefined)
                continue;
            parts.push(`${f}=${v}`);
        }
    }
    if (parts.length === 0 && (kind === 'Load' || kind === 'Store'))
        return kind + '()';
    return `${kind}(${parts.join(', ')})`;
}
/** ast.dump(node) */
export function dumpAst(node, opts = {}) {
    return dumpNode(node, opts);
}
//# sourceMappingURL=dump.js.map