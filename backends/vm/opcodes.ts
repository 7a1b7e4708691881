// The instruction set of the bytecode VM: the single table the compiler (stack-depth analysis),
// the VM (dispatch) and the disassembler read.
//
// Instruction format: one Int32 word per instruction,
//
//     31                8 7        0
//     +------------------+---------+
//     |  arg (signed 24) |  opcode |
//     +------------------+---------+
//
// Jump arguments are absolute instruction indexes. `dis` prints byte offsets as CPython does
// (2 bytes per instruction). Names follow CPython 3.11 where an instruction means the same
// thing; the variable families (*_FAST, *_DEREF, LOAD_CLASSDEREF, LOAD_CLOSURE, *_GLOBAL,
// *_NAME) are exactly CPython's (semantics.md §3). Pseudo-instructions (SETUP_*, POP_BLOCK)
// exist only inside the compiler. Specialised forms (after SPECIALISED_BASE) are written over
// their generic instruction at run time (specialize.ts) and never appear in compiler output.
//
// Stack effects: `effect(arg)` is the change in depth when execution falls through,
// `jump(arg)` when a branch is taken (null: the instruction does not branch).

export const enum Op {
  NOP = 1, POP_TOP, PUSH_NULL, COPY, SWAP, LOAD_CONST, RETURN_VALUE,
  UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
  BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP,
  BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, BUILD_SLICE,
  GET_ITER, FOR_ITER,
  LOAD_FAST, STORE_FAST, DELETE_FAST, LOAD_FAST_CHECK,
  LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF, MAKE_CELL, COPY_FREE_VARS,
  LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
  LOAD_NAME, STORE_NAME, DELETE_NAME,
  LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD,
  KW_NAMES, CALL, CALL_FUNCTION_EX, MAKE_FUNCTION,
  BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, BUILD_CONST_KEY_MAP, BUILD_STRING,
  LIST_APPEND, SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, LIST_TO_TUPLE,
  UNPACK_SEQUENCE, UNPACK_EX, FORMAT_VALUE,
  JUMP_FORWARD, JUMP_BACKWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
  JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
  LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, RAISE_VARARGS, RERAISE, PUSH_EXC_INFO, POP_EXCEPT,
  CHECK_EXC_MATCH, CHECK_EG_MATCH, PREP_RERAISE_STAR, WITH_EXCEPT_START, BEFORE_WITH, BEFORE_ASYNC_WITH,
  IMPORT_NAME, IMPORT_FROM, IMPORT_STAR, SETUP_ANNOTATIONS,
  YIELD_VALUE, GET_YIELD_FROM_ITER, SEND, GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR, ASYNC_GEN_WRAP,
  RETURN_GENERATOR, PRINT_EXPR,
  MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, GET_LEN, POP_ITER,
  // Pseudo-instructions (compiler only).
  SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH, POP_BLOCK, JUMP, JUMP_NO_INTERRUPT,
  // Specialised instructions (run time only).
  LOAD_GLOBAL_MODULE, LOAD_GLOBAL_BUILTIN, LOAD_NAME_MODULE, LOAD_NAME_BUILTIN, STORE_NAME_MODULE,
  LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_MODULE, LOAD_ATTR_CLASS, LOAD_ATTR_SLOT_GETSET, LOAD_ATTR_SLOT, LOAD_ATTR_NONDESCRIPTOR, LOAD_ATTR_INSTANCE_POLY,
  LOAD_ATTR_PROPERTY, LOAD_ATTR_BOUND,
  LOAD_METHOD_NO_DICT, LOAD_METHOD_WITH_DICT, LOAD_METHOD_MODULE, LOAD_METHOD_CLASS, LOAD_METHOD_POLY, LOAD_METHOD_WRAPPED,
  STORE_ATTR_INSTANCE_VALUE, STORE_ATTR_SLOT, STORE_ATTR_INSTANCE_POLY, STORE_ATTR_PROPERTY,
  BINARY_OP_ADD_INT, BINARY_OP_SUBTRACT_INT, BINARY_OP_MULTIPLY_INT,
  BINARY_OP_ADD_FLOAT, BINARY_OP_SUBTRACT_FLOAT, BINARY_OP_MULTIPLY_FLOAT, BINARY_OP_TRUEDIV_FLOAT,
  BINARY_OP_ADD_UNICODE, BINARY_OP_INPLACE_ADD_UNICODE, BINARY_OP_INT, BINARY_OP_PY,
  COMPARE_OP_INT, COMPARE_OP_FLOAT, COMPARE_OP_STR, COMPARE_OP_PY,
  BINARY_SUBSCR_LIST_INT, BINARY_SUBSCR_TUPLE_INT, BINARY_SUBSCR_DICT, BINARY_SUBSCR_PY,
  STORE_SUBSCR_LIST_INT, STORE_SUBSCR_DICT, STORE_SUBSCR_PY,
  CALL_PY_EXACT_ARGS, CALL_PY_WITH_DEFAULTS, CALL_BUILTIN, CALL_TYPE_1, CALL_METHOD_DESCRIPTOR, CALL_LIST_APPEND,
  CALL_ALLOC_AND_ENTER_INIT, CALL_BUILTIN_CLASS, CALL_SUPER_METHOD,
  FOR_ITER_LIST, FOR_ITER_RANGE, FOR_ITER_TUPLE, FOR_ITER_GEN, FOR_ITER_LIST_STORE, FOR_ITER_RANGE_STORE, FOR_ITER_PY, FOR_ITER_NATIVE, FOR_ITER_PAIR,
  UNPACK_SEQUENCE_TWO_TUPLE, UNPACK_SEQUENCE_TUPLE, UNPACK_SEQUENCE_LIST,
  LOAD_FAST__LOAD_FAST, LOAD_FAST__LOAD_CONST, STORE_FAST__LOAD_FAST, STORE_FAST__STORE_FAST, LOAD_CONST__LOAD_FAST,
  COPY__COPY, SWAP__SWAP,
  LOAD_FAST_CONST__BINARY_OP, LOAD_FAST_FAST__BINARY_OP, LOAD_FAST_CONST__COMPARE_OP, LOAD_FAST_FAST__COMPARE_OP,
  LOAD_FAST_CONST__BINARY_SUBSCR, LOAD_FAST_FAST__BINARY_SUBSCR,
  LOAD_CONST__BINARY_OP, LIST_APPEND__JUMP_BACKWARD, LOAD_FAST__RETURN_VALUE, LOAD_CONST__RETURN_VALUE,
  COPY_COPY__BINARY_SUBSCR, SWAP_SWAP__STORE_SUBSCR, SET_ADD__JUMP_BACKWARD, MAP_ADD__JUMP_BACKWARD,
  JUMP_BACKWARD_NO_JIT,
  COUNT,
}

