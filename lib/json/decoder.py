"""JSON decoding for Dyad's json module: JSONDecodeError, JSONDecoder and scanstring.

A hand-written recursive-descent scanner with CPython 3.11's observable behaviour (that of its
C accelerator): the same accepted language, the same error messages and positions, and the
same hooks. Strings are scanned chunk by chunk with str.find, numbers and structure by index.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

from json import scanner

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_WS = ' \t\n\r'
_DEPTH_MESSAGE = 'maximum recursion depth exceeded'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_DROP_CONTROLS = dict.fromkeys(range(0x20))
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                   't': '\t'}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the attributes msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, i, n):
    while i < n and s[i] in _WS:
        i += 1
    return i


def _first_control(chunk):
    """Index of the first character below U+0020 in chunk, or -1."""
    if chunk.isprintable() or len(chunk.translate(_DROP_CONTROLS)) == len(chunk):
        return -1
    k = 0
    for c in chunk:
        if c <= '\x1f':
            return k
        k += 1
    return -1


def _hex4(s, i):
    """The value of the four hex digits s[i:i+4], or -1 when one of them is not a hex digit."""
    esc = s[i:i + 4]
    for c in esc:
        if c not in _HEX:
            return -1
    return int(esc, 16)


def py_scanstring(s, end, strict=True):
    """Decodes the JSON string whose body starts at s[end] (just after the opening quote).

    Returns (str, index just after the closing quote)."""
    n = len(s)
    if end < 0 or end > n:
        raise ValueError('end is out of bounds')
    begin = end - 1
    chunks = []
    append = chunks.append
    q = s.find('"', end)  # the next '"' at or after end (-1: none); looked up again once passed
    while True:
        if 0 <= q < end:
            q = s.find('"', end)
        stop = q if q >= 0 else n
        b = s.find('\\', end, stop)
        if b >= 0:
            stop = b
        chunk = s[end:stop]
        if strict:
            k = _first_control(chunk)
            if k >= 0:
                raise JSONDecodeError('Invalid control character at', s, end + k)
        if b < 0:
            if q < 0:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            if not chunks:
                return chunk, q + 1
            append(chunk)
            return ''.join(chunks), q + 1
        if chunk:
            append(chunk)
        if b + 1 >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[b + 1]
        if c != 'u':
            r = _SIMPLE_ESCAPES.get(c)
            if r is None:
                raise JSONDecodeError('Invalid \\escape', s, b)
            append(r)
            end = b + 2
            continue
        end = b + 6
        if end >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, b + 1)
        uni = _hex4(s, b + 2)
        if uni < 0:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, b + 1)
        if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            low = _hex4(s, end + 2)
            if low < 0:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        append(chr(uni))


try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

scanstring = c_scanstring or py_scanstring


def _make_scanner(ctx):
    """The scan_once(s, idx) function of decoder ctx: (value, end), or StopIteration(idx)
    when no JSON value starts at idx. Arrays and objects are parsed inline, so that each
    nesting level costs one Python frame (CPython's limit is about one level per frame too)."""
    parse_float = ctx.parse_float
    parse_int = ctx.parse_int
    parse_constant = ctx.parse_constant
    object_hook = ctx.object_hook
    object_pairs_hook = ctx.object_pairs_hook
    strict = ctx.strict
    ws = _WS
    digits = _DIGITS
    too_deep = ['']  # the kind of container that hit the recursion limit, once known


    def parse_number(s, n, i):
        start = i
        if s[i] == '-':
            i += 1
            if i >= n:
                raise StopIteration(start)
        c = s[i]
        if c == '0':
            i += 1
        elif c in digits:
            i += 1
            while i < n and s[i] in digits:
                i += 1
        else:
            raise StopIteration(start)
        is_float = False
        last = n - 1
        if i < last and s[i] == '.' and s[i + 1] in digits:
            is_float = True
            i += 2
            while i < n and s[i] in digits:
                i += 1
        if i < last and (s[i] == 'e' or s[i] == 'E'):
            e_start = i
            i += 1
            if i < last and (s[i] == '-' or s[i] == '+'):
                i += 1
            while i < n and s[i] in digits:
                i += 1
            if s[i - 1] in digits:
                is_float = True
            else:
                i = e_start
        if is_float:
            return parse_float(s[start:i]), i
        return parse_int(s[start:i]), i

    def scan(s, n, i):
        if i >= n:
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            q = s.find('"', i + 1)
            if q > 0:
                text = s[i + 1:q]
                if '\\' not in text and text.isprintable():
                    return text, q + 1
            return py_scanstring(s, i + 1, strict)
        if c == '[':
            values = []
            i += 1
            while i < n and s[i] in ws:
                i += 1
            if i < n and s[i] == ']':
                return values, i + 1
            try:
                while i < n:
                    value, i = scan(s, n, i)
                    values.append(value)
                    while i < n and s[i] in ws:
                        i += 1
                    if i < n:
                        c = s[i]
                        if c == ']':
                            return values, i + 1
                        if c == ',':
                            i += 1
                            while i < n and s[i] in ws:
                                i += 1
                            continue
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
            except RecursionError:
                if not too_deep[0]:  # innermost container: name the one the failed call entered
                    c = s[i] if i < n else ''
                    too_deep[0] = 'array' if c == '[' else 'object' if c == '{' else 'array'
                raise
            raise StopIteration(i)
        if c == '{':
            pairs = [] if object_pairs_hook is not None else None
            result = {}
            i += 1
            while i < n and s[i] in ws:
                i += 1
            try:
                if i >= n or s[i] != '}':
                    while True:
                        if i >= n or s[i] != '"':
                            raise JSONDecodeError(
                                'Expecting property name enclosed in double quotes', s, i)
                        q = s.find('"', i + 1)
                        key = s[i + 1:q] if q > 0 else '\\'
                        if '\\' not in key and key.isprintable():
                            i = q + 1
                        else:
                            key, i = py_scanstring(s, i + 1, strict)
                        while i < n and s[i] in ws:
                            i += 1
                        if i >= n or s[i] != ':':
                            raise JSONDecodeError("Expecting ':' delimiter", s, i)
                        i += 1
                        while i < n and s[i] in ws:
                            i += 1
                        value, i = scan(s, n, i)
                        if pairs is None:
                            result[key] = value
                        else:
                            pairs.append((key, value))
                        while i < n and s[i] in ws:
                            i += 1
                        if i < n and s[i] == '}':
                            break
                        if i >= n or s[i] != ',':
                            raise JSONDecodeError("Expecting ',' delimiter", s, i)
                        i += 1
                        while i < n and s[i] in ws:
                            i += 1
            except RecursionError:
                if not too_deep[0]:  # innermost container: name the one the failed call entered
                    c = s[i] if i < n else ''
                    too_deep[0] = 'array' if c == '[' else 'object' if c == '{' else 'object'
                raise
            if pairs is not None:
                return object_pairs_hook(pairs), i + 1
            if object_hook is not None:
                return object_hook(result), i + 1
            return result, i + 1
        if c == 'n':
            if s[i:i + 4] == 'null':
                return None, i + 4
        elif c == 't':
            if s[i:i + 4] == 'true':
                return True, i + 4
        elif c == 'f':
            if s[i:i + 5] == 'false':
                return False, i + 5
        elif c == 'N':
            if s[i:i + 3] == 'NaN':
                return parse_constant('NaN'), i + 3
        elif c == 'I':
            if s[i:i + 8] == 'Infinity':
                return parse_constant('Infinity'), i + 8
        elif c == '-':
            if s[i:i + 9] == '-Infinity':
                return parse_constant('-Infinity'), i + 9
        return parse_number(s, n, i)

    def scan_once(s, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        too_deep[0] = ''
        try:
            return scan(s, len(s), idx)
        except RecursionError as err:
            if str(err) != _DEPTH_MESSAGE or not too_deep[0]:
                raise
        raise RecursionError(f'{_DEPTH_MESSAGE} while decoding a JSON {too_deep[0]} '
                             'from a unicode string')

    return scan_once


class JSONDecoder(object):
    """Decodes JSON text into Python objects (object -> dict, array -> list, string -> str,
    number -> int or float, true/false -> True/False, null -> None)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """The Python object for the JSON document s (surrounding whitespace allowed)."""
        n = len(s)
        obj, end = self.raw_decode(s, _skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decodes the JSON value starting at s[idx]: (value, index where it ends)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end
