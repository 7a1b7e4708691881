// Python functions, cells and the code contract shared by the two backends.
//
// One PyFunction type serves both backends: its `code` is backend-specific (the tree-walker's
// wraps an AST body, the VM's is a code object) but exposes CPython's co_* attributes and one
// entry point, `invoke`, so any caller (the other backend, a builtin like sorted(key=...), a
// dunder slot wrapper) calls any function the same way (architecture.md, "Functions").
import { PyObj } from './object.js';
import { T } from './types.js';
import { None } from './singletons.js';
/** A cell: the box a closure variable lives in (LOAD_DEREF / STORE_DEREF). `undefined` = empty. */
export class PyCell extends PyObj {
    constructor(value = undefined) {
        super(T.cell);
        this.value = value;
    }
}
export class PyFunction extends PyObj {
    constructor(code, globals, builtins, qualname, defaults, kwdefaults, closure) {
        super(T.function);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.co_name;
        this.qualname = qualname;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.annotations = None;
        this.doc = None;
        this.module = globals.getStr('__name__') ?? None;
    }
}
/** A function bound to an instance (types.MethodType). */
export class PyMethod extends PyObj {
    constructor(func, self) {
        super(T.method);
        this.func = func;
        this.self = self;
    }
}
//# sourceMappingURL=function.js.map