/** The first specialised opcode; everything at or above it (below COUNT) is run-time only. */
export const SPECIALISED_BASE = Op.LOAD_GLOBAL_MODULE;

/** How `dis` shows an instruction's argument. */
export type ArgKind =
  | 'none' | 'int' | 'const' | 'name' | 'global' | 'method' | 'local' | 'deref' | 'jump' | 'binop'
  | 'cmp' | 'is' | 'contains' | 'mkfn' | 'format' | 'raise' | 'kwnames' | 'unpack_ex' | 'fastpair'
  | 'fastconst' | 'constfast' | 'await' | 'flag';

export interface OpInfo {
  readonly name: string;
  readonly arg: ArgKind;
  /** Stack change on fall-through. */
  readonly effect: (arg: number) => number;
  /** Stack change when the branch is taken; null for non-branching instructions. */
  readonly jump: ((arg: number) => number) | null;
  /** Control never falls through (return, raise, unconditional jump). */
  readonly terminal: boolean;
  /** A pseudo-instruction: removed before the code object is built. */
  readonly pseudo: boolean;
  /** For a specialised instruction: the generic instruction it stands for. */
  readonly generic: Op | 0;
  readonly doc: string;
}

const c = (n: number) => () => n;
const NO = null;

function info(name: string, arg: ArgKind, effect: (a: number) => number, jump: ((a: number) => number) | null, doc: string, extra: Partial<OpInfo> = {}): OpInfo {
  return { name, arg, effect, jump, terminal: false, pseudo: false, generic: 0, doc, ...extra };
}

function popcount(n: number): number {
  let k = 0;
  for (; n; n &= n - 1) k++;
  return k;
}

export const OPS: OpInfo[] = [];

function def(op: Op, i: OpInfo): void {
  OPS[op] = i;
}

