// The compiler's core: one Unit per code object being built (instructions, labels, constants,
// name tables, the stack of enclosing control blocks), the name-operation choice from the
// shared symbol table (CPython 3.11's compiler_nameop), and compile errors.
// Statements: compile-stmt.ts; expressions: compile-expr.ts; match patterns:
// compile-patterns.ts; from instructions to a code object: assemble.ts.
import { ELLIPSIS, PyBytesConst, PyComplexConst } from '../../src/ast/constant.js';
import { PyFloat } from '../../src/objects/float.js';
import { PyTuple } from '../../src/objects/tuple.js';
import { None } from '../../src/objects/singletons.js';
import { PySyntaxError } from '../../grammar/errors.js';
import { buildSymtable, mangle, LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, CO_FUTURE_ANNOTATIONS } from '../../src/symtable/index.js';
import { OPS } from './opcodes.js';
import { assemble } from './assemble.js';
import { compileBody, compileStmts } from './compile-stmt.js';
import { compileExpr } from './compile-expr.js';
import { convertConstant } from '../treewalk/eval.js';
export class Label {
    constructor() {
        /** Instruction index the label marks (-1 until placed). */
        this.pos = -1;
    }
}
const CODE_KEY_PREFIX = 'code:';
const nodeIds = new WeakMap();
let nodeSerial = 0;
let constSerial = 0;
export class Unit {
    constructor(scope, kind, scopeType, name, qualname, firstlineno) {
        this.scope = scope;
        this.kind = kind;
        this.scopeType = scopeType;
        this.name = name;
        this.qualname = qualname;
        this.firstlineno = firstlineno;
        this.instrs = [];
        this.consts = [];
        this.constKeys = new Map();
        this.names = [];
        this.nameIdx = new Map();
        this.varnames = [];
        this.varIdx = new Map();
        this.derefIdx = new Map();
        this.fblocks = [];
        this.argcount = 0;
        this.posonlyargcount = 0;
        this.kwonlyargcount = 0;
        this.hasDocstring = false;
        this.node = null;
        this.line = firstlineno;
        this.privateName = scope.privateName;
        for (const v of scope.varnames)
            this.addVarname(v);
        this.cellvars = scope.cellvars();
        this.freevars = scope.freevars();
        this.cellvars.forEach((n, i) => this.derefIdx.set(n, i));
        this.freevars.forEach((n, i) => this.derefIdx.set(n, this.cellvars.length + i));
    }
    addVarname(name) {
        let i = this.varIdx.get(name);
        if (i === undefined) {
            i = this.varnames.length;
            this.varnames.push(name);
            this.varIdx.set(name, i);
        }
        return i;
    }
    addName(name) {
        let i = this.nameIdx.get(name);
        if (i === undefined) {
            i = this.names.length;
            this.names.push(name);
            this.nameIdx.set(name, i);
        }
        return i;
    }
    /** Index of a cell or free variable among cellvars + freevars (fixed to a slot by assemble). */
    derefIndex(name) {
        const i = this.derefIdx.get(name);
        if (i === undefined)
            throw new Error(`vm compiler: ${name} is not a cell or free variable of ${this.qualname}`);
        return i;
    }
    hasDeref(name) {
        return this.derefIdx.has(name);
    }
    /** Adds a constant (equal constants of the same type are shared, as in CPython). */
    addConst(v, key = constKey(v)) {
        if (key !== null) {
            const i = this.constKeys.get(key);
            if (i !== undefined)
                return i;
        }
        const i = this.consts.length;
        this.consts.push(v);
        if (key !== null)
            this.constKeys.set(key, i);
        return i;
    }
}
/** The dedup key of a constant: type and value (1, 1.0, True and -0.0 stay distinct). */
export function constKey(v) {
    switch (typeof v) {
        case 'number': return 'i' + v;
        case 'bigint': return 'I' + v;
        case 'boolean': return v ? 'T' : 'F';
        case 'string': return 's' + v;
    }
    if (v === None)
        return 'N';
    if (v instanceof PyFloat)
        return Object.is(v.value, -0) ? 'f-0' : 'f' + v.value;
    if (v instanceof PyTuple) {
        let k = '(';
        for (const x of v.items) {
            const xk = constKey(x);
            if (xk === null)
                return null;
            k += xk.length + ':' + xk;
        }
        return k + ')';
    }
    const rk = v.constKey;
    if (typeof rk === 'string')
        return rk;
    return 'obj:' + ++constSerial; // never equal to a code key (CODE_KEY_PREFIX + node id)
}
/** The runtime value of an AST constant. */
export function constValue(c) {
    const v = convertConstant(c);
    if (c instanceof PyBytesConst)
        v.constKey = 'b' + Array.from(c.bytes).join(',');
    else if (c instanceof PyComplexConst)
        v.constKey = `c${Object.is(c.real, -0) ? '-0' : c.real},${Object.is(c.imag, -0) ? '-0' : c.imag}`;
    else if (c === ELLIPSIS)
        v.constKey = '...';
    return v;
}
export class Compiler {
    constructor(tree, backend, filename, mode, source, futureFlags = 0) {
        this.backend = backend;
        this.filename = filename;
        this.mode = mode;
        this.stack = [];
        /** 'single' mode: expression statements at the top level print their value. */
        this.interactive = false;
        this.table = buildSymtable(tree, filename, { source, futureFlags }).table;
        this.futureAnnotations = (this.table.futureFlags & CO_FUTURE_ANNOTATIONS) !== 0;
        this.sourceLines = source === '' ? null : source.split(/(?<=\r\n|\n|\r)/);
    }
    // ---- units ---------------------------------------------------------------------------------
    enterScope(node, kind, scopeType, name, firstlineno) {
        const scope = this.table.scopeOf(node);
        const qualname = kind === 'module' ? name : this.qualnameFor(name, kind);
        const u = new Unit(scope, kind, scopeType, name, qualname, firstlineno);
        u.node = node;
        if (this.unit !== undefined)
            this.stack.push(this.unit);
        this.unit = u;
        return u;
    }
    exitScope() {
        const u = this.unit;
        const code = assemble(this, u);
        // Compiling one block twice (a finally body on two paths, a while test) gives equal code
        // objects, which CPython merges into one constant: key code constants by their source node.
        let id = nodeIds.get(u.node);
        if (id === undefined)
            nodeIds.set(u.node, (id = ++nodeSerial));
        code.constKey = CODE_KEY_PREFIX + id;
        this.unit = this.stack.pop();
        return code;
    }
    /** CPython's compiler_set_qualname. */
    qualnameFor(name, kind) {
        const parent = this.unit;
        if (parent === undefined || parent.kind === 'module')
            return name;
        if (kind === 'function' || kind === 'class') {
            const mangled = mangle(parent.privateName, name);
            if (parent.scope.symbols.get(mangled)?.scope === GLOBAL_EXPLICIT)
                return name;
        }
        if (parent.kind === 'function' || parent.kind === 'lambda')
            return `${parent.qualname}.<locals>.${name}`;
        return `${parent.qualname}.${name}`;
    }
    /** Compiles the whole tree into the module's code object. */
    compileModule(tree) {
        const kindName = '<module>';
        this.enterScope(tree, 'module', 'module', kindName, 1);
        switch (tree._type) {
            case 'Module':
                compileBody(this, tree.body, true);
                break;
            case 'Interactive':
                this.interactive = true;
                compileStmts(this, tree.body);
                break;
            case 'Expression':
                compileExpr(this, tree.body);
                this.emit(7 /* Op.RETURN_VALUE */);
                break;
            default:
                throw new Error(`vm compiler: cannot compile ${tree._type}`);
        }
        return this.exitScope();
    }
    // ---- emission ------------------------------------------------------------------------------
    emit(op, arg = 0) {
        this.unit.instrs.push({ op, arg, target: null, line: this.unit.line });
    }
    emitJump(op, target) {
        this.unit.instrs.push({ op, arg: 0, target, line: this.unit.line });
    }
    /** Emits with no line (CPython's artificial instructions keep the previous line here). */
    emitNoLine(op, arg = 0) {
        this.emit(op, arg);
    }
    newLabel() {
        return new Label();
    }
    useLabel(l) {
        l.pos = this.unit.instrs.length;
    }
    loadConst(v) {
        this.emit(6 /* Op.LOAD_CONST */, this.unit.addConst(v));
    }
    loadNone() {
        this.loadConst(None);
    }
    /** ADDOP_NAME: names are mangled in class bodies (attributes, imports, methods). */
    emitName(op, name) {
        this.emit(op, this.unit.addName(mangle(this.unit.privateName, name)));
    }
    setLine(n) {
        this.unit.line = n.lineno;
    }
    /** The last emitted instruction ends control flow (so a following label starts fresh). */
    lastIsTerminal() {
        const ins = this.unit.instrs;
        return ins.length > 0 && OPS[ins[ins.length - 1].op].terminal;
    }
    // ---- names (CPython's compiler_nameop) ----------------------------------------------------
    nameOp(name, ctx, node = null) {
        const u = this.unit;
        if (ctx !== 'Load' && name === '__debug__')
            this.error(ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', node);
        const mangled = mangle(u.privateName, name);
        const sc = u.scope.symbols.get(mangled)?.scope ?? 0;
        const isFunction = u.scope.type === 'function';
        let family = 'NAME';
        if (sc === FREE || sc === CELL)
            family = 'DEREF';
        else if (sc === LOCAL)
            family = isFunction ? 'FAST' : 'NAME';
        else if (sc === GLOBAL_IMPLICIT)
            family = isFunction ? 'GLOBAL' : 'NAME';
        else if (sc === GLOBAL_EXPLICIT)
            family = 'GLOBAL';
        switch (family) {
            case 'FAST': {
                const i = u.addVarname(mangled);
                this.emit(ctx === 'Load' ? 22 /* Op.LOAD_FAST */ : ctx === 'Store' ? 23 /* Op.STORE_FAST */ : 24 /* Op.DELETE_FAST */, i);
                return;
            }
            case 'DEREF': {
                const i = u.derefIndex(mangled);
                const op = ctx === 'Load' ? (u.scope.type === 'class' ? 30 /* Op.LOAD_CLASSDEREF */ : 26 /* Op.LOAD_DEREF */) : ctx === 'Store' ? 27 /* Op.STORE_DEREF */ : 28 /* Op.DELETE_DEREF */;
                this.emit(op, i);
                return;
            }
            case 'GLOBAL': {
                const i = u.addName(mangled);
                if (ctx === 'Load')
                    this.emit(33 /* Op.LOAD_GLOBAL */, i << 1);
                else
                    this.emit(ctx === 'Store' ? 34 /* Op.STORE_GLOBAL */ : 35 /* Op.DELETE_GLOBAL */, i);
                return;
            }
            case 'NAME': {
                const i = u.addName(mangled);
                this.emit(ctx === 'Load' ? 36 /* Op.LOAD_NAME */ : ctx === 'Store' ? 37 /* Op.STORE_NAME */ : 38 /* Op.DELETE_NAME */, i);
                return;
            }
        }
    }
    /** Would loading `name` be a LOAD_GLOBAL (so a call can use LOAD_GLOBAL's NULL bit)? */
    isGlobalLoad(name) {
        const u = this.unit;
        const sc = u.scope.symbols.get(mangle(u.privateName, name))?.scope ?? 0;
        return sc === GLOBAL_EXPLICIT || (sc === GLOBAL_IMPLICIT && u.scope.type === 'function');
    }
    // ---- control blocks --------------------------------------------------------------------------
    pushFBlock(type, block, exit, datum = null) {
        if (this.unit.fblocks.length >= 20)
            this.error('too many statically nested blocks', null);
        this.unit.fblocks.push({ type, block, exit, datum });
    }
    popFBlock() {
        this.unit.fblocks.pop();
    }
    // ---- errors --------------------------------------------------------------------------------
    error(msg, node) {
        const lineno = node?.lineno ?? this.unit?.line ?? 1;
        const text = this.sourceLines !== null && lineno >= 1 && lineno <= this.sourceLines.length ? this.sourceLines[lineno - 1] : null;
        const offset = node ? node.col_offset + 1 : 0;
        const endLineno = node?.end_lineno ?? null;
        const endOffset = node?.end_col_offset !== undefined ? node.end_col_offset + 1 : null;
        throw new PySyntaxError('SyntaxError', msg, this.filename, lineno, offset, text, endLineno, endOffset);
    }
}
/** Compiles a module / expression / interactive tree to a VM code object. */
export function compileTree(tree, backend, filename, mode, source) {
    const c = new Compiler(tree, backend, filename, mode, source);
    return c.compileModule(tree);
}
//# sourceMappingURL=compiler.js.map