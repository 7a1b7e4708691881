// The native slot table of a type, as CPython's tp_* / nb_* / sq_* / mp_* slots. Builtin types
// fill them with native code; a class statement fills them with wrappers that look the dunder
// up on the type (slot-wrappers.ts), and assigning a dunder to a class later updates the slot.
// Every operation in protocol.ts dispatches through these, so both backends, builtins and
// user classes meet in one place.
/** The binary operator slots with their dunder names (forward, reflected, in-place). */
export const BINARY_SLOTS = {
    add: ['__add__', '__radd__', 'iadd', '__iadd__', '+'],
    sub: ['__sub__', '__rsub__', 'isub', '__isub__', '-'],
    mul: ['__mul__', '__rmul__', 'imul', '__imul__', '*'],
    truediv: ['__truediv__', '__rtruediv__', 'itruediv', '__itruediv__', '/'],
    floordiv: ['__floordiv__', '__rfloordiv__', 'ifloordiv', '__ifloordiv__', '//'],
    mod: ['__mod__', '__rmod__', 'imod', '__imod__', '%'],
    divmod: ['__divmod__', '__rdivmod__', '', '', 'divmod()'],
    lshift: ['__lshift__', '__rlshift__', 'ilshift', '__ilshift__', '<<'],
    rshift: ['__rshift__', '__rrshift__', 'irshift', '__irshift__', '>>'],
    and: ['__and__', '__rand__', 'iand', '__iand__', '&'],
    or: ['__or__', '__ror__', 'ior', '__ior__', '|'],
    xor: ['__xor__', '__rxor__', 'ixor', '__ixor__', '^'],
    matmul: ['__matmul__', '__rmatmul__', 'imatmul', '__imatmul__', '@'],
};
//# sourceMappingURL=slots.js.map