def(Op.NOP, info('NOP', 'none', c(0), NO, 'Does nothing (keeps a line number).'));
def(Op.POP_TOP, info('POP_TOP', 'none', c(-1), NO, 'Discards TOS.'));
def(Op.PUSH_NULL, info('PUSH_NULL', 'none', c(1), NO, 'Pushes the NULL marker below a callable.'));
def(Op.COPY, info('COPY', 'int', c(1), NO, 'Pushes a copy of the [arg]-th item from the top.'));
def(Op.SWAP, info('SWAP', 'int', c(0), NO, 'Swaps TOS with the [arg]-th item from the top.'));
def(Op.LOAD_CONST, info('LOAD_CONST', 'const', c(1), NO, 'Pushes co_consts[arg].'));
def(Op.RETURN_VALUE, info('RETURN_VALUE', 'none', c(-1), NO, 'Returns TOS to the caller.', { terminal: true }));
def(Op.UNARY_POSITIVE, info('UNARY_POSITIVE', 'none', c(0), NO, 'TOS = +TOS'));
def(Op.UNARY_NEGATIVE, info('UNARY_NEGATIVE', 'none', c(0), NO, 'TOS = -TOS'));
def(Op.UNARY_NOT, info('UNARY_NOT', 'none', c(0), NO, 'TOS = not TOS'));
def(Op.UNARY_INVERT, info('UNARY_INVERT', 'none', c(0), NO, 'TOS = ~TOS'));
def(Op.BINARY_OP, info('BINARY_OP', 'binop', c(-1), NO, 'TOS = TOS1 <op> TOS; [arg] is CPython\'s NB_* code (13+ in place).'));
def(Op.COMPARE_OP, info('COMPARE_OP', 'cmp', c(-1), NO, 'TOS = TOS1 <cmp> TOS; [arg] is Py_LT..Py_GE.'));
def(Op.IS_OP, info('IS_OP', 'is', c(-1), NO, 'TOS = TOS1 is TOS ([arg] 1: is not).'));
def(Op.CONTAINS_OP, info('CONTAINS_OP', 'contains', c(-1), NO, 'TOS = TOS1 in TOS ([arg] 1: not in).'));
def(Op.BINARY_SUBSCR, info('BINARY_SUBSCR', 'none', c(-1), NO, 'TOS = TOS1[TOS]'));
def(Op.STORE_SUBSCR, info('STORE_SUBSCR', 'none', c(-3), NO, 'TOS1[TOS] = TOS2'));
def(Op.DELETE_SUBSCR, info('DELETE_SUBSCR', 'none', c(-2), NO, 'del TOS1[TOS]'));
def(Op.BUILD_SLICE, info('BUILD_SLICE', 'int', (a) => 1 - a, NO, 'Pushes slice(*items) of the top [arg] (2 or 3) items.'));
def(Op.GET_ITER, info('GET_ITER', 'flag', c(0), NO, 'TOS = iter(TOS); [arg] 1: the loop\'s own temporary (closed if the loop exits early).'));
def(Op.POP_ITER, info('POP_ITER', 'none', c(-1), NO, 'Pops a loop\'s iterator, closing it if it is an unfinished temporary generator.'));
def(Op.FOR_ITER, info('FOR_ITER', 'jump', c(1), c(-1), 'Pushes next(TOS); when exhausted pops TOS and jumps to [arg].'));
def(Op.LOAD_FAST, info('LOAD_FAST', 'local', c(1), NO, 'Pushes local slot [arg]; UnboundLocalError if empty.'));
def(Op.STORE_FAST, info('STORE_FAST', 'local', c(-1), NO, 'Stores TOS into local slot [arg].'));
def(Op.DELETE_FAST, info('DELETE_FAST', 'local', c(0), NO, 'Empties local slot [arg].'));
def(Op.LOAD_FAST_CHECK, info('LOAD_FAST_CHECK', 'local', c(1), NO, 'LOAD_FAST (kept for dis compatibility).'));
def(Op.LOAD_DEREF, info('LOAD_DEREF', 'deref', c(1), NO, 'Pushes the contents of the cell in slot [arg].'));
def(Op.STORE_DEREF, info('STORE_DEREF', 'deref', c(-1), NO, 'Stores TOS into the cell in slot [arg].'));
def(Op.DELETE_DEREF, info('DELETE_DEREF', 'deref', c(0), NO, 'Empties the cell in slot [arg].'));
def(Op.LOAD_CLOSURE, info('LOAD_CLOSURE', 'deref', c(1), NO, 'Pushes the cell object in slot [arg] (for MAKE_FUNCTION).'));
def(Op.LOAD_CLASSDEREF, info('LOAD_CLASSDEREF', 'deref', c(1), NO, 'Class body: the class namespace, else the cell in slot [arg].'));
def(Op.MAKE_CELL, info('MAKE_CELL', 'deref', c(0), NO, 'Frame entry: replaces slot [arg] by a new cell holding its value.'));
def(Op.COPY_FREE_VARS, info('COPY_FREE_VARS', 'int', c(0), NO, 'Frame entry: copies the [arg] closure cells into the free slots.'));
def(Op.LOAD_GLOBAL, info('LOAD_GLOBAL', 'global', (a) => 1 + (a & 1), NO, 'Pushes globals/builtins[co_names[arg>>1]] (after a NULL if arg&1).'));
def(Op.STORE_GLOBAL, info('STORE_GLOBAL', 'name', c(-1), NO, 'globals[co_names[arg]] = TOS'));
def(Op.DELETE_GLOBAL, info('DELETE_GLOBAL', 'name', c(0), NO, 'del globals[co_names[arg]]'));
def(Op.LOAD_NAME, info('LOAD_NAME', 'name', c(1), NO, 'Pushes locals, else globals, else builtins [co_names[arg]].'));
def(Op.STORE_NAME, info('STORE_NAME', 'name', c(-1), NO, 'locals[co_names[arg]] = TOS'));
def(Op.DELETE_NAME, info('DELETE_NAME', 'name', c(0), NO, 'del locals[co_names[arg]]'));
def(Op.LOAD_ATTR, info('LOAD_ATTR', 'name', c(0), NO, 'TOS = getattr(TOS, co_names[arg])'));
def(Op.STORE_ATTR, info('STORE_ATTR', 'name', c(-2), NO, 'setattr(TOS, co_names[arg], TOS1)'));
def(Op.DELETE_ATTR, info('DELETE_ATTR', 'name', c(-1), NO, 'delattr(TOS, co_names[arg])'));
def(Op.LOAD_METHOD, info('LOAD_METHOD', 'name', c(1), NO, 'Replaces TOS by [method, self] or [NULL, attribute].'));
def(Op.KW_NAMES, info('KW_NAMES', 'kwnames', c(0), NO, 'The next CALL\'s last len(co_consts[arg]) arguments are keywords.'));
def(Op.CALL, info('CALL', 'int', (a) => -a - 1, NO, 'Calls [NULL|meth, callable|self, *args] with [arg] arguments.'));
def(Op.CALL_FUNCTION_EX, info('CALL_FUNCTION_EX', 'int', (a) => -2 - (a & 1), NO, 'Calls [NULL, callable, argtuple, (kwdict if arg&1)].'));
def(Op.MAKE_FUNCTION, info('MAKE_FUNCTION', 'mkfn', (a) => -popcount(a), NO, 'Makes a function from the code at TOS and the parts flagged in [arg].'));
def(Op.BUILD_TUPLE, info('BUILD_TUPLE', 'int', (a) => 1 - a, NO, 'Pushes a tuple of the top [arg] items.'));
def(Op.BUILD_LIST, info('BUILD_LIST', 'int', (a) => 1 - a, NO, 'Pushes a list of the top [arg] items.'));
def(Op.BUILD_SET, info('BUILD_SET', 'int', (a) => 1 - a, NO, 'Pushes a set of the top [arg] items.'));
def(Op.BUILD_MAP, info('BUILD_MAP', 'int', (a) => 1 - 2 * a, NO, 'Pushes a dict of the top [arg] key/value pairs.'));
def(Op.BUILD_CONST_KEY_MAP, info('BUILD_CONST_KEY_MAP', 'int', (a) => -a, NO, 'Pushes a dict of [arg] values and the key tuple at TOS.'));
def(Op.BUILD_STRING, info('BUILD_STRING', 'int', (a) => 1 - a, NO, 'Pushes the concatenation of the top [arg] strings.'));
def(Op.LIST_APPEND, info('LIST_APPEND', 'int', c(-1), NO, 'STACK[-arg-1].append(TOS)'));
def(Op.SET_ADD, info('SET_ADD', 'int', c(-1), NO, 'STACK[-arg-1].add(TOS)'));
def(Op.MAP_ADD, info('MAP_ADD', 'int', c(-2), NO, 'STACK[-arg-2][TOS1] = TOS'));
def(Op.LIST_EXTEND, info('LIST_EXTEND', 'int', c(-1), NO, 'STACK[-arg-1].extend(TOS)'));
def(Op.SET_UPDATE, info('SET_UPDATE', 'int', c(-1), NO, 'STACK[-arg-1].update(TOS)'));
def(Op.DICT_UPDATE, info('DICT_UPDATE', 'int', c(-1), NO, 'STACK[-arg-1].update(TOS) ({**x} displays)'));
def(Op.DICT_MERGE, info('DICT_MERGE', 'int', c(-1), NO, 'Like DICT_UPDATE, rejecting duplicate keys (f(**x)).'));
def(Op.LIST_TO_TUPLE, info('LIST_TO_TUPLE', 'none', c(0), NO, 'TOS = tuple(TOS)'));
def(Op.UNPACK_SEQUENCE, info('UNPACK_SEQUENCE', 'int', (a) => a - 1, NO, 'Replaces TOS by its [arg] items, first on top.'));
def(Op.UNPACK_EX, info('UNPACK_EX', 'unpack_ex', (a) => (a & 0xff) + (a >> 8), NO, 'Unpacks with a starred target: [arg] = before | after << 8.'));
def(Op.FORMAT_VALUE, info('FORMAT_VALUE', 'format', (a) => ((a & 4) ? -1 : 0), NO, 'f-string field: conversion in [arg]&3, a spec below TOS if [arg]&4, the whole f-string if [arg]&8.'));
def(Op.JUMP_FORWARD, info('JUMP_FORWARD', 'jump', c(0), c(0), 'Jumps forward to [arg].', { terminal: true }));
def(Op.JUMP_BACKWARD, info('JUMP_BACKWARD', 'jump', c(0), c(0), 'Jumps back to [arg] (a loop).', { terminal: true }));
def(Op.POP_JUMP_IF_FALSE, info('POP_JUMP_IF_FALSE', 'jump', c(-1), c(-1), 'Pops TOS; jumps to [arg] if false.'));
def(Op.POP_JUMP_IF_TRUE, info('POP_JUMP_IF_TRUE', 'jump', c(-1), c(-1), 'Pops TOS; jumps to [arg] if true.'));
def(Op.POP_JUMP_IF_NONE, info('POP_JUMP_IF_NONE', 'jump', c(-1), c(-1), 'Pops TOS; jumps to [arg] if None.'));
def(Op.POP_JUMP_IF_NOT_NONE, info('POP_JUMP_IF_NOT_NONE', 'jump', c(-1), c(-1), 'Pops TOS; jumps to [arg] if not None.'));
def(Op.JUMP_IF_FALSE_OR_POP, info('JUMP_IF_FALSE_OR_POP', 'jump', c(-1), c(0), 'Jumps to [arg] keeping TOS if false, else pops it.'));
def(Op.JUMP_IF_TRUE_OR_POP, info('JUMP_IF_TRUE_OR_POP', 'jump', c(-1), c(0), 'Jumps to [arg] keeping TOS if true, else pops it.'));
def(Op.LOAD_BUILD_CLASS, info('LOAD_BUILD_CLASS', 'none', c(1), NO, 'Pushes __build_class__.'));
def(Op.LOAD_ASSERTION_ERROR, info('LOAD_ASSERTION_ERROR', 'none', c(1), NO, 'Pushes AssertionError.'));
def(Op.RAISE_VARARGS, info('RAISE_VARARGS', 'raise', (a) => -a, NO, 'raise (0), raise TOS (1), raise TOS1 from TOS (2).', { terminal: true }));
def(Op.RERAISE, info('RERAISE', 'int', c(-1), NO, 'Re-raises TOS; [arg] > 0: restores lasti from STACK[-arg-1].', { terminal: true }));
def(Op.PUSH_EXC_INFO, info('PUSH_EXC_INFO', 'none', c(1), NO, 'Handler entry: makes TOS the handled exception (sys.exc_info()).'));
def(Op.POP_EXCEPT, info('POP_EXCEPT', 'none', c(-1), NO, 'Handler exit: restores the previously handled exception.'));
def(Op.CHECK_EXC_MATCH, info('CHECK_EXC_MATCH', 'none', c(0), NO, 'TOS = isinstance(TOS1, TOS) for an except clause.'));
def(Op.CHECK_EG_MATCH, info('CHECK_EG_MATCH', 'none', c(0), NO, 'except*: splits TOS1 by TOS into [rest, match].'));
def(Op.PREP_RERAISE_STAR, info('PREP_RERAISE_STAR', 'none', c(-1), NO, 'except*: what the statement re-raises (or None).'));
def(Op.WITH_EXCEPT_START, info('WITH_EXCEPT_START', 'none', c(1), NO, 'Calls __exit__ (STACK[-4]) with the exception at TOS.'));
def(Op.BEFORE_WITH, info('BEFORE_WITH', 'none', c(1), NO, 'Replaces the manager by [__exit__, __enter__()].'));
def(Op.BEFORE_ASYNC_WITH, info('BEFORE_ASYNC_WITH', 'none', c(1), NO, 'Replaces the manager by [__aexit__, __aenter__()].'));
def(Op.IMPORT_NAME, info('IMPORT_NAME', 'name', c(-1), NO, 'Imports co_names[arg] (level TOS1, fromlist TOS).'));
def(Op.IMPORT_FROM, info('IMPORT_FROM', 'name', c(1), NO, 'Pushes attribute co_names[arg] of the module at TOS.'));
def(Op.IMPORT_STAR, info('IMPORT_STAR', 'none', c(-1), NO, 'from TOS import *'));
def(Op.SETUP_ANNOTATIONS, info('SETUP_ANNOTATIONS', 'none', c(0), NO, 'Creates __annotations__ in locals if missing.'));
def(Op.YIELD_VALUE, info('YIELD_VALUE', 'none', c(0), NO, 'Suspends the frame yielding TOS; resumes with the sent value.'));
def(Op.GET_YIELD_FROM_ITER, info('GET_YIELD_FROM_ITER', 'none', c(0), NO, 'TOS = iter(TOS) unless it is a generator/coroutine.'));
def(Op.SEND, info('SEND', 'jump', c(0), c(-1), 'Sends TOS into the iterator TOS1; on return replaces both by the value and jumps.'));
def(Op.GET_AWAITABLE, info('GET_AWAITABLE', 'await', c(0), NO, 'TOS = the iterator of awaiting TOS.'));
def(Op.GET_AITER, info('GET_AITER', 'flag', c(0), NO, 'TOS = TOS.__aiter__(); [arg] 1: the loop\'s own temporary (dropped if the loop exits early).'));
def(Op.GET_ANEXT, info('GET_ANEXT', 'none', c(1), NO, 'Pushes the awaitable of TOS.__anext__().'));
def(Op.END_ASYNC_FOR, info('END_ASYNC_FOR', 'none', c(-2), NO, 'Ends an async for on StopAsyncIteration, else re-raises.'));
def(Op.ASYNC_GEN_WRAP, info('ASYNC_GEN_WRAP', 'none', c(0), NO, 'Wraps a value yielded by an async generator.'));
def(Op.RETURN_GENERATOR, info('RETURN_GENERATOR', 'none', c(0), NO, 'Marks generator code (no-op here: calls make the generator).'));
def(Op.PRINT_EXPR, info('PRINT_EXPR', 'none', c(-1), NO, 'Interactive mode: sys.displayhook(TOS).'));
def(Op.MATCH_CLASS, info('MATCH_CLASS', 'int', c(-2), NO, 'class pattern: [subject, cls, names] -> attribute tuple or None.'));
def(Op.MATCH_MAPPING, info('MATCH_MAPPING', 'none', c(1), NO, 'Pushes whether TOS is a mapping.'));
def(Op.MATCH_SEQUENCE, info('MATCH_SEQUENCE', 'none', c(1), NO, 'Pushes whether TOS is a sequence.'));
def(Op.MATCH_KEYS, info('MATCH_KEYS', 'none', c(1), NO, 'Pushes the values of keys TOS in mapping TOS1, or None.'));
def(Op.GET_LEN, info('GET_LEN', 'none', c(1), NO, 'Pushes len(TOS).'));

