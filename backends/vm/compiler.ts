// The compiler's core: one Unit per code object being built (instructions, labels, constants,
// name tables, the stack of enclosing control blocks), the name-operation choice from the
// shared symbol table (CPython 3.11's compiler_nameop), and compile errors.
// Statements: compile-stmt.ts; expressions: compile-expr.ts; match patterns:
// compile-patterns.ts; from instructions to a code object: assemble.ts.

import type { SourcePos } from '../../src/objects/exception.js';
import type { mod, stmt, expr, Node } from '../../src/ast/nodes.js';
import type { Constant_ } from '../../src/ast/constant.js';
import { ELLIPSIS, PyBytesConst, PyComplexConst } from '../../src/ast/constant.js';
import { PyObj, type PyObject } from '../../src/objects/object.js';
import { PyFloat } from '../../src/objects/float.js';
import { PyBytes } from '../../src/objects/bytes.js';
import { PyComplex } from '../../src/objects/complex.js';
import { T } from '../../src/objects/types.js';
import { PyTuple, EMPTY_TUPLE } from '../../src/objects/tuple.js';
import { None } from '../../src/objects/singletons.js';
import { PySyntaxError } from '../../grammar/errors.js';
import type { Scope, SymbolTable } from '../../src/symtable/index.js';
import { buildSymtable, programTextGetter, mangle, LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, CO_FUTURE_ANNOTATIONS } from '../../src/symtable/index.js';
import type { Backend, CompileMode } from '../../src/runtime/backend.js';
import { Op, OPS } from './opcodes.js';
import { VMCode, type BlockKind } from './code.js';
import { assemble } from './assemble.js';
import { compileBody, compileStmts } from './compile-stmt.js';
import { compileExpr } from './compile-expr.js';
import { convertConst } from '../../src/runtime/const-fold.js';

export class Label {
  /** Instruction index the label marks (-1 until placed). */
  pos = -1;
}

export interface Instr {
  op: Op;
  arg: number;
  target: Label | null;
  line: number;
  /** Source span for traceback markers (CPython's co_positions), or null. */
  pos: SourcePos | null;
}

/** Control blocks (CPython's fblocktype): what break/continue/return must unwind. */
export const enum FB {
  WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
  POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR,
}

export interface FBlock {
  type: FB;
  block: Label | null;
  exit: Label | null;
  /** FINALLY_TRY: the finally body; WITH: the statement; HANDLER_CLEANUP: the bound name. */
  datum: unknown;
}

/** What kind of code a unit compiles (CPython's COMPILER_SCOPE_*): await/yield legality. */
export type ScopeType = 'module' | 'class' | 'function' | 'async_function' | 'lambda' | 'comprehension';

const CODE_KEY_PREFIX = 'code:';
const nodeIds = new WeakMap<Node, number>();
let nodeSerial = 0;
let constSerial = 0;

export class Unit {
  readonly instrs: Instr[] = [];
  readonly consts: PyObject[] = [];
  private readonly constKeys = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIdx = new Map<string, number>();
  readonly varnames: string[] = [];
  private readonly varIdx = new Map<string, number>();
  readonly cellvars: string[];
  readonly freevars: string[];
  private readonly derefIdx = new Map<string, number>();
  readonly fblocks: FBlock[] = [];
  line: number;
  /** Source span of the node being compiled (Instr.pos). */
  pos: SourcePos | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  hasDocstring = false;
  /** The first statement of the module, class or function body (const-fold.ts constantStatement). */
  firstOfBody: unknown = null;
  node: Node | null = null;
  /** __class__ mangling name (CPython's u_private). */
  privateName: string | null;

  constructor(
    readonly scope: Scope,
    readonly kind: BlockKind,
    readonly scopeType: ScopeType,
    readonly name: string,
    readonly qualname: string,
    readonly firstlineno: number,
    /** Constant objects by key, shared by all the units of one compilation. */
    private readonly shared: Map<string, PyObject>,
  ) {
    this.line = firstlineno;
    this.privateName = scope.privateName;
    for (const v of scope.varnames) this.addVarname(v);
    this.cellvars = scope.cellvars();
    this.freevars = scope.freevars();
    this.cellvars.forEach((n, i) => this.derefIdx.set(n, i));
    this.freevars.forEach((n, i) => this.derefIdx.set(n, this.cellvars.length + i));
  }

