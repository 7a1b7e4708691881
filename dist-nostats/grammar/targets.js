// Turning an already parsed expression into an assignment or deletion target.
//
// The parsers parse targets as ordinary expressions (Load context) and then call setContext,
// which rewrites `ctx` in place (Name, Attribute, Subscript, Starred, Tuple, List, recursively)
// or raises CPython's error for the first invalid target inside it.
import { ELLIPSIS } from '../src/ast/constant.js';
/** CPython's _PyPegen_get_expr_name: how error messages call an expression. */
export function exprName(e) {
    switch (e._type) {
        case 'Attribute': return 'attribute';
        case 'Subscript': return 'subscript';
        case 'Starred': return 'starred';
        case 'Name': return 'name';
        case 'List': return 'list';
        case 'Tuple': return 'tuple';
        case 'Lambda': return 'lambda';
        case 'Call': return 'function call';
        case 'BoolOp':
        case 'BinOp':
        case 'UnaryOp': return 'expression';
        case 'GeneratorExp': return 'generator expression';
        case 'Yield':
        case 'YieldFrom': return 'yield expression';
        case 'Await': return 'await expression';
        case 'ListComp': return 'list comprehension';
        case 'SetComp': return 'set comprehension';
        case 'DictComp': return 'dict comprehension';
        case 'Dict': return 'dict literal';
        case 'Set': return 'set display';
        case 'JoinedStr':
        case 'FormattedValue': return 'f-string expression';
        case 'Constant': {
            const v = e.value;
            if (v === null)
                return 'None';
            if (v === true)
                return 'True';
            if (v === false)
                return 'False';
            if (v === ELLIPSIS)
                return 'ellipsis';
            return 'literal';
        }
        case 'Compare': return 'comparison';
        case 'IfExp': return 'conditional expression';
        case 'NamedExpr': return 'named expression';
        case 'Slice': return 'slice';
    }
    return 'expression';
}
/**
 * CPython's _PyPegen_get_invalid_target: the first sub-expression of `e` that cannot be a
 * target, or null when `e` is a valid target. `del` forbids starred targets.
 */
export function invalidTarget(e, ctx) {
    switch (e._type) {
        case 'Name':
        case 'Attribute':
        case 'Subscript':
            return null;
        case 'Tuple':
        case 'List': {
            const elts = e.elts;
            for (let i = 0; i < elts.length; i++) {
                const bad = invalidTarget(elts[i], ctx);
                if (bad !== null)
                    return bad;
            }
            return null;
        }
        case 'Starred':
            return ctx === 'Del' ? e : invalidTarget(e.value, ctx);
        default:
            return e;
    }
}
/**
 * Whether an invalid single assignment target gets CPython's "... here. Maybe you meant '=='
 * instead of '='?" wording (its invalid_named_expression rule): the target must not be a
 * tuple, list, generator expression, True, False or None, and must be a `bitwise_or`-level
 * expression (not a comparison, `not`, `and`/`or`, conditional, lambda ...).
 */
export function takesEqualityHint(e) {
    switch (e._type) {
        case 'Tuple':
        case 'List':
        case 'GeneratorExp':
        case 'Compare':
        case 'BoolOp':
        case 'IfExp':
        case 'Lambda':
        case 'Starred':
            return false;
        case 'UnaryOp':
            return e.op !== 'Not';
        case 'Constant':
            return e.value !== null && e.value !== true && e.value !== false;
    }
    return true;
}
/**
 * Converts `e` (parsed with Load contexts) into a target of context `ctx`: sets `ctx` on Name,
 * Attribute, Subscript, Starred, Tuple and List nodes (recursively through Tuple/List/Starred)
 * and returns `e`. Raises CPython's SyntaxError for invalid targets: "cannot assign to X" /
 * "cannot delete X" located at the offending sub-expression (X as in exprName).
 *
 * Note: like CPython's parser, a lone `*a` as a Store target is accepted here (`*a = 1` is
 * rejected later by the compiler, "starred assignment target must be in a list or tuple").
 */
export function setContext(e, ctx, sink, opts) {
    const bad = invalidTarget(e, ctx);
    if (bad !== null) {
        const name = exprName(bad);
        if (ctx === 'Del')
            sink.errorAtNode(bad, `cannot delete ${name}`);
        if (bad === e && opts !== undefined && opts.equalityHint === true && takesEqualityHint(e)) {
            sink.errorAtNode(bad, `cannot assign to ${name} here. Maybe you meant '==' instead of '='?`);
        }
        sink.errorAtNode(bad, `cannot assign to ${name}`);
    }
    apply(e, ctx);
    return e;
}
function apply(e, ctx) {
    switch (e._type) {
        case 'Name':
        case 'Attribute':
        case 'Subscript':
            e.ctx = ctx;
            return;
        case 'Starred':
            e.ctx = ctx;
            apply(e.value, ctx);
            return;
        case 'Tuple':
        case 'List': {
            e.ctx = ctx;
            const elts = e.elts;
            for (let i = 0; i < elts.length; i++)
                apply(elts[i], ctx);
            return;
        }
    }
}
/**
 * CPython's message for an invalid augmented assignment target (`f() += 1`): only Name,
 * Attribute and Subscript are allowed. Sets ctx Store on a valid target.
 */
export function setAugContext(e, sink) {
    switch (e._type) {
        case 'Name':
        case 'Attribute':
        case 'Subscript':
            e.ctx = 'Store';
            return e;
    }
    return sink.errorAtNode(e, `'${exprName(e)}' is an illegal expression for augmented assignment`);
}
//# sourceMappingURL=targets.js.map