def(Op.SETUP_FINALLY, info('SETUP_FINALLY', 'jump', c(0), c(1), 'Pseudo: protects what follows with the handler at [arg].', { pseudo: true }));
def(Op.SETUP_CLEANUP, info('SETUP_CLEANUP', 'jump', c(0), c(2), 'Pseudo: like SETUP_FINALLY, also pushing lasti.', { pseudo: true }));
def(Op.SETUP_WITH, info('SETUP_WITH', 'jump', c(0), c(1), 'Pseudo: protects a with body (lasti pushed).', { pseudo: true }));
def(Op.POP_BLOCK, info('POP_BLOCK', 'none', c(0), NO, 'Pseudo: ends the innermost SETUP_*.', { pseudo: true }));
def(Op.JUMP, info('JUMP', 'jump', c(0), c(0), 'Pseudo: unconditional jump (becomes JUMP_FORWARD/BACKWARD).', { pseudo: true, terminal: true }));
def(Op.JUMP_NO_INTERRUPT, info('JUMP_NO_INTERRUPT', 'jump', c(0), c(0), 'Pseudo: unconditional jump.', { pseudo: true, terminal: true }));

function spec(op: Op, name: string, generic: Op, doc: string): void {
  const g = OPS[generic];
  def(op, { ...g, name, generic, doc });
}
spec(Op.LOAD_GLOBAL_MODULE, 'LOAD_GLOBAL_MODULE', Op.LOAD_GLOBAL, 'LOAD_GLOBAL cached: globals keys-version + entry index.');
spec(Op.LOAD_GLOBAL_BUILTIN, 'LOAD_GLOBAL_BUILTIN', Op.LOAD_GLOBAL, 'LOAD_GLOBAL cached: globals and builtins keys-versions + builtins entry index.');
spec(Op.LOAD_NAME_MODULE, 'LOAD_NAME_MODULE', Op.LOAD_NAME, 'LOAD_NAME where locals is the globals dict: keys-version + entry index.');
spec(Op.LOAD_NAME_BUILTIN, 'LOAD_NAME_BUILTIN', Op.LOAD_NAME, 'LOAD_NAME where locals is the globals dict, found in builtins: both keys-versions + index.');
spec(Op.STORE_NAME_MODULE, 'STORE_NAME_MODULE', Op.STORE_NAME, 'STORE_NAME rebinding an existing key of the locals dict: keys-version + entry index.');
spec(Op.LOAD_ATTR_INSTANCE_VALUE, 'LOAD_ATTR_INSTANCE_VALUE', Op.LOAD_ATTR, 'LOAD_ATTR from the instance dict: type version + entry hint.');
spec(Op.LOAD_ATTR_MODULE, 'LOAD_ATTR_MODULE', Op.LOAD_ATTR, 'LOAD_ATTR on a module: dict keys-version + entry index.');
spec(Op.LOAD_ATTR_CLASS, 'LOAD_ATTR_CLASS', Op.LOAD_ATTR, 'LOAD_ATTR of a plain class attribute: type version.');
spec(Op.LOAD_ATTR_SLOT_GETSET, 'LOAD_ATTR_SLOT_GETSET', Op.LOAD_ATTR, 'LOAD_ATTR through a data descriptor found on the type: type version.');
spec(Op.LOAD_ATTR_SLOT, 'LOAD_ATTR_SLOT', Op.LOAD_ATTR, 'LOAD_ATTR of a __slots__ member: type version + slot index.');
spec(Op.LOAD_ATTR_BOUND, 'LOAD_ATTR_BOUND', Op.LOAD_ATTR, 'LOAD_ATTR of a function or builtin method of the class through an instance that does not shadow it (`append = lst.append`): binds it, type version.');
spec(Op.LOAD_ATTR_INSTANCE_POLY, 'LOAD_ATTR_INSTANCE_POLY', Op.LOAD_ATTR, 'LOAD_ATTR of an instance-dict attribute at a site that has seen more classes than its two entries: a per-site cache of classes + an entry hint (polyAttr).');
spec(Op.LOAD_ATTR_PROPERTY, 'LOAD_ATTR_PROPERTY', Op.LOAD_ATTR, 'LOAD_ATTR of a property whose getter is a VM function of one parameter: type version + getter code; pushes the getter\'s frame.');
spec(Op.LOAD_ATTR_NONDESCRIPTOR, 'LOAD_ATTR_NONDESCRIPTOR', Op.LOAD_ATTR, 'LOAD_ATTR of a plain class attribute through an instance that does not shadow it: type version.');
spec(Op.LOAD_METHOD_NO_DICT, 'LOAD_METHOD_NO_DICT', Op.LOAD_METHOD, 'LOAD_METHOD on an instance without __dict__: type version.');
spec(Op.LOAD_METHOD_WITH_DICT, 'LOAD_METHOD_WITH_VALUES', Op.LOAD_METHOD, 'LOAD_METHOD on an instance whose __dict__ does not shadow it: type version.');
spec(Op.LOAD_METHOD_MODULE, 'LOAD_METHOD_MODULE', Op.LOAD_METHOD, 'LOAD_METHOD on a module: dict keys-version + entry index.');
spec(Op.LOAD_METHOD_CLASS, 'LOAD_METHOD_CLASS', Op.LOAD_METHOD, 'LOAD_METHOD on a class: the class version.');
spec(Op.LOAD_METHOD_POLY, 'LOAD_METHOD_POLY', Op.LOAD_METHOD, 'LOAD_METHOD at a site that has seen more classes than its two entries: a per-site cache of classes and their methods (polyMeth).');
spec(Op.LOAD_METHOD_WRAPPED, 'LOAD_METHOD_WRAPPED', Op.LOAD_METHOD, 'LOAD_METHOD of a classmethod (on the class, cacheI 0, or an instance, 1) or a staticmethod (on an instance, 2): type version; pushes its function with the class, or alone.');
spec(Op.STORE_ATTR_PROPERTY, 'STORE_ATTR_PROPERTY', Op.STORE_ATTR, 'STORE_ATTR through a property whose setter is a VM function taking (self, value): type version; the setter\'s frame is pushed, its result dropped.');
spec(Op.STORE_ATTR_INSTANCE_VALUE, 'STORE_ATTR_INSTANCE_VALUE', Op.STORE_ATTR, 'STORE_ATTR into the instance dict: type version + entry hint.');
spec(Op.STORE_ATTR_INSTANCE_POLY, 'STORE_ATTR_INSTANCE_POLY', Op.STORE_ATTR, 'STORE_ATTR into the instance dict at a site that has seen more classes than its two entries: a per-site cache of classes + an entry hint (polyStore).');
spec(Op.STORE_ATTR_SLOT, 'STORE_ATTR_SLOT', Op.STORE_ATTR, 'STORE_ATTR of a __slots__ member: type version + slot index.');
spec(Op.BINARY_OP_ADD_INT, 'BINARY_OP_ADD_INT', Op.BINARY_OP, 'int + int');
spec(Op.BINARY_OP_SUBTRACT_INT, 'BINARY_OP_SUBTRACT_INT', Op.BINARY_OP, 'int - int');
spec(Op.BINARY_OP_MULTIPLY_INT, 'BINARY_OP_MULTIPLY_INT', Op.BINARY_OP, 'int * int');
spec(Op.BINARY_OP_ADD_FLOAT, 'BINARY_OP_ADD_FLOAT', Op.BINARY_OP, 'float + float');
spec(Op.BINARY_OP_SUBTRACT_FLOAT, 'BINARY_OP_SUBTRACT_FLOAT', Op.BINARY_OP, 'float - float');
spec(Op.BINARY_OP_MULTIPLY_FLOAT, 'BINARY_OP_MULTIPLY_FLOAT', Op.BINARY_OP, 'float * float');
spec(Op.BINARY_OP_TRUEDIV_FLOAT, 'BINARY_OP_TRUEDIV_FLOAT', Op.BINARY_OP, 'float / float');
spec(Op.BINARY_OP_ADD_UNICODE, 'BINARY_OP_ADD_UNICODE', Op.BINARY_OP, 'str + str');
spec(Op.BINARY_OP_INPLACE_ADD_UNICODE, 'BINARY_OP_INPLACE_ADD_UNICODE', Op.BINARY_OP, 'str += str');
spec(Op.BINARY_OP_INT, 'BINARY_OP_INT', Op.BINARY_OP, 'int <op> int for the other operators (%, //, /, &, |, ^, <<, >>)');
spec(Op.BINARY_OP_PY, 'BINARY_OP_PY', Op.BINARY_OP, 'a <op> b for two instances of one class whose dunder is a VM function: pushes its frame; NotImplemented becomes the TypeError (type version + code).');
spec(Op.COMPARE_OP_INT, 'COMPARE_OP_INT', Op.COMPARE_OP, 'int <cmp> int');
spec(Op.COMPARE_OP_FLOAT, 'COMPARE_OP_FLOAT', Op.COMPARE_OP, 'float <cmp> float');
spec(Op.COMPARE_OP_STR, 'COMPARE_OP_STR', Op.COMPARE_OP, 'str ==/!= str');
spec(Op.COMPARE_OP_PY, 'COMPARE_OP_PY', Op.COMPARE_OP, 'a <cmp> b for two instances of one class whose comparison dunder is a VM function: pushes its frame; NotImplemented goes on with the reflected method and the default (type version + code).');
spec(Op.BINARY_SUBSCR_LIST_INT, 'BINARY_SUBSCR_LIST_INT', Op.BINARY_SUBSCR, 'list[int]');
spec(Op.BINARY_SUBSCR_TUPLE_INT, 'BINARY_SUBSCR_TUPLE_INT', Op.BINARY_SUBSCR, 'tuple[int]');
spec(Op.BINARY_SUBSCR_DICT, 'BINARY_SUBSCR_DICT', Op.BINARY_SUBSCR, 'dict[key]');
spec(Op.BINARY_SUBSCR_PY, 'BINARY_SUBSCR_PY', Op.BINARY_SUBSCR, 'o[k] where type(o).__getitem__ is a VM function: pushes its frame (type version + code).');
spec(Op.STORE_SUBSCR_LIST_INT, 'STORE_SUBSCR_LIST_INT', Op.STORE_SUBSCR, 'list[int] = v');
spec(Op.STORE_SUBSCR_DICT, 'STORE_SUBSCR_DICT', Op.STORE_SUBSCR, 'dict[key] = v');
spec(Op.STORE_SUBSCR_PY, 'STORE_SUBSCR_PY', Op.STORE_SUBSCR, 'o[k] = v where type(o).__setitem__ is a VM function: pushes its frame, its result dropped (type version + code).');
spec(Op.CALL_PY_EXACT_ARGS, 'CALL_PY_EXACT_ARGS', Op.CALL, 'CALL of a VM function with exactly its positional parameters: pushes a frame.');
spec(Op.CALL_PY_WITH_DEFAULTS, 'CALL_PY_WITH_DEFAULTS', Op.CALL, 'CALL of a VM function with positional arguments and defaults: pushes a frame.');
spec(Op.CALL_BUILTIN, 'CALL_BUILTIN_FAST', Op.CALL, 'CALL of a builtin function (any: bound builtins are made per lookup) with positional arguments.');
spec(Op.CALL_TYPE_1, 'CALL_NO_KW_TYPE_1', Op.CALL, 'type(x)');
spec(Op.CALL_METHOD_DESCRIPTOR, 'CALL_NO_KW_METHOD_DESCRIPTOR', Op.CALL, 'obj.meth(args) for a builtin type\'s method, positional arguments.');
spec(Op.CALL_LIST_APPEND, 'CALL_NO_KW_LIST_APPEND', Op.CALL, 'lst.append(x) on an exact list.');
spec(Op.CALL_ALLOC_AND_ENTER_INIT, 'CALL_ALLOC_AND_ENTER_INIT', Op.CALL, 'Cls(args): object.__new__ and a VM __init__ with exactly its positional parameters (type version).');
spec(Op.CALL_BUILTIN_CLASS, 'CALL_BUILTIN_CLASS', Op.CALL, 'Cls(args) where type.__call__ runs no Python __init__ (builtin types, classes with native __init__): class + class version.');
spec(Op.CALL_SUPER_METHOD, 'CALL_SUPER_METHOD', Op.CALL, 'super().name in a method: CALL 0 of the builtin super fused with the LOAD_METHOD after it (no super object, no bound method); type version + __class__.');
spec(Op.FOR_ITER_LIST, 'FOR_ITER_LIST', Op.FOR_ITER, 'FOR_ITER over a list iterator.');
spec(Op.FOR_ITER_RANGE, 'FOR_ITER_RANGE', Op.FOR_ITER, 'FOR_ITER over a range iterator.');
spec(Op.FOR_ITER_TUPLE, 'FOR_ITER_TUPLE', Op.FOR_ITER, 'FOR_ITER over a tuple iterator.');
spec(Op.FOR_ITER_GEN, 'FOR_ITER_GEN', Op.FOR_ITER, 'FOR_ITER over a generator.');
spec(Op.FOR_ITER_LIST_STORE, 'FOR_ITER_LIST_STORE', Op.FOR_ITER, 'FOR_ITER_LIST and the STORE_FAST after it: stores the item in the local, skips the STORE_FAST.');
spec(Op.FOR_ITER_RANGE_STORE, 'FOR_ITER_RANGE_STORE', Op.FOR_ITER, 'FOR_ITER_RANGE and the STORE_FAST after it: stores the int in the local, skips the STORE_FAST.');
spec(Op.FOR_ITER_PY, 'FOR_ITER_PY', Op.FOR_ITER, 'an instance of a class whose __next__ is a VM function: pushes its frame; its StopIteration ends the loop (type version + code).');
spec(Op.FOR_ITER_NATIVE, 'FOR_ITER_NATIVE', Op.FOR_ITER, 'an iterator of the cached native type (zip, enumerate, map, dict and set iterators, ...): its iternext slot called directly (type).');
spec(Op.FOR_ITER_PAIR, 'FOR_ITER_PAIR', Op.FOR_ITER, 'for a, b in enumerate(...) / zip(x, y) / d.items(): the two values pushed without a tuple, the UNPACK_SEQUENCE 2 that follows skipped (type).');
spec(Op.UNPACK_SEQUENCE_TWO_TUPLE, 'UNPACK_SEQUENCE_TWO_TUPLE', Op.UNPACK_SEQUENCE, 'a, b = <2-tuple>');
spec(Op.UNPACK_SEQUENCE_TUPLE, 'UNPACK_SEQUENCE_TUPLE', Op.UNPACK_SEQUENCE, 'unpacking an exact tuple');
spec(Op.UNPACK_SEQUENCE_LIST, 'UNPACK_SEQUENCE_LIST', Op.UNPACK_SEQUENCE, 'unpacking an exact list');
spec(Op.LOAD_FAST__LOAD_FAST, 'LOAD_FAST__LOAD_FAST', Op.LOAD_FAST, 'Superinstruction: LOAD_FAST [arg&0xfff]; LOAD_FAST [arg>>12].');
spec(Op.LOAD_FAST__LOAD_CONST, 'LOAD_FAST__LOAD_CONST', Op.LOAD_FAST, 'Superinstruction: LOAD_FAST; LOAD_CONST.');
spec(Op.STORE_FAST__LOAD_FAST, 'STORE_FAST__LOAD_FAST', Op.STORE_FAST, 'Superinstruction: STORE_FAST; LOAD_FAST.');
spec(Op.STORE_FAST__STORE_FAST, 'STORE_FAST__STORE_FAST', Op.STORE_FAST, 'Superinstruction: STORE_FAST; STORE_FAST.');
spec(Op.LOAD_CONST__LOAD_FAST, 'LOAD_CONST__LOAD_FAST', Op.LOAD_CONST, 'Superinstruction: LOAD_CONST; LOAD_FAST.');
spec(Op.COPY__COPY, 'COPY__COPY', Op.COPY, 'Superinstruction: COPY; COPY (a[i] op= v loads the pair twice).');
spec(Op.SWAP__SWAP, 'SWAP__SWAP', Op.SWAP, 'Superinstruction: SWAP; SWAP (a[i] op= v puts the result under the pair).');