  addVarname(name: string): number {
    let i = this.varIdx.get(name);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(name);
      this.varIdx.set(name, i);
    }
    return i;
  }

  addName(name: string): number {
    let i = this.nameIdx.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIdx.set(name, i);
    }
    return i;
  }

  /** Index of a cell or free variable among cellvars + freevars (fixed to a slot by assemble). */
  derefIndex(name: string): number {
    const i = this.derefIdx.get(name);
    if (i === undefined) throw new Error(`vm compiler: ${name} is not a cell or free variable of ${this.qualname}`);
    return i;
  }

  /**
   * The index LOAD_CLOSURE takes for `name`: in a class body, `__class__` is always the class's
   * own implicit cell, even when the body also declares `nonlocal __class__` (then the name is
   * both a cell and a free variable; CPython's get_ref_type).
   */
  closureIndex(name: string): number {
    if (name === '__class__' && this.scope.type === 'class') {
      const i = this.cellvars.indexOf(name);
      if (i >= 0) return i;
    }
    return this.derefIndex(name);
  }

  hasDeref(name: string): boolean {
    return this.derefIdx.has(name);
  }

  /**
   * Adds a constant (equal constants of the same type are shared, as in CPython): within the
   * unit by index, and across the compiled source's code objects by object (`shared`), so
   * `def f(): return (1, 2)` and `def g(): return (1, 2)` return the same tuple; `()` is
   * the empty-tuple singleton.
   */
  /** A new constant tuple's items become the compilation's shared objects (in place: it is not published yet). */
  private shareItems(t: PyTuple): void {
    const items = t.items;
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (!(x instanceof PyObj)) continue;
      const k = constKey(x);
      if (k === null) continue;
      const canon = this.shared.get(k);
      if (canon !== undefined) items[i] = canon;
      else {
        if (x instanceof PyTuple) this.shareItems(x);
        this.shared.set(k, x);
      }
    }
  }

  addConst(v: PyObject, key: string | null = constKey(v)): number {
    if (key !== null) {
      const i = this.constKeys.get(key);
      if (i !== undefined) return i;
      if (v instanceof PyObj) {
        if (v instanceof PyTuple && v.items.length === 0) v = EMPTY_TUPLE;
        const canon = this.shared.get(key);
        if (canon !== undefined) v = canon;
        else {
          if (v instanceof PyTuple) this.shareItems(v);
          this.shared.set(key, v);
        }
      }
    }
    const i = this.consts.length;
    this.consts.push(v);
    if (key !== null) this.constKeys.set(key, i);
    return i;
  }
}

/** The dedup key of a constant: type and value (1, 1.0, True and -0.0 stay distinct). */
export function constKey(v: PyObject): string | null {
  switch (typeof v) {
    case 'number': return 'i' + v;
    case 'bigint': return 'I' + v;
    case 'boolean': return v ? 'T' : 'F';
    case 'string': return 's' + v;
  }
  if (v === None) return 'N';
  if (v instanceof PyFloat) return Object.is(v.value, -0) ? 'f-0' : 'f' + v.value;
  if (v instanceof PyBytes && v.cls === T.bytes) return 'b' + v.data.join(',');
  if (v instanceof PyComplex && v.cls === T.complex) return `c${Object.is(v.re, -0) ? '-0' : v.re},${Object.is(v.im, -0) ? '-0' : v.im}`;
  if (v instanceof PyTuple) {
    let k = '(';
    for (const x of v.items) {
      const xk = constKey(x);
      if (xk === null) return null;
      k += xk.length + ':' + xk;
    }
    return k + ')';
  }
  const rk = (v as { constKey?: string }).constKey;
  if (typeof rk === 'string') return rk;
  return 'obj:' + ++constSerial; // never equal to a code key (CODE_KEY_PREFIX + node id)
}

