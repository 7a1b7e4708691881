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
/** The first specialised opcode; everything at or above it (below COUNT) is run-time only. */
export const SPECIALISED_BASE = 110 /* Op.LOAD_GLOBAL_MODULE */;
const c = (n) => () => n;
const NO = null;
function info(name, arg, effect, jump, doc, extra = {}) {
    return { name, arg, effect, jump, terminal: false, pseudo: false, generic: 0, doc, ...extra };
}
function popcount(n) {
    let k = 0;
    for (; n; n &= n - 1)
        k++;
    return k;
}
export const OPS = [];
function def(op, i) {
    OPS[op] = i;
}
def(1 /* Op.NOP */, info('NOP', 'none', c(0), NO, 'Does nothing (keeps a line number).'));
def(2 /* Op.POP_TOP */, info('POP_TOP', 'none', c(-1), NO, 'Discards TOS.'));
def(3 /* Op.PUSH_NULL */, info('PUSH_NULL', 'none', c(1), NO, 'Pushes the NULL marker below a callable.'));
def(4 /* Op.COPY */, info('COPY', 'int', c(1), NO, 'Pushes a copy of the [arg]-th item from the top.'));
def(5 /* Op.SWAP */, info('SWAP', 'int', c(0), NO, 'Swaps TOS with the [arg]-th item from the top.'));
def(6 /* Op.LOAD_CONST */, info('LOAD_CONST', 'const', c(1), NO, 'Pushes co_consts[arg].'));
def(7 /* Op.RETURN_VALUE */, info('RETURN_VALUE', 'none', c(-1), NO, 'Returns TOS to the caller.', { terminal: true }));
def(8 /* Op.UNARY_POSITIVE */, info('UNARY_POSITIVE', 'none', c(0), NO, 'TOS = +TOS'));
def(9 /* Op.UNARY_NEGATIVE */, info('UNARY_NEGATIVE', 'none', c(0), NO, 'TOS = -TOS'));
def(10 /* Op.UNARY_NOT */, info('UNARY_NOT', 'none', c(0), NO, 'TOS = not TOS'));
def(11 /* Op.UNARY_INVERT */, info('UNARY_INVERT', 'none', c(0), NO, 'TOS = ~TOS'));
def(12 /* Op.BINARY_OP */, info('BINARY_OP', 'binop', c(-1), NO, 'TOS = TOS1 <op> TOS; [arg] is CPython\'s NB_* code (13+ in place).'));
def(13 /* Op.COMPARE_OP */, info('COMPARE_OP', 'cmp', c(-1), NO, 'TOS = TOS1 <cmp> TOS; [arg] is Py_LT..Py_GE.'));
def(14 /* Op.IS_OP */, info('IS_OP', 'is', c(-1), NO, 'TOS = TOS1 is TOS ([arg] 1: is not).'));
def(15 /* Op.CONTAINS_OP */, info('CONTAINS_OP', 'contains', c(-1), NO, 'TOS = TOS1 in TOS ([arg] 1: not in).'));
def(16 /* Op.BINARY_SUBSCR */, info('BINARY_SUBSCR', 'none', c(-1), NO, 'TOS = TOS1[TOS]'));
def(17 /* Op.STORE_SUBSCR */, info('STORE_SUBSCR', 'none', c(-3), NO, 'TOS1[TOS] = TOS2'));
def(18 /* Op.DELETE_SUBSCR */, info('DELETE_SUBSCR', 'none', c(-2), NO, 'del TOS1[TOS]'));
def(19 /* Op.BUILD_SLICE */, info('BUILD_SLICE', 'int', (a) => 1 - a, NO, 'Pushes slice(*items) of the top [arg] (2 or 3) items.'));
def(20 /* Op.GET_ITER */, info('GET_ITER', 'flag', c(0), NO, 'TOS = iter(TOS); [arg] 1: the loop\'s own temporary (closed if the loop exits early).'));
def(103 /* Op.POP_ITER */, info('POP_ITER', 'none', c(-1), NO, 'Pops a loop\'s iterator, closing it if it is an unfinished temporary generator.'));
def(21 /* Op.FOR_ITER */, info('FOR_ITER', 'jump', c(1), c(-1), 'Pushes next(TOS); when exhausted pops TOS and jumps to [arg].'));
def(22 /* Op.LOAD_FAST */, info('LOAD_FAST', 'local', c(1), NO, 'Pushes local slot [arg]; UnboundLocalError if empty.'));
def(23 /* Op.STORE_FAST */, info('STORE_FAST', 'local', c(-1), NO, 'Stores TOS into local slot [arg].'));
def(24 /* Op.DELETE_FAST */, info('DELETE_FAST', 'local', c(0), NO, 'Empties local slot [arg].'));
def(25 /* Op.LOAD_FAST_CHECK */, info('LOAD_FAST_CHECK', 'local', c(1), NO, 'LOAD_FAST (kept for dis compatibility).'));
def(26 /* Op.LOAD_DEREF */, info('LOAD_DEREF', 'deref', c(1), NO, 'Pushes the contents of the cell in slot [arg].'));
def(27 /* Op.STORE_DEREF */, info('STORE_DEREF', 'deref', c(-1), NO, 'Stores TOS into the cell in slot [arg].'));
def(28 /* Op.DELETE_DEREF */, info('DELETE_DEREF', 'deref', c(0), NO, 'Empties the cell in slot [arg].'));
def(29 /* Op.LOAD_CLOSURE */, info('LOAD_CLOSURE', 'deref', c(1), NO, 'Pushes the cell object in slot [arg] (for MAKE_FUNCTION).'));
def(30 /* Op.LOAD_CLASSDEREF */, info('LOAD_CLASSDEREF', 'deref', c(1), NO, 'Class body: the class namespace, else the cell in slot [arg].'));
def(31 /* Op.MAKE_CELL */, info('MAKE_CELL', 'deref', c(0), NO, 'Frame entry: replaces slot [arg] by a new cell holding its value.'));
def(32 /* Op.COPY_FREE_VARS */, info('COPY_FREE_VARS', 'int', c(0), NO, 'Frame entry: copies the [arg] closure cells into the free slots.'));
def(33 /* Op.LOAD_GLOBAL */, info('LOAD_GLOBAL', 'global', (a) => 1 + (a & 1), NO, 'Pushes globals/builtins[co_names[arg>>1]] (after a NULL if arg&1).'));
def(34 /* Op.STORE_GLOBAL */, info('STORE_GLOBAL', 'name', c(-1), NO, 'globals[co_names[arg]] = TOS'));
def(35 /* Op.DELETE_GLOBAL */, info('DELETE_GLOBAL', 'name', c(0), NO, 'del globals[co_names[arg]]'));
def(36 /* Op.LOAD_NAME */, info('LOAD_NAME', 'name', c(1), NO, 'Pushes locals, else globals, else builtins [co_names[arg]].'));
def(37 /* Op.STORE_NAME */, info('STORE_NAME', 'name', c(-1), NO, 'locals[co_names[arg]] = TOS'));
def(38 /* Op.DELETE_NAME */, info('DELETE_NAME', 'name', c(0), NO, 'del locals[co_names[arg]]'));
def(39 /* Op.LOAD_ATTR */, info('LOAD_ATTR', 'name', c(0), NO, 'TOS = getattr(TOS, co_names[arg])'));
def(40 /* Op.STORE_ATTR */, info('STORE_ATTR', 'name', c(-2), NO, 'setattr(TOS, co_names[arg], TOS1)'));
def(41 /* Op.DELETE_ATTR */, info('DELETE_ATTR', 'name', c(-1), NO, 'delattr(TOS, co_names[arg])'));
def(42 /* Op.LOAD_METHOD */, info('LOAD_METHOD', 'name', c(1), NO, 'Replaces TOS by [method, self] or [NULL, attribute].'));
def(43 /* Op.KW_NAMES */, info('KW_NAMES', 'kwnames', c(0), NO, 'The next CALL\'s last len(co_consts[arg]) arguments are keywords.'));
def(44 /* Op.CALL */, info('CALL', 'int', (a) => -a - 1, NO, 'Calls [NULL|meth, callable|self, *args] with [arg] arguments.'));
def(45 /* Op.CALL_FUNCTION_EX */, info('CALL_FUNCTION_EX', 'int', (a) => -2 - (a & 1), NO, 'Calls [NULL, callable, argtuple, (kwdict if arg&1)].'));
def(46 /* Op.MAKE_FUNCTION */, info('MAKE_FUNCTION', 'mkfn', (a) => -popcount(a), NO, 'Makes a function from the code at TOS and the parts flagged in [arg].'));
def(47 /* Op.BUILD_TUPLE */, info('BUILD_TUPLE', 'int', (a) => 1 - a, NO, 'Pushes a tuple of the top [arg] items.'));
def(48 /* Op.BUILD_LIST */, info('BUILD_LIST', 'int', (a) => 1 - a, NO, 'Pushes a list of the top [arg] items.'));
def(49 /* Op.BUILD_SET */, info('BUILD_SET', 'int', (a) => 1 - a, NO, 'Pushes a set of the top [arg] items.'));
def(50 /* Op.BUILD_MAP */, info('BUILD_MAP', 'int', (a) => 1 - 2 * a, NO, 'Pushes a dict of the top [arg] key/value pairs.'));
def(51 /* Op.BUILD_CONST_KEY_MAP */, info('BUILD_CONST_KEY_MAP', 'int', (a) => -a, NO, 'Pushes a dict of [arg] values and the key tuple at TOS.'));
def(52 /* Op.BUILD_STRING */, info('BUILD_STRING', 'int', (a) => 1 - a, NO, 'Pushes the concatenation of the top [arg] strings.'));
def(53 /* Op.LIST_APPEND */, info('LIST_APPEND', 'int', c(-1), NO, 'STACK[-arg-1].append(TOS)'));
def(54 /* Op.SET_ADD */, info('SET_ADD', 'int', c(-1), NO, 'STACK[-arg-1].add(TOS)'));
def(55 /* Op.MAP_ADD */, info('MAP_ADD', 'int', c(-2), NO, 'STACK[-arg-2][TOS1] = TOS'));
def(56 /* Op.LIST_EXTEND */, info('LIST_EXTEND', 'int', c(-1), NO, 'STACK[-arg-1].extend(TOS)'));
def(57 /* Op.SET_UPDATE */, info('SET_UPDATE', 'int', c(-1), NO, 'STACK[-arg-1].update(TOS)'));
def(58 /* Op.DICT_UPDATE */, info('DICT_UPDATE', 'int', c(-1), NO, 'STACK[-arg-1].update(TOS) ({**x} displays)'));
def(59 /* Op.DICT_MERGE */, info('DICT_MERGE', 'int', c(-1), NO, 'Like DICT_UPDATE, rejecting duplicate keys (f(**x)).'));
def(60 /* Op.LIST_TO_TUPLE */, info('LIST_TO_TUPLE', 'none', c(0), NO, 'TOS = tuple(TOS)'));
def(61 /* Op.UNPACK_SEQUENCE */, info('UNPACK_SEQUENCE', 'int', (a) => a - 1, NO, 'Replaces TOS by its [arg] items, first on top.'));
def(62 /* Op.UNPACK_EX */, info('UNPACK_EX', 'unpack_ex', (a) => (a & 0xff) + (a >> 8), NO, 'Unpacks with a starred target: [arg] = before | after << 8.'));
def(63 /* Op.FORMAT_VALUE */, info('FORMAT_VALUE', 'format', (a) => ((a & 4) ? -1 : 0), NO, 'f-string field: conversion in [arg]&3, a spec below TOS if [arg]&4.'));
def(64 /* Op.JUMP_FORWARD */, info('JUMP_FORWARD', 'jump', c(0), c(0), 'Jumps forward to [arg].', { terminal: true }));
def(65 /* Op.JUMP_BACKWARD */, info('JUMP_BACKWARD', 'jump', c(0), c(0), 'Jumps back to [arg] (a loop).', { terminal: true }));
def(66 /* Op.POP_JUMP_IF_FALSE */, info('POP_JUMP_IF_FALSE', 'jump', c(-1), c(-1), 'Pops TOS; jumps to [arg] if false.'));
def(67 /* Op.POP_JUMP_IF_TRUE */, info('POP_JUMP_IF_TRUE', 'jump', c(-1), c(-1), 'Pops TOS; jumps to [arg] if true.'));
def(68 /* Op.POP_JUMP_IF_NONE */, info('POP_JUMP_IF_NONE', 'jump', c(-1), c(-1), 'Pops TOS; jumps to [arg] if None.'));
def(69 /* Op.POP_JUMP_IF_NOT_NONE */, info('POP_JUMP_IF_NOT_NONE', 'jump', c(-1), c(-1), 'Pops TOS; jumps to [arg] if not None.'));
def(70 /* Op.JUMP_IF_FALSE_OR_POP */, info('JUMP_IF_FALSE_OR_POP', 'jump', c(-1), c(0), 'Jumps to [arg] keeping TOS if false, else pops it.'));
def(71 /* Op.JUMP_IF_TRUE_OR_POP */, info('JUMP_IF_TRUE_OR_POP', 'jump', c(-1), c(0), 'Jumps to [arg] keeping TOS if true, else pops it.'));
def(72 /* Op.LOAD_BUILD_CLASS */, info('LOAD_BUILD_CLASS', 'none', c(1), NO, 'Pushes __build_class__.'));
def(73 /* Op.LOAD_ASSERTION_ERROR */, info('LOAD_ASSERTION_ERROR', 'none', c(1), NO, 'Pushes AssertionError.'));
def(74 /* Op.RAISE_VARARGS */, info('RAISE_VARARGS', 'raise', (a) => -a, NO, 'raise (0), raise TOS (1), raise TOS1 from TOS (2).', { terminal: true }));
def(75 /* Op.RERAISE */, info('RERAISE', 'int', c(-1), NO, 'Re-raises TOS; [arg] > 0: restores lasti from STACK[-arg-1].', { terminal: true }));
def(76 /* Op.PUSH_EXC_INFO */, info('PUSH_EXC_INFO', 'none', c(1), NO, 'Handler entry: makes TOS the handled exception (sys.exc_info()).'));
def(77 /* Op.POP_EXCEPT */, info('POP_EXCEPT', 'none', c(-1), NO, 'Handler exit: restores the previously handled exception.'));
def(78 /* Op.CHECK_EXC_MATCH */, info('CHECK_EXC_MATCH', 'none', c(0), NO, 'TOS = isinstance(TOS1, TOS) for an except clause.'));
def(79 /* Op.CHECK_EG_MATCH */, info('CHECK_EG_MATCH', 'none', c(0), NO, 'except*: splits TOS1 by TOS into [rest, match].'));
def(80 /* Op.PREP_RERAISE_STAR */, info('PREP_RERAISE_STAR', 'none', c(-1), NO, 'except*: what the statement re-raises (or None).'));
def(81 /* Op.WITH_EXCEPT_START */, info('WITH_EXCEPT_START', 'none', c(1), NO, 'Calls __exit__ (STACK[-4]) with the exception at TOS.'));
def(82 /* Op.BEFORE_WITH */, info('BEFORE_WITH', 'none', c(1), NO, 'Replaces the manager by [__exit__, __enter__()].'));
def(83 /* Op.BEFORE_ASYNC_WITH */, info('BEFORE_ASYNC_WITH', 'none', c(1), NO, 'Replaces the manager by [__aexit__, __aenter__()].'));
def(84 /* Op.IMPORT_NAME */, info('IMPORT_NAME', 'name', c(-1), NO, 'Imports co_names[arg] (level TOS1, fromlist TOS).'));
def(85 /* Op.IMPORT_FROM */, info('IMPORT_FROM', 'name', c(1), NO, 'Pushes attribute co_names[arg] of the module at TOS.'));
def(86 /* Op.IMPORT_STAR */, info('IMPORT_STAR', 'none', c(-1), NO, 'from TOS import *'));
def(87 /* Op.SETUP_ANNOTATIONS */, info('SETUP_ANNOTATIONS', 'none', c(0), NO, 'Creates __annotations__ in locals if missing.'));
def(88 /* Op.YIELD_VALUE */, info('YIELD_VALUE', 'none', c(0), NO, 'Suspends the frame yielding TOS; resumes with the sent value.'));
def(89 /* Op.GET_YIELD_FROM_ITER */, info('GET_YIELD_FROM_ITER', 'none', c(0), NO, 'TOS = iter(TOS) unless it is a generator/coroutine.'));
def(90 /* Op.SEND */, info('SEND', 'jump', c(0), c(-1), 'Sends TOS into the iterator TOS1; on return replaces both by the value and jumps.'));
def(91 /* Op.GET_AWAITABLE */, info('GET_AWAITABLE', 'await', c(0), NO, 'TOS = the iterator of awaiting TOS.'));
def(92 /* Op.GET_AITER */, info('GET_AITER', 'none', c(0), NO, 'TOS = TOS.__aiter__()'));
def(93 /* Op.GET_ANEXT */, info('GET_ANEXT', 'none', c(1), NO, 'Pushes the awaitable of TOS.__anext__().'));
def(94 /* Op.END_ASYNC_FOR */, info('END_ASYNC_FOR', 'none', c(-2), NO, 'Ends an async for on StopAsyncIteration, else re-raises.'));
def(95 /* Op.ASYNC_GEN_WRAP */, info('ASYNC_GEN_WRAP', 'none', c(0), NO, 'Wraps a value yielded by an async generator.'));
def(96 /* Op.RETURN_GENERATOR */, info('RETURN_GENERATOR', 'none', c(0), NO, 'Marks generator code (no-op here: calls make the generator).'));
def(97 /* Op.PRINT_EXPR */, info('PRINT_EXPR', 'none', c(-1), NO, 'Interactive mode: sys.displayhook(TOS).'));
def(98 /* Op.MATCH_CLASS */, info('MATCH_CLASS', 'int', c(-2), NO, 'class pattern: [subject, cls, names] -> attribute tuple or None.'));
def(99 /* Op.MATCH_MAPPING */, info('MATCH_MAPPING', 'none', c(1), NO, 'Pushes whether TOS is a mapping.'));
def(100 /* Op.MATCH_SEQUENCE */, info('MATCH_SEQUENCE', 'none', c(1), NO, 'Pushes whether TOS is a sequence.'));
def(101 /* Op.MATCH_KEYS */, info('MATCH_KEYS', 'none', c(1), NO, 'Pushes the values of keys TOS in mapping TOS1, or None.'));
def(102 /* Op.GET_LEN */, info('GET_LEN', 'none', c(1), NO, 'Pushes len(TOS).'));
def(104 /* Op.SETUP_FINALLY */, info('SETUP_FINALLY', 'jump', c(0), c(1), 'Pseudo: protects what follows with the handler at [arg].', { pseudo: true }));
def(105 /* Op.SETUP_CLEANUP */, info('SETUP_CLEANUP', 'jump', c(0), c(2), 'Pseudo: like SETUP_FINALLY, also pushing lasti.', { pseudo: true }));
def(106 /* Op.SETUP_WITH */, info('SETUP_WITH', 'jump', c(0), c(1), 'Pseudo: protects a with body (lasti pushed).', { pseudo: true }));
def(107 /* Op.POP_BLOCK */, info('POP_BLOCK', 'none', c(0), NO, 'Pseudo: ends the innermost SETUP_*.', { pseudo: true }));
def(108 /* Op.JUMP */, info('JUMP', 'jump', c(0), c(0), 'Pseudo: unconditional jump (becomes JUMP_FORWARD/BACKWARD).', { pseudo: true, terminal: true }));
def(109 /* Op.JUMP_NO_INTERRUPT */, info('JUMP_NO_INTERRUPT', 'jump', c(0), c(0), 'Pseudo: unconditional jump.', { pseudo: true, terminal: true }));
function spec(op, name, generic, doc) {
    const g = OPS[generic];
    def(op, { ...g, name, generic, doc });
}
spec(110 /* Op.LOAD_GLOBAL_MODULE */, 'LOAD_GLOBAL_MODULE', 33 /* Op.LOAD_GLOBAL */, 'LOAD_GLOBAL cached: globals keys-version + entry index.');
spec(111 /* Op.LOAD_GLOBAL_BUILTIN */, 'LOAD_GLOBAL_BUILTIN', 33 /* Op.LOAD_GLOBAL */, 'LOAD_GLOBAL cached: globals and builtins keys-versions + builtins entry index.');
spec(112 /* Op.LOAD_NAME_MODULE */, 'LOAD_NAME_MODULE', 36 /* Op.LOAD_NAME */, 'LOAD_NAME where locals is the globals dict: keys-version + entry index.');
spec(113 /* Op.LOAD_NAME_BUILTIN */, 'LOAD_NAME_BUILTIN', 36 /* Op.LOAD_NAME */, 'LOAD_NAME where locals is the globals dict, found in builtins: both keys-versions + index.');
spec(114 /* Op.STORE_NAME_MODULE */, 'STORE_NAME_MODULE', 37 /* Op.STORE_NAME */, 'STORE_NAME rebinding an existing key of the locals dict: keys-version + entry index.');
spec(115 /* Op.LOAD_ATTR_INSTANCE_VALUE */, 'LOAD_ATTR_INSTANCE_VALUE', 39 /* Op.LOAD_ATTR */, 'LOAD_ATTR from the instance dict: type version + entry hint.');
spec(116 /* Op.LOAD_ATTR_MODULE */, 'LOAD_ATTR_MODULE', 39 /* Op.LOAD_ATTR */, 'LOAD_ATTR on a module: dict keys-version + entry index.');
spec(117 /* Op.LOAD_ATTR_CLASS */, 'LOAD_ATTR_CLASS', 39 /* Op.LOAD_ATTR */, 'LOAD_ATTR of a plain class attribute: type version.');
spec(118 /* Op.LOAD_ATTR_SLOT_GETSET */, 'LOAD_ATTR_PROPERTY', 39 /* Op.LOAD_ATTR */, 'LOAD_ATTR through a data descriptor found on the type: type version.');
spec(119 /* Op.LOAD_ATTR_NONDESCRIPTOR */, 'LOAD_ATTR_NONDESCRIPTOR', 39 /* Op.LOAD_ATTR */, 'LOAD_ATTR of a plain class attribute through an instance that does not shadow it: type version.');
spec(120 /* Op.LOAD_METHOD_NO_DICT */, 'LOAD_METHOD_NO_DICT', 42 /* Op.LOAD_METHOD */, 'LOAD_METHOD on an instance without __dict__: type version.');
spec(121 /* Op.LOAD_METHOD_WITH_DICT */, 'LOAD_METHOD_WITH_VALUES', 42 /* Op.LOAD_METHOD */, 'LOAD_METHOD on an instance whose __dict__ does not shadow it: type version.');
spec(122 /* Op.LOAD_METHOD_MODULE */, 'LOAD_METHOD_MODULE', 42 /* Op.LOAD_METHOD */, 'LOAD_METHOD on a module: dict keys-version + entry index.');
spec(123 /* Op.LOAD_METHOD_CLASS */, 'LOAD_METHOD_CLASS', 42 /* Op.LOAD_METHOD */, 'LOAD_METHOD on a class: the class version.');
spec(124 /* Op.STORE_ATTR_INSTANCE_VALUE */, 'STORE_ATTR_INSTANCE_VALUE', 40 /* Op.STORE_ATTR */, 'STORE_ATTR into the instance dict: type version + entry hint.');
spec(125 /* Op.BINARY_OP_ADD_INT */, 'BINARY_OP_ADD_INT', 12 /* Op.BINARY_OP */, 'int + int');
spec(126 /* Op.BINARY_OP_SUBTRACT_INT */, 'BINARY_OP_SUBTRACT_INT', 12 /* Op.BINARY_OP */, 'int - int');
spec(127 /* Op.BINARY_OP_MULTIPLY_INT */, 'BINARY_OP_MULTIPLY_INT', 12 /* Op.BINARY_OP */, 'int * int');
spec(128 /* Op.BINARY_OP_ADD_FLOAT */, 'BINARY_OP_ADD_FLOAT', 12 /* Op.BINARY_OP */, 'float + float');
spec(129 /* Op.BINARY_OP_SUBTRACT_FLOAT */, 'BINARY_OP_SUBTRACT_FLOAT', 12 /* Op.BINARY_OP */, 'float - float');
spec(130 /* Op.BINARY_OP_MULTIPLY_FLOAT */, 'BINARY_OP_MULTIPLY_FLOAT', 12 /* Op.BINARY_OP */, 'float * float');
spec(131 /* Op.BINARY_OP_TRUEDIV_FLOAT */, 'BINARY_OP_TRUEDIV_FLOAT', 12 /* Op.BINARY_OP */, 'float / float');
spec(132 /* Op.BINARY_OP_ADD_UNICODE */, 'BINARY_OP_ADD_UNICODE', 12 /* Op.BINARY_OP */, 'str + str');
spec(133 /* Op.BINARY_OP_INPLACE_ADD_UNICODE */, 'BINARY_OP_INPLACE_ADD_UNICODE', 12 /* Op.BINARY_OP */, 'str += str');
spec(134 /* Op.BINARY_OP_INT */, 'BINARY_OP_INT', 12 /* Op.BINARY_OP */, 'int <op> int for the other operators (%, //, &, |, ^, <<, >>)');
spec(135 /* Op.COMPARE_OP_INT */, 'COMPARE_OP_INT', 13 /* Op.COMPARE_OP */, 'int <cmp> int');
spec(136 /* Op.COMPARE_OP_FLOAT */, 'COMPARE_OP_FLOAT', 13 /* Op.COMPARE_OP */, 'float <cmp> float');
spec(137 /* Op.COMPARE_OP_STR */, 'COMPARE_OP_STR', 13 /* Op.COMPARE_OP */, 'str ==/!= str');
spec(138 /* Op.BINARY_SUBSCR_LIST_INT */, 'BINARY_SUBSCR_LIST_INT', 16 /* Op.BINARY_SUBSCR */, 'list[int]');
spec(139 /* Op.BINARY_SUBSCR_TUPLE_INT */, 'BINARY_SUBSCR_TUPLE_INT', 16 /* Op.BINARY_SUBSCR */, 'tuple[int]');
spec(140 /* Op.BINARY_SUBSCR_DICT */, 'BINARY_SUBSCR_DICT', 16 /* Op.BINARY_SUBSCR */, 'dict[key]');
spec(141 /* Op.STORE_SUBSCR_LIST_INT */, 'STORE_SUBSCR_LIST_INT', 17 /* Op.STORE_SUBSCR */, 'list[int] = v');
spec(142 /* Op.STORE_SUBSCR_DICT */, 'STORE_SUBSCR_DICT', 17 /* Op.STORE_SUBSCR */, 'dict[key] = v');
spec(143 /* Op.CALL_PY_EXACT_ARGS */, 'CALL_PY_EXACT_ARGS', 44 /* Op.CALL */, 'CALL of a VM function with exactly its positional parameters: pushes a frame.');
spec(144 /* Op.CALL_PY_WITH_DEFAULTS */, 'CALL_PY_WITH_DEFAULTS', 44 /* Op.CALL */, 'CALL of a VM function with positional arguments and defaults: pushes a frame.');
spec(145 /* Op.CALL_BUILTIN */, 'CALL_BUILTIN_FAST', 44 /* Op.CALL */, 'CALL of a builtin function with positional arguments.');
spec(146 /* Op.CALL_TYPE_1 */, 'CALL_NO_KW_TYPE_1', 44 /* Op.CALL */, 'type(x)');
spec(147 /* Op.CALL_METHOD_DESCRIPTOR */, 'CALL_NO_KW_METHOD_DESCRIPTOR', 44 /* Op.CALL */, 'obj.meth(args) for a builtin type\'s method, positional arguments.');
spec(148 /* Op.CALL_LIST_APPEND */, 'CALL_NO_KW_LIST_APPEND', 44 /* Op.CALL */, 'lst.append(x) on an exact list.');
spec(149 /* Op.CALL_ALLOC_AND_ENTER_INIT */, 'CALL_ALLOC_AND_ENTER_INIT', 44 /* Op.CALL */, 'Cls(args): object.__new__ and a VM __init__ with exactly its positional parameters (type version).');
spec(150 /* Op.FOR_ITER_LIST */, 'FOR_ITER_LIST', 21 /* Op.FOR_ITER */, 'FOR_ITER over a list iterator.');
spec(151 /* Op.FOR_ITER_RANGE */, 'FOR_ITER_RANGE', 21 /* Op.FOR_ITER */, 'FOR_ITER over a range iterator.');
spec(152 /* Op.FOR_ITER_TUPLE */, 'FOR_ITER_TUPLE', 21 /* Op.FOR_ITER */, 'FOR_ITER over a tuple iterator.');
spec(153 /* Op.FOR_ITER_GEN */, 'FOR_ITER_GEN', 21 /* Op.FOR_ITER */, 'FOR_ITER over a generator.');
spec(154 /* Op.FOR_ITER_LIST_STORE */, 'FOR_ITER_LIST_STORE', 21 /* Op.FOR_ITER */, 'FOR_ITER_LIST and the STORE_FAST after it: stores the item in the local, skips the STORE_FAST.');
spec(155 /* Op.FOR_ITER_RANGE_STORE */, 'FOR_ITER_RANGE_STORE', 21 /* Op.FOR_ITER */, 'FOR_ITER_RANGE and the STORE_FAST after it: stores the int in the local, skips the STORE_FAST.');
spec(156 /* Op.UNPACK_SEQUENCE_TWO_TUPLE */, 'UNPACK_SEQUENCE_TWO_TUPLE', 61 /* Op.UNPACK_SEQUENCE */, 'a, b = <2-tuple>');
spec(157 /* Op.UNPACK_SEQUENCE_TUPLE */, 'UNPACK_SEQUENCE_TUPLE', 61 /* Op.UNPACK_SEQUENCE */, 'unpacking an exact tuple');
spec(158 /* Op.UNPACK_SEQUENCE_LIST */, 'UNPACK_SEQUENCE_LIST', 61 /* Op.UNPACK_SEQUENCE */, 'unpacking an exact list');
spec(159 /* Op.LOAD_FAST__LOAD_FAST */, 'LOAD_FAST__LOAD_FAST', 22 /* Op.LOAD_FAST */, 'Superinstruction: LOAD_FAST [arg&0xfff]; LOAD_FAST [arg>>12].');
spec(160 /* Op.LOAD_FAST__LOAD_CONST */, 'LOAD_FAST__LOAD_CONST', 22 /* Op.LOAD_FAST */, 'Superinstruction: LOAD_FAST; LOAD_CONST.');
spec(161 /* Op.STORE_FAST__LOAD_FAST */, 'STORE_FAST__LOAD_FAST', 23 /* Op.STORE_FAST */, 'Superinstruction: STORE_FAST; LOAD_FAST.');
spec(162 /* Op.STORE_FAST__STORE_FAST */, 'STORE_FAST__STORE_FAST', 23 /* Op.STORE_FAST */, 'Superinstruction: STORE_FAST; STORE_FAST.');
spec(163 /* Op.LOAD_CONST__LOAD_FAST */, 'LOAD_CONST__LOAD_FAST', 6 /* Op.LOAD_CONST */, 'Superinstruction: LOAD_CONST; LOAD_FAST.');
for (let op = 1; op < 164 /* Op.COUNT */; op++) {
    if (OPS[op] === undefined)
        throw new Error(`opcodes: no table entry for opcode ${op}`);
}
/** The instruction word. */
export function word(op, arg) {
    return op | (arg << 8);
}
export const NB_SYMBOLS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];
/** The object-model slot of each NB_* code (POWER is handled apart). */
export const NB_SLOTS = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', '', 'rshift', 'sub', 'truediv', 'xor'];
export const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];
//# sourceMappingURL=opcodes.js.map