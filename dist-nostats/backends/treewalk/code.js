// Code objects of the tree-walker: one per block (module, class body, function, lambda,
// comprehension), built from the shared symbol table. A block's AST stays the executable form;
// the code object adds what execution needs: the slot layout of locals, the cell layout
// (cellvars then freevars), and one `Binding` per name saying how it is accessed — exactly the
// opcode family CPython's compiler picks (symtable/index.ts, "HOW BACKENDS USE IT").
import { PyObj } from '../../src/objects/object.js';
import { T } from '../../src/objects/types.js';
import { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, mangle } from '../../src/symtable/index.js';
/** The resolved access of one name in one block (shared by all its uses in the block). */
export class Binding {
    constructor(acc, 
    /** Slot index (FAST) or cell index (DEREF/CLASSDEREF); -1 otherwise. */
    slot, 
    /** The (mangled) name, for *_GLOBAL/*_NAME and for error messages. */
    name, 
    /** For DEREF: true when the cell is one of this block's own cellvars (else a free variable). */
    ownCell) {
        this.acc = acc;
        this.slot = slot;
        this.name = name;
        this.ownCell = ownCell;
        // The global-read cache of *_GLOBAL (and module-level *_NAME) accesses, like the VM's
        // LOAD_GLOBAL_MODULE/BUILTIN: `v1` is the keys-version of the dict searched first (globals,
        // or the module namespace), `v2` is 0 when the name was found there at entry `ci`, else the
        // builtins' keys-version with the entry in the builtins. Keys-versions are unique across all
        // dicts and change whenever a key is added or removed, so a match means the entry is still
        // at `ci` (a rebinding updates the value in place).
        this.v1 = -1;
        this.v2 = -1;
        this.ci = -1;
    }
}
export class TWCode extends PyObj {
    constructor(backend, scope, kind, name, qualname, filename, firstlineno, mode, args) {
        super(T.code);
        this.backend = backend;
        this.scope = scope;
        this.kind = kind;
        this.args = args;
        this.co_argcount = 0;
        this.co_posonlyargcount = 0;
        this.co_kwonlyargcount = 0;
        this.co_flags = 0;
        /** For each cellvar that is also a parameter: [cell index, slot index]. */
        this.paramCells = [];
        /** For a nested block: the indices in the PARENT frame's cells of this block's freevars. */
        this.closureIndices = [];
        /** Function/lambda body (a lambda's is one Return), class/module body. */
        this.body = [];
        /** Comprehension element(s) and generators, when kind === 'comprehension'. */
        this.bindings = new Map();
        this.slotOf = new Map();
        this.cellOf = new Map();
        /** A plain function (no *args, **kwargs, keyword-only parameters, not a generator): see enterDirect. */
        this.direct = false;
        this.invoke = () => {
            throw new Error('code not callable');
        };
        /** A module ('exec') body's docstring and the binding it is stored under (__doc__), or null. */
        this.moduleDoc = null;
        /** Body of a lambda: its single expression. */
        this.lambdaBody = null;
        /** co_names: global/name-accessed, attribute and imported names, in the order the resolver meets them. */
        this.co_names = [];
        this.mode = mode;
        this.co_name = name;
        this.co_qualname = qualname;
        this.co_filename = filename;
        this.co_firstlineno = firstlineno;
        const isFunction = kind === 'function' || kind === 'lambda' || kind === 'comprehension';
        const varnames = [];
        if (isFunction) {
            for (const v of scope.varnames)
                varnames.push(v);
            for (const s of scope.symbols.values()) {
                if (s.scope === LOCAL && !varnames.includes(s.name))
                    varnames.push(s.name);
            }
        }
        this.co_varnames = varnames;
        varnames.forEach((v, i) => this.slotOf.set(v, i));
        this.nlocals = varnames.length;
        this.co_cellvars = scope.cellvars();
        this.co_freevars = scope.freevars();
        this.noCells = this.co_cellvars.length === 0 && this.co_freevars.length === 0;
        this.co_cellvars.forEach((c, i) => this.cellOf.set(c, i));
        this.co_freevars.forEach((c, i) => this.cellOf.set(c, this.co_cellvars.length + i));
        for (let i = 0; i < this.co_cellvars.length; i++) {
            const p = this.slotOf.get(this.co_cellvars[i]);
            if (p !== undefined && p < scope.varnames.length)
                this.paramCells.push([i, p]);
        }
        this.isGenerator = scope.isGenerator;
        this.isCoroutine = scope.isCoroutine;
        if (isFunction) {
            this.co_flags |= 1 /* CoFlags.OPTIMIZED */ | 2 /* CoFlags.NEWLOCALS */;
            if (scope.hasVarargs)
                this.co_flags |= 4 /* CoFlags.VARARGS */;
            if (scope.hasVarkeywords)
                this.co_flags |= 8 /* CoFlags.VARKEYWORDS */;
            if (scope.isNested)
                this.co_flags |= 16 /* CoFlags.NESTED */;
            if (this.isGenerator && this.isCoroutine)
                this.co_flags |= 512 /* CoFlags.ASYNC_GENERATOR */;
            else if (this.isGenerator)
                this.co_flags |= 32 /* CoFlags.GENERATOR */;
            else if (this.isCoroutine)
                this.co_flags |= 128 /* CoFlags.COROUTINE */;
        }
        if (this.co_freevars.length === 0 && this.co_cellvars.length === 0)
            this.co_flags |= 64 /* CoFlags.NOFREE */;
        if (args !== null) {
            this.co_posonlyargcount = args.posonlyargs.length;
            this.co_argcount = args.posonlyargs.length + args.args.length;
            this.co_kwonlyargcount = args.kwonlyargs.length;
        }
        else if (kind === 'comprehension') {
            this.co_argcount = 1;
        }
    }
    get filename() {
        return this.co_filename;
    }
    /** The access for NAME in this block (CPython's compiler_nameop). */
    binding(name) {
        const mangled = mangle(this.scope.privateName, name);
        let b = this.bindings.get(mangled);
        if (b !== undefined)
            return b;
        const sc = this.scope.symbols.get(mangled)?.scope ?? 0;
        const kind = this.kind;
        if (kind === 'function' || kind === 'lambda' || kind === 'comprehension') {
            if (sc === LOCAL)
                b = new Binding(0 /* Acc.FAST */, this.slotOf.get(mangled), mangled, false);
            else if (sc === CELL || sc === FREE)
                b = this.derefBinding(mangled, 1 /* Acc.DEREF */);
            else if (sc === GLOBAL_EXPLICIT || sc === GLOBAL_IMPLICIT)
                b = new Binding(3 /* Acc.GLOBAL */, -1, mangled, false);
            else
                b = new Binding(4 /* Acc.NAME */, -1, mangled, false);
        }
        else if (kind === 'class') {
            if (sc === FREE)
                b = this.derefBinding(mangled, 2 /* Acc.CLASSDEREF */);
            else if (sc === GLOBAL_EXPLICIT)
                b = new Binding(3 /* Acc.GLOBAL */, -1, mangled, false);
            else
                b = new Binding(4 /* Acc.NAME */, -1, mangled, false);
        }
        else {
            b = new Binding(sc === GLOBAL_EXPLICIT ? 3 /* Acc.GLOBAL */ : 4 /* Acc.NAME */, -1, mangled, false);
        }
        this.bindings.set(mangled, b);
        return b;
    }
    derefBinding(name, acc) {
        const i = this.cellOf.get(name);
        if (i === undefined)
            throw new Error(`tree-walker: no cell for ${name} in ${this.co_qualname}`);
        return new Binding(acc, i, name, i < this.co_cellvars.length);
    }
    noteName(name) {
        if (!this.co_names.includes(name))
            this.co_names.push(name);
    }
    /** Records a *_GLOBAL/*_NAME binding's name in co_names; returns the binding. */
    useName(b) {
        if (b.acc === 3 /* Acc.GLOBAL */ || b.acc === 4 /* Acc.NAME */)
            this.noteName(b.name);
        return b;
    }
}
/** The docstring of a def/class/module body: its first statement when that is a str constant. */
export function docstringOf(body) {
    const first = body[0];
    if (first !== undefined && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') {
        return first.value.value;
    }
    return null;
}
//# sourceMappingURL=code.js.map