/** The runtime value of an AST constant. */
export function constValue(c: Constant_): PyObject {
  const v = convertConst(c);
  if (c instanceof PyBytesConst) (v as unknown as { constKey: string }).constKey = 'b' + Array.from(c.bytes).join(',');
  else if (c instanceof PyComplexConst) (v as unknown as { constKey: string }).constKey = `c${Object.is(c.real, -0) ? '-0' : c.real},${Object.is(c.imag, -0) ? '-0' : c.imag}`;
  else if (c === ELLIPSIS) (v as unknown as { constKey: string }).constKey = '...';
  return v;
}

export class Compiler {
  unit!: Unit;
  /** Constant objects by key, shared by every unit of this compilation (Unit.addConst). */
  private readonly sharedConsts = new Map<string, PyObject>();
  private readonly stack: Unit[] = [];
  readonly table: SymbolTable;
  readonly futureAnnotations: boolean;
  /** 'single' mode: expression statements at the top level print their value. */
  interactive = false;
  /** SyntaxError.text of the compiler's errors: from the file named filename (program-text.ts). */
  private readonly programText: (lineno: number) => string | null;

  constructor(
    tree: mod,
    readonly backend: Backend,
    readonly filename: string,
    readonly mode: CompileMode,
    futureFlags = 0,
  ) {
    this.table = buildSymtable(tree, filename, { futureFlags }).table;
    this.futureAnnotations = (this.table.futureFlags & CO_FUTURE_ANNOTATIONS) !== 0;
    this.programText = programTextGetter(filename);
  }

  // ---- units ---------------------------------------------------------------------------------

  enterScope(node: Node, kind: BlockKind, scopeType: ScopeType, name: string, firstlineno: number): Unit {
    const scope = this.table.scopeOf(node);
    const qualname = kind === 'module' ? name : this.qualnameFor(name, kind);
    const u = new Unit(scope, kind, scopeType, name, qualname, firstlineno, this.sharedConsts);
    u.node = node;
    if (this.unit !== undefined) this.stack.push(this.unit);
    this.unit = u;
    return u;
  }

  exitScope(): VMCode {
    const u = this.unit;
    const code = assemble(this, u);
    // Compiling one block twice (a finally body on two paths, a while test) gives equal code
    // objects, which CPython merges into one constant: key code constants by their source node.
    let id = nodeIds.get(u.node!);
    if (id === undefined) nodeIds.set(u.node!, (id = ++nodeSerial));
    (code as unknown as { constKey: string }).constKey = CODE_KEY_PREFIX + id;
    this.unit = this.stack.pop()!;
    return code;
  }

  /** CPython's compiler_set_qualname. */
  private qualnameFor(name: string, kind: BlockKind): string {
    const parent = this.unit;
    if (parent === undefined || parent.kind === 'module') return name;
    if (kind === 'function' || kind === 'class') {
      const mangled = mangle(parent.privateName, name);
      if (parent.scope.symbols.get(mangled)?.scope === GLOBAL_EXPLICIT) return name;
    }
    if (parent.kind === 'function' || parent.kind === 'lambda') return `${parent.qualname}.<locals>.${name}`;
    return `${parent.qualname}.${name}`;
  }

