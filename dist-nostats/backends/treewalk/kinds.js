// Small-int node kinds and operator codes, cached on the AST nodes themselves (`k` and `o`), so
// the evaluator dispatches with a `switch` over small ints instead of comparing `_type` and
// operator strings. A node without `k` (one made at run time, e.g. by generator mode) reaches
// the evaluator's `default` branch, which prepares it and dispatches again.
import { AttrCache } from './attr-cache.js';
const EXPR_KIND = {
    Name: 1 /* X.Name */, Constant: 2 /* X.Constant */, BinOp: 3 /* X.BinOp */, Compare: 4 /* X.Compare */, BoolOp: 5 /* X.BoolOp */,
    UnaryOp: 6 /* X.UnaryOp */, IfExp: 7 /* X.IfExp */, Attribute: 8 /* X.Attribute */, Subscript: 9 /* X.Subscript */, Slice: 10 /* X.Slice */,
    Call: 11 /* X.Call */, Tuple: 12 /* X.Tuple */, List: 13 /* X.List */, Set: 14 /* X.Set */, Dict: 15 /* X.Dict */, JoinedStr: 16 /* X.JoinedStr */,
    FormattedValue: 17 /* X.FormattedValue */, NamedExpr: 18 /* X.NamedExpr */, Lambda: 19 /* X.Lambda */, ListComp: 20 /* X.ListComp */,
    SetComp: 21 /* X.SetComp */, DictComp: 22 /* X.DictComp */, GeneratorExp: 23 /* X.GeneratorExp */, Starred: 24 /* X.Starred */,
    Await: 25 /* X.Await */, Yield: 26 /* X.Yield */, YieldFrom: 27 /* X.YieldFrom */,
};
const STMT_KIND = {
    Expr: 1 /* S.Expr */, Assign: 2 /* S.Assign */, AugAssign: 3 /* S.AugAssign */, AnnAssign: 4 /* S.AnnAssign */, If: 5 /* S.If */,
    While: 6 /* S.While */, For: 7 /* S.For */, Return: 8 /* S.Return */, Pass: 9 /* S.Pass */, Global: 10 /* S.Global */, Nonlocal: 11 /* S.Nonlocal */,
    Break: 12 /* S.Break */, Continue: 13 /* S.Continue */, FunctionDef: 14 /* S.FunctionDef */, ClassDef: 15 /* S.ClassDef */,
    Delete: 16 /* S.Delete */, Raise: 17 /* S.Raise */, Try: 18 /* S.Try */, TryStar: 19 /* S.TryStar */, With: 20 /* S.With */, Assert: 21 /* S.Assert */,
    Import: 22 /* S.Import */, ImportFrom: 23 /* S.ImportFrom */, Match: 24 /* S.Match */, AsyncFunctionDef: 25 /* S.AsyncFunctionDef */,
    AsyncFor: 26 /* S.AsyncFor */, AsyncWith: 27 /* S.AsyncWith */,
};
export const OP_CODE = {
    Add: 1 /* Op.Add */, Sub: 2 /* Op.Sub */, Mult: 3 /* Op.Mult */, MatMult: 4 /* Op.MatMult */, Div: 5 /* Op.Div */, Mod: 6 /* Op.Mod */, Pow: 7 /* Op.Pow */,
    LShift: 8 /* Op.LShift */, RShift: 9 /* Op.RShift */, BitOr: 10 /* Op.BitOr */, BitXor: 11 /* Op.BitXor */, BitAnd: 12 /* Op.BitAnd */,
    FloorDiv: 13 /* Op.FloorDiv */,
};
export const CMP_CODE = {
    Lt: 1 /* Cmp.Lt */, LtE: 2 /* Cmp.LtE */, Eq: 3 /* Cmp.Eq */, NotEq: 4 /* Cmp.NotEq */, Gt: 5 /* Cmp.Gt */, GtE: 6 /* Cmp.GtE */, Is: 7 /* Cmp.Is */,
    IsNot: 8 /* Cmp.IsNot */, In: 9 /* Cmp.In */, NotIn: 10 /* Cmp.NotIn */,
};
/** Caches the kind (and operator codes) on an expression node; returns the kind. */
export function prepareExpr(n) {
    const e = n;
    const k = EXPR_KIND[n._type];
    if (k === undefined)
        throw new Error(`tree-walker: cannot evaluate ${n._type}`);
    if (n._type === 'BinOp')
        e.o = OP_CODE[n.op];
    else if (n._type === 'Compare') {
        e.o = n.ops.length === 1 ? CMP_CODE[n.ops[0]] : 0;
        e.os = n.ops.map((x) => CMP_CODE[x]);
    }
    else if (n._type === 'Attribute') {
        e.ac = new AttrCache();
    }
    else if (n._type === 'Call') {
        // Plain positional calls (no *args, no keywords) take the direct path.
        e.o = n.keywords.length === 0 && n.args.every((a) => a._type !== 'Starred') ? 1 : 0;
    }
    e.k = k;
    return k;
}
/** Caches the kind (and operator code) on a statement node; returns the kind. */
export function prepareStmt(s) {
    const e = s;
    const k = STMT_KIND[s._type];
    if (k === undefined)
        throw new Error(`tree-walker: cannot execute ${s._type}`);
    if (s._type === 'AugAssign')
        e.o = OP_CODE[s.op];
    e.k = k;
    return k;
}
//# sourceMappingURL=kinds.js.map