// Small helpers to build AST nodes with CPython positions, shared by the expression parser
// (grammar/expressions.ts) and the statement parser (grammar/statements.ts).
//
// Every factory creates its node with one object literal: fields in CPython's order, then
// lineno, col_offset, end_lineno, end_col_offset. That keeps one hidden class per node kind.
// Positions come either from tokens (Tok: startLine/startColumn/endLine/endColumn, columns are
// UTF-8 byte offsets exactly like CPython's col_offset) or from already built nodes.
// ---------------------------------------------------------------- expression factories
// Positions: (l, c) = lineno/col_offset, (el, ec) = end_lineno/end_col_offset.
export function mkName(id, ctx, l, c, el, ec) {
    return { _type: 'Name', id, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkConstant(value, kind, l, c, el, ec) {
    return { _type: 'Constant', value, kind, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkAttribute(value, attr, ctx, l, c, el, ec) {
    return { _type: 'Attribute', value, attr, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkSubscript(value, slice, ctx, l, c, el, ec) {
    return { _type: 'Subscript', value, slice, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkStarred(value, ctx, l, c, el, ec) {
    return { _type: 'Starred', value, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkTuple(elts, ctx, l, c, el, ec) {
    return { _type: 'Tuple', elts, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkList(elts, ctx, l, c, el, ec) {
    return { _type: 'List', elts, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkCall(func, args, keywords, l, c, el, ec) {
    return { _type: 'Call', func, args, keywords, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
// NOTE: CPython gives a node the span of the TOKENS its rule matched, so a parenthesized child
// makes its parent wider than the child's own span: `(a) + b` is a BinOp from the '('. Hence the
// explicit positions below (the parsers take them from the first and last token).
export function mkBinOp(left, op, right, l, c, el, ec) {
    return { _type: 'BinOp', left, op, right, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkUnaryOp(op, operand, l, c, el, ec) {
    return { _type: 'UnaryOp', op, operand, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkBoolOp(op, values, l, c, el, ec) {
    return { _type: 'BoolOp', op, values, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkCompare(left, ops, comparators, l, c, el, ec) {
    return { _type: 'Compare', left, ops, comparators, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkIfExp(test, body, orelse, l, c, el, ec) {
    return { _type: 'IfExp', test, body, orelse, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkNamedExpr(target, value, l, c, el, ec) {
    return { _type: 'NamedExpr', target, value, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkLambda(args, body, l, c, el, ec) {
    return { _type: 'Lambda', args, body, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkDict(keys, values, l, c, el, ec) {
    // A `**d` entry has key None (null), as in CPython.
    return { _type: 'Dict', keys: keys, values, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkSet(elts, l, c, el, ec) {
    return { _type: 'Set', elts, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkListComp(elt, generators, l, c, el, ec) {
    return { _type: 'ListComp', elt, generators, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkSetComp(elt, generators, l, c, el, ec) {
    return { _type: 'SetComp', elt, generators, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkDictComp(key, value, generators, l, c, el, ec) {
    return { _type: 'DictComp', key, value, generators, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkGeneratorExp(elt, generators, l, c, el, ec) {
    return { _type: 'GeneratorExp', elt, generators, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkAwait(value, l, c, el, ec) {
    return { _type: 'Await', value, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkYield(value, l, c, el, ec) {
    return { _type: 'Yield', value, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkYieldFrom(value, l, c, el, ec) {
    return { _type: 'YieldFrom', value, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkSlice(lower, upper, step, l, c, el, ec) {
    return { _type: 'Slice', lower, upper, step, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkKeyword(argName, value, l, c, el, ec) {
    return { _type: 'keyword', arg: argName, value, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
export function mkComprehension(target, iter, ifs, isAsync) {
    return { _type: 'comprehension', target, iter, ifs, is_async: isAsync };
}
/**
 * An `arg` node for the NAME token `tok`. With an annotation, pass `end` = the last token of the
 * annotation (a parenthesized annotation makes the arg end at its ')').
 */
export function mkArg(tok, annotation, typeComment = null, end) {
    return {
        _type: 'arg', arg: tok.image, annotation, type_comment: typeComment,
        lineno: tok.startLine, col_offset: tok.startColumn,
        end_lineno: end !== undefined ? end.endLine : annotation === null ? tok.endLine : annotation.end_lineno,
        end_col_offset: end !== undefined ? end.endColumn : annotation === null ? tok.endColumn : annotation.end_col_offset,
    };
}
export function mkArguments(posonlyargs, args, vararg, kwonlyargs, kwDefaults, kwarg, defaults) {
    return {
        _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults: kwDefaults, kwarg, defaults,
    };
}
export function emptyArguments() {
    return mkArguments([], [], null, [], [], null, []);
}
/** Sets the node's position to span tokens `a`..`b` (inclusive) and returns it. */
export function spanToks(node, a, b) {
    node.lineno = a.startLine;
    node.col_offset = a.startColumn;
    node.end_lineno = b.endLine;
    node.end_col_offset = b.endColumn;
    return node;
}
/**
 * Validates a parameter list like CPython's parser does and builds the `arguments` node.
 * `lambda` selects the lambda flavour of the error positions. Messages are CPython 3.11's.
 */
export function buildArguments(items, sink, lambda) {
    const posonly = [], args = [], kwonly = [];
    const defaults = [], kwDefaults = [];
    let vararg = null, kwarg = null;
    let state = 0; // 0: positional, 1: after `*`, 2: after `**`
    let seenSlash = false, seenDefault = false;
    for (let i = 0; i < items.length; i++) {
        const it = items[i];
        if (state === 2)
            sink.errorAtTok(it.tok, 'arguments cannot follow var-keyword argument');
        switch (it.kind) {
            case 0:
                if (state === 0) {
                    if (it.dflt !== null) {
                        seenDefault = true;
                        defaults.push(it.dflt);
                    }
                    else if (seenDefault)
                        sink.errorAtTok(it.tok, 'non-default argument follows default argument');
                    args.push(it.arg);
                }
                else {
                    kwonly.push(it.arg);
                    kwDefaults.push(it.dflt);
                }
                break;
            case 1:
                if (state === 1)
                    sink.errorAtTok(it.tok, '/ must be ahead of *');
                if (seenSlash)
                    sink.errorAtTok(it.tok, '/ may appear only once');
                if (args.length === 0) {
                    if (i + 1 < items.length)
                        sink.errorAtTok(it.tok, 'at least one argument must precede /');
                    sink.errorAtTok(it.tok, 'invalid syntax');
                }
                seenSlash = true;
                for (const a of args)
                    posonly.push(a);
                args.length = 0;
                break;
            case 2:
                if (state === 1)
                    sink.errorAtTok(it.tok, '* argument may appear only once');
                if (it.eq !== null)
                    sink.errorAtTok(it.eq, 'var-positional argument cannot have default value');
                if (it.arg === null) {
                    const nxt = items[i + 1];
                    if (nxt === undefined || nxt.kind === 3) {
                        if (!lambda)
                            sink.errorAtTok(it.tok, 'named arguments must follow bare *');
                        sink.errorAtTok(it.afterComma ?? it.next, 'named arguments must follow bare *');
                    }
                }
                vararg = it.arg;
                state = 1;
                break;
            case 3:
                if (it.eq !== null)
                    sink.errorAtTok(it.eq, 'var-keyword argument cannot have default value');
                kwarg = it.arg;
                state = 2;
                break;
        }
    }
    return mkArguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
}
//# sourceMappingURL=nodes.js.map