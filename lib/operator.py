"""Python's operators as plain functions, for Dyad.

The getters (itemgetter, attrgetter, methodcaller) and the arithmetic, comparison, unary and
getitem functions are native ones from _operator (src/modules/operator.ts). The remainder is
written here, and every operator function also gets its __dunder__ alias at the end.
"""

from _operator import *

# The in-place functions share one shape (apply the augmented assignment, hand back the
# left operand), so they are made from this table: name -> the augmented operator.
_AUGMENTED = {
    "iadd": "+=", "iand": "&=", "ifloordiv": "//=", "ilshift": "<<=", "imod": "%=",
    "imul": "*=", "imatmul": "@=", "ior": "|=", "ipow": "**=", "irshift": ">>=",
    "isub": "-=", "itruediv": "/=", "ixor": "^=",
}
exec("".join(f"def {fn}(a, b):\n    a {aug} b\n    return a\n" for fn, aug in _AUGMENTED.items()))


def is_(a, b):
    return a is b


def is_not(a, b):
    return a is not b


def contains(a, b):
    return b in a


def setitem(a, b, c):
    a[b] = c


def delitem(a, b):
    del a[b]


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# Types whose + is a concatenation of their own (its error messages are theirs); anything else
# must look like a sequence on both sides (PySequence_Check: __getitem__, and not a dict).
_CONCAT_TYPES = (list, tuple, str, bytes, bytearray)


def _looks_like_sequence(x):
    return hasattr(type(x), "__getitem__") and not isinstance(x, dict)


def _can_concat(a, b):
    if isinstance(a, _CONCAT_TYPES):
        return True
    return _looks_like_sequence(a) and _looks_like_sequence(b)


def concat(a, b):
    if not _can_concat(a, b):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def iconcat(a, b):
    if not _can_concat(a, b):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


def _search(seq):
    try:
        return iter(seq)
    except TypeError:
        raise TypeError(f"argument of type '{type(seq).__name__}' is not iterable") from None


def countOf(a, b):
    found = 0
    for x in _search(a):
        if x is b or x == b:
            found += 1
    return found


def indexOf(a, b):
    position = 0
    for x in _search(a):
        if x is b or x == b:
            return position
        position += 1
    raise ValueError("sequence.index(x): x not in sequence")


def _not_an_integer(obj):
    return TypeError(f"'{type(obj).__name__}' object cannot be interpreted as an integer")


_SSIZE_LIMIT = 1 << 63


def length_hint(obj, default=0):
    if not isinstance(default, int):
        raise _not_an_integer(default)
    try:
        return len(obj)
    except TypeError:
        pass
    hook = getattr(type(obj), "__length_hint__", None)
    if hook is None:
        return default
    try:
        hint = hook(obj)
    except TypeError:
        return default
    if hint is NotImplemented:
        return default
    if not isinstance(hint, int):
        raise TypeError(f"__length_hint__ must be an integer, not {type(hint).__name__}")
    if hint >= _SSIZE_LIMIT or hint < -_SSIZE_LIMIT:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if hint < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return int(hint)


__all__ = sorted([
    "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem",
    "eq", "floordiv", "ge", "getitem", "gt", "index", "indexOf", "inv", "invert", "is_",
    "is_not", "itemgetter", "le", "length_hint", "lshift", "lt", "matmul", "methodcaller",
    "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift", "setitem", "sub",
    "truediv", "truth", "xor", "iconcat", *_AUGMENTED,
])

# operator.__add__ is operator.add and so on: one alias per function except the getters, the
# identity tests, length_hint, truth and the two counting helpers; a trailing '_' is dropped.
for _fn in __all__:
    if _fn not in ("attrgetter", "itemgetter", "methodcaller", "is_", "is_not",
                   "length_hint", "truth", "countOf", "indexOf"):
        globals()["__" + _fn.rstrip("_") + "__"] = globals()[_fn]
del _fn
