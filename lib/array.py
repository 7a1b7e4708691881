"""array: compact sequences of one C numeric type (a Dyad implementation).

The items are kept as Python values checked (and for 'f' rounded to single precision) on the
way in; tobytes/frombytes/byteswap convert through the struct layout of the typecode
(x86-64 Linux sizes, little-endian). bytes(a) works through __bytes__.
"""

import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = 'bBuhHiIlLqQfd'

_SIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8,
         'f': 4, 'd': 8}
_RANGE_NAMES = {'b': 'signed char', 'B': 'unsigned byte integer', 'h': 'signed short integer',
                'H': 'unsigned short', 'i': 'signed integer', 'I': 'unsigned int'}


# The bounds of the integer typecodes, for _check's first test.
_BOUNDS = {c: ((-(1 << (8 * n - 1)), (1 << (8 * n - 1)) - 1) if c.islower() else (0, (1 << (8 * n)) - 1))
           for c, n in _SIZE.items() if c not in 'ufd'}


def _check(code, v):
    """The value v as stored in an array of typecode `code` (or the error CPython raises)."""
    if type(v) is int:
        b = _BOUNDS.get(code)
        if b is not None and b[0] <= v <= b[1]:
            return v
    elif type(v) is float and code == 'd':
        return v
    if code == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if code in 'fd':
        if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__'):
            raise TypeError("must be real number, not %s" % type(v).__name__)
        v = float(v)
        if code == 'f':
            if v == v and abs(v) >= 3.4028235677973366e+38:
                v = float('inf') if v > 0 else float('-inf')
            else:
                v = _struct.unpack('<f', _struct.pack('<f', v))[0]
        return v
    if not isinstance(v, int):
        if hasattr(type(v), '__index__'):
            v = type(v).__index__(v)
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    v = int(v)
    bits = _SIZE[code] * 8
    signed = code.islower()
    lo = -(1 << (bits - 1)) if signed else 0
    hi = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
    if lo <= v <= hi:
        return v
    if code in 'qQ':
        if v < 0 and code == 'Q':
            raise OverflowError("can't convert negative int to unsigned")
        raise OverflowError("int too big to convert")
    if code in 'lL':
        if v < 0 and code == 'L':
            raise OverflowError("can't convert negative value to unsigned int")
        raise OverflowError("Python int too large to convert to C %s" % ('unsigned long' if code == 'L' else 'long'))
    if code == 'I':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v >= 1 << 64:
            raise OverflowError("Python int too large to convert to C unsigned long")
        raise OverflowError("unsigned int is greater than maximum")
    if not -(1 << 63) <= v < (1 << 63):
        raise OverflowError("Python int too large to convert to C long")
    raise OverflowError("%s is %s" % (_RANGE_NAMES[code], "greater than maximum" if v > hi else "less than minimum"))


_NO_INITIALIZER = object()


def _fmt(code, n):
    return '<%d%s' % (n, 'I' if code == 'u' else code)


class array:
    """array(typecode[, initializer]): a sequence of values of the typecode's C type."""

    __slots__ = ('typecode', '_a')

    def __init__(self, typecode, initializer=_NO_INITIALIZER, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in _SIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self.typecode = typecode
        self._a = []
        if initializer is _NO_INITIALIZER:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self.fromunicode(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if (initializer.typecode == 'u') != (typecode == 'u'):
                raise TypeError("array item must be unicode character" if typecode == 'u'
                                else "cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self._a = [_check(typecode, v) for v in initializer._a]
        else:
            self.extend(initializer)

    @property
    def itemsize(self):
        return _SIZE[self.typecode]

    # -- the sequence protocol ----------------------------------------------------------
    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __contains__(self, v):
        return v in self._a

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self.typecode)
            r._a = self._a[i]
            return r
        if not isinstance(i, int) and not hasattr(type(i), '__index__'):
            raise TypeError("array indices must be integers")
        try:
            return self._a[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v.typecode != self.typecode:
                raise TypeError("bad argument type for built-in operation")
            self._a[i] = list(v._a)
            return
        if not isinstance(i, int) and not hasattr(type(i), '__index__'):
            raise TypeError("array indices must be integers")
        v = _check(self.typecode, v)
        try:
            self._a[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        if not isinstance(i, (int, slice)) and not hasattr(type(i), '__index__'):
            raise TypeError("array indices must be integers")
        try:
            del self._a[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    # -- operators ----------------------------------------------------------------------
    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")
        r = array(self.typecode)
        r._a = self._a + other._a
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        r = array(self.typecode)
        r._a = self._a * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        self._a *= n
        return self

    def _cmp_items(self, other):
        return self._a, other._a

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a == other._a

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a != other._a

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a < other._a

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a <= other._a

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a > other._a

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a >= other._a

    __hash__ = None

    def __repr__(self):
        if not self._a:
            return "array('%s')" % self.typecode
        if self.typecode == 'u':
            return "array('u', %r)" % ''.join(self._a)
        return "array('%s', %r)" % (self.typecode, self._a)

    def __bytes__(self):
        return self.tobytes()

    def __copy__(self):
        return array(self.typecode, self)

    def __deepcopy__(self, memo):
        return array(self.typecode, self)

    # -- methods ------------------------------------------------------------------------
    def append(self, v):
        self._a.append(_check(self.typecode, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable.typecode != self.typecode:
                raise TypeError("can only extend with array of same kind")
            self._a.extend(iterable._a)
            return
        for v in iterable:
            self._a.append(_check(self.typecode, v))

    def insert(self, i, v):
        self._a.insert(i, _check(self.typecode, v))

    def pop(self, i=-1):
        if not self._a:
            raise IndexError("pop from empty array")
        try:
            return self._a.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._a.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        try:
            return self._a.index(v, start, len(self._a) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._a.count(v)

    def reverse(self):
        self._a.reverse()

    def tolist(self):
        return list(self._a)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        self._a.extend([_check(self.typecode, v) for v in lst])

    def tobytes(self):
        if self.typecode == 'u':
            return _struct.pack(_fmt('u', len(self._a)), *[ord(c) for c in self._a])
        return _struct.pack(_fmt(self.typecode, len(self._a)), *self._a)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        values = _struct.unpack(_fmt(self.typecode, len(data) // size), data)
        if self.typecode == 'u':
            values = [chr(v) for v in values]
        self._a.extend(values)

    def tounicode(self):
        if self.typecode != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._a)

    def fromunicode(self, s):
        if self.typecode != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        self._a.extend(s)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._a = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._a))


ArrayType = array

# As CPython's array module does at import: array is a virtual MutableSequence (so a match
# statement's sequence patterns accept it too).
import collections.abc as _abc
_abc.MutableSequence.register(array)
del _abc
