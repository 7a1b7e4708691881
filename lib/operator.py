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


def _plus(a, b):
    """a + b without the TypeError: the operands' __add__ / __radd__, or NotImplemented."""
    ta, tb = type(a), type(b)
    add = getattr(ta, "__add__", None)
    radd = getattr(tb, "__radd__", None) if tb is not ta else None
    if radd is not None and issubclass(tb, ta):
        r = radd(b, a)
        if r is not NotImplemented:
            return r
        radd = None
    r = add(a, b) if add is not None else NotImplemented
    if r is NotImplemented and radd is not None:
        r = radd(b, a)
    return r


def _own_concat(a, inplace):
    """The concatenation of a's built-in base when a's class keeps it (CPython calls that slot
    directly, so a right operand's __radd__ is not consulted); None when the class overrides it."""
    base = next(t for t in _CONCAT_TYPES if isinstance(a, t))
    if inplace and hasattr(base, "__iadd__") and type(a).__iadd__ == base.__iadd__:
        return base.__iadd__
    return base.__add__ if type(a).__add__ == base.__add__ else None


def _concat(a, b, plus):
    # A type with a concatenation of its own raises its own errors; two other sequences are
    # added, and when neither side knows how, the left one "can't be concatenated".
    if isinstance(a, _CONCAT_TYPES):
        own = _own_concat(a, plus is _iadd)
        return own(a, b) if own is not None else plus(a, b)
    if _looks_like_sequence(a) and _looks_like_sequence(b):
        iadd = getattr(type(a), "__iadd__", None) if plus is not _add else None
        r = iadd(a, b) if iadd is not None else NotImplemented
        if r is NotImplemented:
            r = _plus(a, b)
        if r is not NotImplemented:
            return r
    raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def _add(x, y):
    return x + y


def _iadd(x, y):
    x += y
    return x


def concat(a, b):
    return _concat(a, b, _add)


def iconcat(a, b):
    return _concat(a, b, _iadd)


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