  /** Compiles the whole tree into the module's code object. */
  compileModule(tree: mod): VMCode {
    const kindName = '<module>';
    this.enterScope(tree as Node, 'module', 'module', kindName, 1);
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
        this.emit(Op.RETURN_VALUE);
        break;
      default:
        throw new Error(`vm compiler: cannot compile ${tree._type}`);
    }
    return this.exitScope();
  }

  // ---- emission ------------------------------------------------------------------------------

  emit(op: Op, arg = 0): void {
    this.unit.instrs.push({ op, arg, target: null, line: this.unit.line, pos: this.unit.pos });
  }

  emitJump(op: Op, target: Label): void {
    this.unit.instrs.push({ op, arg: 0, target, line: this.unit.line, pos: this.unit.pos });
  }

  /** Emits with no line (CPython's artificial instructions keep the previous line here). */
  emitNoLine(op: Op, arg = 0): void {
    this.emit(op, arg);
  }

  newLabel(): Label {
    return new Label();
  }

  useLabel(l: Label): void {
    l.pos = this.unit.instrs.length;
  }

  loadConst(v: PyObject): void {
    this.emit(Op.LOAD_CONST, this.unit.addConst(v));
  }

  loadNone(): void {
    this.loadConst(None);
  }

  /** ADDOP_NAME: names are mangled in class bodies (attributes, imports, methods). */
  emitName(op: Op, name: string): void {
    this.emit(op, this.unit.addName(mangle(this.unit.privateName, name)));
  }

  /** The line (and, for a node, the source span) of the instructions emitted next. */
  setLine(n: { lineno: number }): void {
    this.unit.line = n.lineno;
    if ('col_offset' in n) this.unit.pos = n as SourcePos;
  }

  /** The last emitted instruction ends control flow (so a following label starts fresh). */
  lastIsTerminal(): boolean {
    const ins = this.unit.instrs;
    return ins.length > 0 && OPS[ins[ins.length - 1].op].terminal;
  }

  // ---- names (CPython's compiler_nameop) ----------------------------------------------------

  nameOp(name: string, ctx: 'Load' | 'Store' | 'Del', node: { lineno: number; col_offset: number } | null = null): void {
    const u = this.unit;
    if (ctx !== 'Load' && name === '__debug__') this.error(ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', node);
    const mangled = mangle(u.privateName, name);
    const sc = u.scope.symbols.get(mangled)?.scope ?? 0;
    const isFunction = u.scope.type === 'function';
    let family: 'FAST' | 'DEREF' | 'GLOBAL' | 'NAME' = 'NAME';
    if (sc === FREE || sc === CELL) family = 'DEREF';
    else if (sc === LOCAL) family = isFunction ? 'FAST' : 'NAME';
    else if (sc === GLOBAL_IMPLICIT) family = isFunction ? 'GLOBAL' : 'NAME';
    else if (sc === GLOBAL_EXPLICIT) family = 'GLOBAL';
    switch (family) {
      case 'FAST': {
        const i = u.addVarname(mangled);
        this.emit(ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, i);
        return;
      }
      case 'DEREF': {
        const i = u.derefIndex(mangled);
        const op = ctx === 'Load' ? (u.scope.type === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF) : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        this.emit(op, i);
        return;
      }
      case 'GLOBAL': {
        const i = u.addName(mangled);
        if (ctx === 'Load') this.emit(Op.LOAD_GLOBAL, i << 1);
        else this.emit(ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, i);
        return;
      }
      case 'NAME': {
        const i = u.addName(mangled);
        this.emit(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, i);
        return;
      }
    }
  }

  /** Would loading `name` be a LOAD_GLOBAL (so a call can use LOAD_GLOBAL's NULL bit)? */
  isGlobalLoad(name: string): boolean {
    const u = this.unit;
    const sc = u.scope.symbols.get(mangle(u.privateName, name))?.scope ?? 0;
    return sc === GLOBAL_EXPLICIT || (sc === GLOBAL_IMPLICIT && u.scope.type === 'function');
  }

  // ---- control blocks --------------------------------------------------------------------------

  pushFBlock(type: FB, block: Label | null, exit: Label | null, datum: unknown = null): void {
    if (this.unit.fblocks.length >= 20) this.error('too many statically nested blocks', null);
    this.unit.fblocks.push({ type, block, exit, datum });
  }

  popFBlock(): void {
    this.unit.fblocks.pop();
  }

  // ---- errors --------------------------------------------------------------------------------

  error(msg: string, node: { lineno: number; col_offset: number; end_lineno?: number; end_col_offset?: number } | null): never {
    const lineno = node?.lineno ?? this.unit?.line ?? 1;
    const text = this.programText(lineno);
    const offset = node ? node.col_offset + 1 : 0;
    const endLineno = node?.end_lineno ?? null;
    const endOffset = node?.end_col_offset !== undefined ? node.end_col_offset + 1 : null;
    throw new PySyntaxError('SyntaxError', msg, this.filename, lineno, offset, text, endLineno, endOffset);
  }
}

/** Compiles a module / expression / interactive tree to a VM code object. */
export function compileTree(tree: mod, backend: Backend, filename: string, mode: CompileMode, source: string, futureFlags = 0): VMCode {
  // The source is not needed: SyntaxError.text is read from the file (program-text.ts).
  const c = new Compiler(tree, backend, filename, mode, futureFlags);
  return c.compileModule(tree);
}

export type { stmt, expr };