// Three-instruction superinstructions (code.ts): two local/constant loads and the operation on
// them, with a fast path for exact ints, floats, lists and tuples. Any other operands are pushed
// and the operation's own instruction (generic or specialised) runs next.
spec(Op.LOAD_FAST_CONST__BINARY_OP, 'LOAD_FAST_CONST__BINARY_OP', Op.LOAD_FAST, 'Superinstruction: LOAD_FAST; LOAD_CONST; BINARY_OP (+, -, * on ints or floats).');
spec(Op.LOAD_FAST_FAST__BINARY_OP, 'LOAD_FAST_FAST__BINARY_OP', Op.LOAD_FAST, 'Superinstruction: LOAD_FAST; LOAD_FAST; BINARY_OP (+, -, * on ints or floats).');
spec(Op.LOAD_FAST_CONST__COMPARE_OP, 'LOAD_FAST_CONST__COMPARE_OP', Op.LOAD_FAST, 'Superinstruction: LOAD_FAST; LOAD_CONST; COMPARE_OP on ints or floats (and a conditional jump after it).');
spec(Op.LOAD_FAST_FAST__COMPARE_OP, 'LOAD_FAST_FAST__COMPARE_OP', Op.LOAD_FAST, 'Superinstruction: LOAD_FAST; LOAD_FAST; COMPARE_OP on ints or floats (and a conditional jump after it).');
spec(Op.LOAD_FAST_CONST__BINARY_SUBSCR, 'LOAD_FAST_CONST__BINARY_SUBSCR', Op.LOAD_FAST, 'Superinstruction: LOAD_FAST; LOAD_CONST; BINARY_SUBSCR of an exact list or tuple by an int.');
spec(Op.LOAD_FAST_FAST__BINARY_SUBSCR, 'LOAD_FAST_FAST__BINARY_SUBSCR', Op.LOAD_FAST, 'Superinstruction: LOAD_FAST; LOAD_FAST; BINARY_SUBSCR of an exact list or tuple by an int.');
spec(Op.COPY_COPY__BINARY_SUBSCR, 'COPY_COPY__BINARY_SUBSCR', Op.COPY, 'Superinstruction: COPY 2; COPY 2; BINARY_SUBSCR (the load of a[i] op= v): [a, i] -> [a, i, a[i]] for an exact list or tuple by an int, an exact dict by a str or int.');
spec(Op.SWAP_SWAP__STORE_SUBSCR, 'SWAP_SWAP__STORE_SUBSCR', Op.SWAP, 'Superinstruction: SWAP 3; SWAP 2; STORE_SUBSCR (the store of a[i] op= v): [a, i, v] -> a[i] = v for an exact list by an int, an exact dict by a str or int.');
spec(Op.LOAD_CONST__BINARY_OP, 'LOAD_CONST__BINARY_OP', Op.LOAD_CONST, 'Superinstruction: LOAD_CONST (an int or float); BINARY_OP: TOS = TOS <op> const for ints and floats.');
spec(Op.LIST_APPEND__JUMP_BACKWARD, 'LIST_APPEND__JUMP_BACKWARD', Op.LIST_APPEND, 'Superinstruction: LIST_APPEND; JUMP_BACKWARD (the end of a list comprehension\'s loop).');
spec(Op.SET_ADD__JUMP_BACKWARD, 'SET_ADD__JUMP_BACKWARD', Op.SET_ADD, 'Superinstruction: SET_ADD; JUMP_BACKWARD (the end of a set comprehension\'s loop).');
spec(Op.MAP_ADD__JUMP_BACKWARD, 'MAP_ADD__JUMP_BACKWARD', Op.MAP_ADD, 'Superinstruction: MAP_ADD; JUMP_BACKWARD (the end of a dict comprehension\'s loop).');
spec(Op.JUMP_BACKWARD_NO_JIT, 'JUMP_BACKWARD_NO_JIT', Op.JUMP_BACKWARD, 'JUMP_BACKWARD of a loop that stays with the interpreter (jit.ts: not compilable, or its compiled form left it every time).');
spec(Op.LOAD_FAST__RETURN_VALUE, 'LOAD_FAST__RETURN_VALUE', Op.LOAD_FAST, 'Superinstruction: LOAD_FAST; RETURN_VALUE.');
spec(Op.LOAD_CONST__RETURN_VALUE, 'LOAD_CONST__RETURN_VALUE', Op.LOAD_CONST, 'Superinstruction: LOAD_CONST; RETURN_VALUE (CPython 3.12\'s RETURN_CONST).');

for (let op = 1; op < Op.COUNT; op++) {
  if (OPS[op] === undefined) throw new Error(`opcodes: no table entry for opcode ${op}`);
}

/** The instruction word. */
export function word(op: Op, arg: number): number {
  return op | (arg << 8);
}

/** CPython's NB_* codes for BINARY_OP, with their dis symbols. */
export const enum NB {
  ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5, REMAINDER = 6,
  OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12, INPLACE = 13,
}
export const NB_SYMBOLS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];
/** The object-model slot of each NB_* code (POWER is handled apart). */
export const NB_SLOTS = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', '', 'rshift', 'sub', 'truediv', 'xor'] as const;
export const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];

/** MAKE_FUNCTION flags. */
export const enum MF { DEFAULTS = 1, KWDEFAULTS = 2, ANNOTATIONS = 4, CLOSURE = 8 }

/**
 * FORMAT_VALUE's flag for a field that is the whole f-string (f"{x}"): the result is x's
 * __format__ result as is (a str subclass instance stays one, as CPython's FORMAT_VALUE with no
 * BUILD_STRING after it); other fields give a plain string for BUILD_STRING.
 */
export const FORMAT_VALUE_WHOLE = 8;
