// The data the symbol-table pass produces: one Scope per code block, one SymbolEntry per name used in
// it. Flag values and scope numbers are CPython 3.11's (Include/internal/pycore_symtable.h), so
// the two backends can reason about them exactly as CPython's compiler does.
// ---- Symbol flags (what the block does with the name) --------------------------------------------
/** `global NAME` in this block (or a walrus target re-routed to the module). */
export const DEF_GLOBAL = 1;
/** Bound in this block: assignment/for/with/except target, def, class, del, match capture. */
export const DEF_LOCAL = 2;
/** A parameter of this function (also the implicit `.0` of a comprehension). */
export const DEF_PARAM = 4;
/** `nonlocal NAME` in this block (or a walrus target re-routed to an enclosing function). */
export const DEF_NONLOCAL = 8;
/** Read in this block (a Name in Load context; `super` also marks `__class__`). */
export const USE = 16;
/** Free in this block (unused by 3.11's pass; kept for completeness). */
export const DEF_FREE = 32;
/** A class-level binding that a nested function also uses as free (compiler: LOAD_CLASSDEREF). */
export const DEF_FREE_CLASS = 64;
/** Bound by an import. */
export const DEF_IMPORT = 128;
/** The target of a simple annotated assignment `x: T` (with or without a value). */
export const DEF_ANNOT = 256;
/** An iteration variable of a comprehension (for the walrus rebinding checks). */
export const DEF_COMP_ITER = 512;
/** Any flag that binds the name in this block. */
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
// ---- Final scopes (how the name is resolved) ------------------------------------------------
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;
export const SCOPE_NAMES = {
    [LOCAL]: 'local',
    [GLOBAL_EXPLICIT]: 'global_explicit',
    [GLOBAL_IMPLICIT]: 'global_implicit',
    [FREE]: 'free',
    [CELL]: 'cell',
};
export class SymbolEntry {
    constructor(
    /** The (mangled) name, as stored in the code object. */
    name, 
    /** Bitwise OR of the DEF_* / USE flags. */
    flags) {
        this.name = name;
        this.flags = flags;
        /** 0 until the analysis pass has run (never 0 afterwards). */
        this.scope = 0;
    }
    isParameter() { return (this.flags & DEF_PARAM) !== 0; }
    isAssigned() { return (this.flags & DEF_LOCAL) !== 0; }
    isReferenced() { return (this.flags & USE) !== 0; }
    isImported() { return (this.flags & DEF_IMPORT) !== 0; }
    isNonlocal() { return (this.flags & DEF_NONLOCAL) !== 0; }
    isAnnotated() { return (this.flags & DEF_ANNOT) !== 0; }
    isDeclaredGlobal() { return this.scope === GLOBAL_EXPLICIT; }
    isGlobal() { return this.scope === GLOBAL_EXPLICIT || this.scope === GLOBAL_IMPLICIT; }
    isLocal() { return this.scope === LOCAL || this.scope === CELL; }
    isFree() { return this.scope === FREE; }
    isCell() { return this.scope === CELL; }
    /** A class-body binding that nested functions also see as free (class code gets it in co_freevars). */
    isFreeClass() { return (this.flags & DEF_FREE_CLASS) !== 0; }
}
/** The whole result of the pass: the module's scope and the scope of every block-creating node. */
export class SymbolTable {
    constructor(filename, top, 
    /** Every non-module block's node (FunctionDef, AsyncFunctionDef, ClassDef, Lambda, ListComp, SetComp,
     *  DictComp, GeneratorExp) and the mod node, to its Scope. */
    byNode, 
    /** OR of the CO_FUTURE_* bits in effect (from `from __future__ import` plus the flags passed in). */
    futureFlags, 
    /** Line of the last `from __future__` statement, 0 if none. */
    futureLineno) {
        this.filename = filename;
        this.top = top;
        this.byNode = byNode;
        this.futureFlags = futureFlags;
        this.futureLineno = futureLineno;
    }
    /** The scope NODE creates; throws if NODE does not create one. */
    scopeOf(node) {
        const s = this.byNode.get(node);
        if (!s)
            throw new Error(`symtable: no scope for ${node._type} node`);
        return s;
    }
}
export class Scope {
    constructor(type, 
    /** 'top' for the module, the def/class name, 'lambda', 'listcomp', 'setcomp', 'dictcomp', 'genexpr'. */
    name, node, parent, lineno, colOffset, 
    /** The class name used for private-name mangling inside this block (null outside classes). */
    privateName, 
    /** True for CPython's AnnotationBlock (annotations under `from __future__ import annotations`): discarded. */
    isAnnotationBlock = false) {
        this.type = type;
        this.name = name;
        this.node = node;
        this.parent = parent;
        this.privateName = privateName;
        this.isAnnotationBlock = isAnnotationBlock;
        /** Symbols in CPython's insertion order (the order names were first met, then pass-through frees). */
        this.symbols = new Map();
        /** Parameters in CPython's order: posonly, args, kwonly, *vararg, **kwarg (comprehensions: `.0`). */
        this.varnames = [];
        this.children = [];
        /** Nested inside a function (directly or not). */
        this.isNested = false;
        /** This block has free variables (or, being nested, reads an implicit global: CPython's ste_free). */
        this.hasFree = false;
        /** Some descendant has free variables. */
        this.childHasFree = false;
        /** `yield`/`yield from` inside, or a generator expression. */
        this.isGenerator = false;
        /** `async def`, `await`, `async for/with`, or an asynchronous comprehension. */
        this.isCoroutine = false;
        /** Non-null for the scopes of comprehensions and generator expressions. */
        this.comprehension = null;
        /** Class body whose methods use `__class__`/`super`: the class code must create the `__class__` cell. */
        this.needsClassClosure = false;
        /** Function has `*args` / `**kwargs`. */
        this.hasVarargs = false;
        this.hasVarkeywords = false;
        /** A `return` with a value appears. */
        this.returnsValue = false;
        // Bookkeeping used while building (CPython's ste_comp_iter_target / ste_comp_iter_expr).
        /** @internal */ this.compIterTarget = false;
        /** @internal */ this.compIterExpr = 0;
        /** @internal global/nonlocal directives: name -> position of the first one (for errors). */
        this.directives = new Map();
        this.lineno = lineno;
        this.colOffset = colOffset;
        if (parent && (parent.isNested || parent.type === 'function'))
            this.isNested = true;
    }
    /** The symbol for NAME (pass the source name; it is mangled as this block requires). */
    lookup(name) {
        return this.symbols.get(mangle(this.privateName, name));
    }
    /** The final scope of NAME in this block, 0 if the block never mentions it. */
    scopeOf(name) {
        return this.lookup(name)?.scope ?? 0;
    }
    /** CPython 3.11's co_cellvars order: parameters that are cells (in parameter order), then the
     *  other cells sorted, then (a class needing it) the implicit `__class__`. */
    cellvars() {
        const params = [];
        const others = [];
        const isParam = new Set(this.varnames);
        for (const s of this.symbols.values()) {
            if (s.scope === CELL && !isParam.has(s.name))
                others.push(s.name);
        }
        for (const v of this.varnames)
            if (this.symbols.get(v)?.scope === CELL)
                params.push(v);
        others.sort(compareCodePoints);
        const out = params.concat(others);
        if (this.needsClassClosure)
            out.push('__class__');
        return out;
    }
    /** Free names, sorted: CPython's co_freevars (in a class, class-level names free in methods too). */
    freevars() {
        const out = [];
        for (const s of this.symbols.values()) {
            if (s.scope === FREE || (s.flags & DEF_FREE_CLASS) !== 0)
                out.push(s.name);
        }
        return out.sort(compareCodePoints);
    }
}
/** Private-name mangling (`__x` in class `C` becomes `_C__x`), exactly CPython's _Py_Mangle. */
export function mangle(privateName, name) {
    if (privateName === null || name.length < 2 || name.charCodeAt(0) !== 95 || name.charCodeAt(1) !== 95)
        return name;
    const n = name.length;
    if ((name.charCodeAt(n - 1) === 95 && name.charCodeAt(n - 2) === 95) || name.includes('.'))
        return name;
    let i = 0;
    while (i < privateName.length && privateName.charCodeAt(i) === 95)
        i++;
    if (i === privateName.length)
        return name;
    return '_' + privateName.slice(i) + name;
}
/** Python's str ordering (by code point), for sorting names. */
export function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y) {
            // Surrogates (astral characters) sort after every BMP character in code point order.
            const xs = x >= 0xd800 && x <= 0xdfff;
            const ys = y >= 0xd800 && y <= 0xdfff;
            if (xs !== ys)
                return xs ? 1 : -1;
            return x - y;
        }
    }
    return a.length - b.length;
}
//# sourceMappingURL=scope.js.map