// Expression source text for postponed annotations (PEP 563, `from __future__ import
// annotations`): CPython's ast_unparse.c rules for precedence and spacing.
import { repr } from '../../src/objects/protocol.js';
import { constValue } from './compiler.js';
const BIN = {
    Add: ['+', 10 /* P.ARITH */], Sub: ['-', 10 /* P.ARITH */], Mult: ['*', 11 /* P.TERM */], MatMult: ['@', 11 /* P.TERM */], Div: ['/', 11 /* P.TERM */],
    Mod: ['%', 11 /* P.TERM */], FloorDiv: ['//', 11 /* P.TERM */], Pow: ['**', 13 /* P.POWER */], LShift: ['<<', 9 /* P.SHIFT */], RShift: ['>>', 9 /* P.SHIFT */],
    BitOr: ['|', 6 /* P.BOR */], BitXor: ['^', 7 /* P.BXOR */], BitAnd: ['&', 8 /* P.BAND */],
};
const CMP = { Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in' };
export function unparse(e) {
    return u(e, 1 /* P.TEST */);
}
function wrap(s, cond) {
    return cond ? `(${s})` : s;
}
function u(e, level) {
    switch (e._type) {
        case 'Name':
            return e.id;
        case 'Constant':
            if (e.value === null)
                return 'None';
            if (typeof e.value === 'number' && !Number.isFinite(e.value))
                return e.value > 0 ? '1e309' : e.value < 0 ? '-1e309' : '(1e309-1e309)';
            return repr(constValue(e.value));
        case 'Attribute': {
            let v = u(e.value, 15 /* P.ATOM */);
            if (e.value._type === 'Constant' && typeof e.value.value === 'bigint')
                v += ' ';
            return `${v}.${e.attr}`;
        }
        case 'Subscript': {
            const s = e.slice;
            const inner = s._type === 'Tuple' && s.elts.length > 0 ? s.elts.map((x) => u(x, 1 /* P.TEST */)).join(', ') + (s.elts.length === 1 ? ',' : '') : u(s, 0 /* P.TUPLE */);
            return `${u(e.value, 15 /* P.ATOM */)}[${inner}]`;
        }
        case 'Slice':
            return `${e.lower ? u(e.lower, 1 /* P.TEST */) : ''}:${e.upper ? u(e.upper, 1 /* P.TEST */) : ''}${e.step ? ':' + u(e.step, 1 /* P.TEST */) : ''}`;
        case 'Starred':
            return '*' + u(e.value, 6 /* P.EXPR */);
        case 'Tuple': {
            if (e.elts.length === 0)
                return '()';
            const s = e.elts.map((x) => u(x, 1 /* P.TEST */)).join(', ') + (e.elts.length === 1 ? ',' : '');
            return wrap(s, level > 0 /* P.TUPLE */);
        }
        case 'List':
            return '[' + e.elts.map((x) => u(x, 1 /* P.TEST */)).join(', ') + ']';
        case 'Set':
            return e.elts.length === 0 ? '{*()}' : '{' + e.elts.map((x) => u(x, 1 /* P.TEST */)).join(', ') + '}';
        case 'Dict':
            return '{' + e.keys.map((k, i) => (k === null ? '**' + u(e.values[i], 6 /* P.EXPR */) : `${u(k, 1 /* P.TEST */)}: ${u(e.values[i], 1 /* P.TEST */)}`)).join(', ') + '}';
        case 'BinOp': {
            const [sym, pr] = BIN[e.op];
            const rightAssoc = e.op === 'Pow';
            const s = `${u(e.left, rightAssoc ? pr + 1 : pr)} ${sym} ${u(e.right, rightAssoc ? pr : pr + 1)}`;
            return wrap(s, level > pr);
        }
        case 'UnaryOp': {
            if (e.op === 'Not')
                return wrap('not ' + u(e.operand, 4 /* P.NOT */), level > 4 /* P.NOT */);
            const sym = e.op === 'USub' ? '-' : e.op === 'UAdd' ? '+' : '~';
            return wrap(sym + u(e.operand, 12 /* P.FACTOR */), level > 12 /* P.FACTOR */);
        }
        case 'BoolOp': {
            const pr = e.op === 'And' ? 3 /* P.AND */ : 2 /* P.OR */;
            return wrap(e.values.map((v) => u(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '), level > pr);
        }
        case 'Compare': {
            let s = u(e.left, 5 /* P.CMP */ + 1);
            for (let i = 0; i < e.ops.length; i++)
                s += ` ${CMP[e.ops[i]]} ${u(e.comparators[i], 5 /* P.CMP */ + 1)}`;
            return wrap(s, level > 5 /* P.CMP */);
        }
        case 'IfExp':
            return wrap(`${u(e.body, 1 /* P.TEST */ + 1)} if ${u(e.test, 1 /* P.TEST */ + 1)} else ${u(e.orelse, 1 /* P.TEST */)}`, level > 1 /* P.TEST */);
        case 'Lambda':
            return wrap(`lambda${argsText(e.args)}: ${u(e.body, 1 /* P.TEST */)}`, level > 1 /* P.TEST */);
        case 'NamedExpr':
            return wrap(`${u(e.target, 15 /* P.ATOM */)} := ${u(e.value, 15 /* P.ATOM */)}`, level > 0 /* P.TUPLE */);
        case 'Call': {
            const parts = e.args.map((a) => u(a, 1 /* P.TEST */)).concat(e.keywords.map(kw));
            if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') {
                return `${u(e.func, 15 /* P.ATOM */)}${u(e.args[0], 1 /* P.TEST */)}`;
            }
            return `${u(e.func, 15 /* P.ATOM */)}(${parts.join(', ')})`;
        }
        case 'Await':
            return wrap('await ' + u(e.value, 15 /* P.ATOM */), level > 14 /* P.AWAIT */);
        case 'Yield':
            return wrap(e.value ? 'yield ' + u(e.value, 1 /* P.TEST */) : 'yield', true);
        case 'YieldFrom':
            return wrap('yield from ' + u(e.value, 1 /* P.TEST */), true);
        case 'ListComp':
            return `[${u(e.elt, 1 /* P.TEST */)}${comps(e.generators)}]`;
        case 'SetComp':
            return `{${u(e.elt, 1 /* P.TEST */)}${comps(e.generators)}}`;
        case 'DictComp':
            return `{${u(e.key, 1 /* P.TEST */)}: ${u(e.value, 1 /* P.TEST */)}${comps(e.generators)}}`;
        case 'GeneratorExp':
            return `(${u(e.elt, 1 /* P.TEST */)}${comps(e.generators)})`;
        case 'JoinedStr':
        case 'FormattedValue':
            return 'f' + repr(fstringText(e));
    }
    return '...';
}
function kw(k) {
    return k.arg === null ? '**' + u(k.value, 1 /* P.TEST */) : `${k.arg}=${u(k.value, 1 /* P.TEST */)}`;
}
function comps(gens) {
    let s = '';
    for (const g of gens) {
        s += `${g.is_async ? ' async' : ''} for ${u(g.target, 0 /* P.TUPLE */)} in ${u(g.iter, 1 /* P.TEST */ + 1)}`;
        for (const cond of g.ifs)
            s += ` if ${u(cond, 1 /* P.TEST */ + 1)}`;
    }
    return s;
}
function argsText(a) {
    const parts = [];
    const defaults = a.defaults;
    const positional = [...a.posonlyargs, ...a.args];
    const firstDefault = positional.length - defaults.length;
    positional.forEach((p, i) => {
        parts.push(i >= firstDefault ? `${p.arg}=${u(defaults[i - firstDefault], 1 /* P.TEST */)}` : p.arg);
        if (a.posonlyargs.length > 0 && i === a.posonlyargs.length - 1)
            parts.push('/');
    });
    if (a.vararg !== null)
        parts.push('*' + a.vararg.arg);
    else if (a.kwonlyargs.length > 0)
        parts.push('*');
    a.kwonlyargs.forEach((p, i) => {
        const d = a.kw_defaults[i];
        parts.push(d ? `${p.arg}=${u(d, 1 /* P.TEST */)}` : p.arg);
    });
    if (a.kwarg !== null)
        parts.push('**' + a.kwarg.arg);
    return parts.length ? ' ' + parts.join(', ') : '';
}
function fstringText(e) {
    let body = '';
    const values = e._type === 'JoinedStr' ? e.values : [e];
    for (const v of values) {
        if (v._type === 'Constant')
            body += String(v.value).replace(/\{/g, '{{').replace(/\}/g, '}}');
        else if (v._type === 'FormattedValue') {
            const inner = u(v.value, 1 /* P.TEST */ + 1);
            body += '{' + (inner.startsWith('{') ? ' ' : '') + inner;
            if (v.conversion > 0)
                body += '!' + String.fromCharCode(v.conversion);
            if (v.format_spec !== null)
                body += ':' + fstringText(v.format_spec);
            body += '}';
        }
    }
    return body;
}
//# sourceMappingURL=unparse.js.map