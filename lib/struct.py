"""struct: packing Python values into C-layout bytes and back (a Dyad implementation).

Formats: an optional byte order / size / alignment character (@ = < > !), then codes with
optional repeat counts: x c b B ? h H i I l L q Q n N P e f d s p. Native mode (@, the
default) uses x86-64 Linux sizes and alignment, little-endian.
"""

from _struct import _compile as _c_compile, _pack as _c_pack, _unpack as _c_unpack, _frontends

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


error.__module__ = "struct"

_STD_SIZE = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4,
             'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_NATIVE_SIZE = dict(_STD_SIZE, l=8, L=8, n=8, N=8, P=8)
_SMALL_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


def _parse(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode('latin-1')
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    order = '@'
    body = fmt
    if body and body[0] in '@=<>!':
        order = body[0]
        body = body[1:]
    native = order == '@'
    sizes = _NATIVE_SIZE if native else _STD_SIZE
    little = order in '@=<'
    items = []          # (code, count, offset)
    offset = 0
    i = 0
    n = len(body)
    while i < n:
        ch = body[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        if ch.isdigit():
            j = i
            while j < n and body[j].isdigit():
                j += 1
            count = int(body[i:j])
            if j >= n:
                raise error("repeat count given without format specifier")
            i = j
            ch = body[i]
        if ch not in sizes:
            raise error("bad char in struct format")
        size = sizes[ch]
        if native and ch not in 'xcbB?sp':
            offset = (offset + size - 1) // size * size
        if ch in 'sp':
            items.append((ch, 1 if count is None else count, offset))
            offset += 1 if count is None else count
        else:
            reps = 1 if count is None else count
            for _ in range(reps):
                items.append((ch, 1, offset))
                offset += size
        i += 1
    return items, offset, little, native


def _int_arg(v):
    if isinstance(v, int):
        return int.__index__(v)  # (an int subclass's own __int__/__index__ are not called)
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise error("required argument is not an integer")


def _pack_int(code, v, size, little, native):
    v = _int_arg(v)
    if code == 'P' and -(1 << 63) <= v < 0:
        v += 1 << 64            # a pointer takes a negative address as its unsigned twin
    signed = code.islower()
    if signed:
        lo, hi = -(1 << (size * 8 - 1)), (1 << (size * 8 - 1)) - 1
    else:
        lo, hi = 0, (1 << (size * 8)) - 1
    if not lo <= v <= hi:
        if code in _SMALL_NAMES:
            if -(1 << 63) <= v < (1 << 63):
                raise error("%s format requires %d <= number <= %d" % (_SMALL_NAMES[code], lo, hi))
            raise error("argument out of range")
        if size == 4 and (code == 'i' or not native):
            if (signed and -(1 << 63) <= v < (1 << 63)) or (not signed and 0 <= v < (1 << 64)):
                raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
            raise error("argument out of range")
        if size == 8 and not native and v > 0:
            raise error("int too large to convert")
        raise error("argument out of range")
    return v.to_bytes(size, 'little' if little else 'big', signed=signed)


def _float_arg(v):
    if isinstance(v, float):
        return v
    if hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
        return float(v)
    raise error("required argument is not a float")


def _pack_half(x):
    import math
    if math.isnan(x):
        return 0x7e00
    sign = 0x8000 if math.copysign(1.0, x) < 0 else 0
    x = abs(x)
    if math.isinf(x):
        return sign | 0x7c00
    if x == 0:
        return sign
    m, e = math.frexp(x)          # x = m * 2**e, 0.5 <= m < 1
    e -= 1                        # x = (2m) * 2**e
    if e < -14:                   # subnormal: units of 2**-24
        mant = _round_half_even(x * (1 << 24))
        if mant >= 0x400:
            return sign | 0x400 | (mant - 0x400)
        return sign | mant
    mant = _round_half_even((2 * m - 1) * 1024)
    if mant == 1024:
        mant = 0
        e += 1
    if e > 15:
        raise OverflowError("float too large to pack with e format")
    return sign | ((e + 15) << 10) | mant


def _round_half_even(v):
    f = int(v)
    r = v - f
    if r > 0.5 or (r == 0.5 and f % 2 == 1):
        f += 1
    return f


def _unpack_half(h):
    sign = -1.0 if h & 0x8000 else 1.0
    e = (h >> 10) & 0x1f
    mant = h & 0x3ff
    if e == 0:
        return sign * mant * 2.0 ** -24
    if e == 31:
        return sign * float('inf') if mant == 0 else float('nan')
    return sign * (1 + mant / 1024) * 2.0 ** (e - 15)


def _pack_float(code, v, little, native):
    x = _float_arg(v)
    if code == 'e':
        h = _pack_half(x)
        return h.to_bytes(2, 'little' if little else 'big')
    buf = bytearray(8 if code == 'd' else 4)
    view = memoryview(buf).cast(code)
    if code == 'f' and not native and x == x and abs(x) != float('inf') and abs(x) >= 3.4028235677973366e+38:
        raise OverflowError("float too large to pack with f format")
    view[0] = x
    data = bytes(buf)
    return data if little else data[::-1]


def _pack_items(items, size, little, native, args, name):
    nargs = sum(1 for code, _, _ in items if code != 'x')
    if len(args) != nargs:
        raise error("%s expected %d items for packing (got %d)" % (name, nargs, len(args)))
    out = bytearray(size)
    k = 0
    for code, count, offset in items:
        if code == 'x':
            continue
        v = args[k]
        k += 1
        if code in 'sp':
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % code)
            if code == 's':
                data = bytes(v[:count])
            else:
                n = min(len(v), count - 1, 255) if count > 0 else 0
                data = (bytes([n]) + bytes(v[:n]))[:count]
            out[offset:offset + len(data)] = data
        elif code == 'c':
            if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                raise error("char format requires a bytes object of length 1")
            out[offset] = v[0]
        elif code == '?':
            out[offset] = 1 if v else 0
        elif code in 'efd':
            data = _pack_float(code, v, little, native)
            out[offset:offset + len(data)] = data
        else:
            sz = (_NATIVE_SIZE if native else _STD_SIZE)[code]
            out[offset:offset + sz] = _pack_int(code, v, sz, little, native)
    return bytes(out)


def _unpack_items(items, little, native, data):
    res = []
    for code, count, offset in items:
        if code == 'x':
            continue
        if code == 's':
            res.append(bytes(data[offset:offset + count]))
        elif code == 'p':
            if count == 0:
                res.append(b'')
                continue
            n = min(data[offset], count - 1)
            res.append(bytes(data[offset + 1:offset + 1 + n]))
        elif code == 'c':
            res.append(bytes(data[offset:offset + 1]))
        elif code == '?':
            res.append(data[offset] != 0)
        elif code == 'e':
            raw = int.from_bytes(data[offset:offset + 2], 'little' if little else 'big')
            res.append(_unpack_half(raw))
        elif code in 'fd':
            sz = 8 if code == 'd' else 4
            raw = bytes(data[offset:offset + sz])
            if not little:
                raw = raw[::-1]
            res.append(memoryview(raw).cast(code)[0])
        else:
            sz = (_NATIVE_SIZE if native else _STD_SIZE)[code]
            res.append(int.from_bytes(data[offset:offset + sz], 'little' if little else 'big',
                                      signed=code.islower()))
    return tuple(res)


class Struct:
    """A compiled format: pack, unpack, pack_into, unpack_from, iter_unpack; size and format."""

    def __init__(self, format):
        self._items, self.size, self._little, self._native = _parse(format)
        self.format = format.decode('latin-1') if isinstance(format, bytes) else format
        # The native loops (_struct) run this plan; they answer None for what they leave to
        # _pack_items/_unpack_items (errors, 'p', 'e', 'P', other buffer types).
        self._plan = _c_compile(tuple(self._items), self.size, self._little, self._native, self)

    def pack(self, *args):
        r = _c_pack(self._plan, args)
        if r is None:
            r = _pack_items(self._items, self.size, self._little, self._native, args, 'pack')
        return r

    def pack_into(self, buffer, offset, *args):
        data = _pack_items(self._items, self.size, self._little, self._native, args, 'pack_into')
        n = len(buffer)
        if offset < 0:
            if offset + self.size > 0:
                raise error("no space to pack %d bytes at offset %d" % (self.size, offset))
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at "
                        "offset %d (actual buffer size is %d)" % (self.size + offset, self.size, offset, n))
        buffer[offset:offset + self.size] = data

    def unpack(self, buffer):
        r = _c_unpack(self._plan, buffer)
        if r is not None:
            return r
        data = buffer if type(buffer) is bytes or type(buffer) is bytearray else memoryview(buffer).cast('B')
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return _unpack_items(self._items, self._little, self._native, data)

    def unpack_from(self, buffer, offset=0):
        data = buffer if type(buffer) is bytes or type(buffer) is bytearray else memoryview(buffer).cast('B')
        n = len(data)
        if offset < 0:
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at "
                        "offset %d (actual buffer size is %d)" % (self.size + offset, self.size, offset, n))
        return _unpack_items(self._items, self._little, self._native, data[offset:offset + self.size])

    def iter_unpack(self, buffer):
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        data = bytes(memoryview(buffer))
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self.size)
        return (self.unpack(data[i:i + self.size]) for i in range(0, len(data), self.size))

    def __repr__(self):
        return "Struct(%r)" % (self.format,)


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    return _struct(format).size


def pack(format, /, *args):
    return _struct(format).pack(*args)


def pack_into(format, buffer, offset, /, *args):
    return _struct(format).pack_into(buffer, offset, *args)


def unpack(format, buffer, /):
    return _struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    return _struct(format).iter_unpack(buffer)


# Native module-level pack and unpack: a str format's plan from a map, and the functions above
# for anything else.
pack, unpack = _frontends(_struct, pack, unpack)
