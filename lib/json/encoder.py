"""JSON encoding for Dyad's json module: JSONEncoder and the string escapers.

encode() builds the text into one flat list and joins it once, with the observable behaviour
of CPython 3.11's C accelerator (used there when indent is None) or of its Python encoder
(used when indent is given); the two differ only in the allow_nan message. iterencode() is a
generator yielding the same chunks as CPython's Python encoder.
"""

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

INFINITY = float('inf')
_DEPTH_MESSAGE = 'maximum recursion depth exceeded'

_NAMED = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
          '\t': '\\t'}


def _escape_table(extra):
    """A str.translate table escaping the C0 controls, '"', '\\' and the code points in extra."""
    table = {}
    for n in list(range(0x20)) + extra:
        c = chr(n)
        table[n] = _NAMED.get(c) or '\\u{0:04x}'.format(n)
    table[ord('"')] = '\\"'
    table[ord('\\')] = '\\\\'
    return table


_TABLE = _escape_table([])
_ASCII_TABLE = _escape_table([0x7f])


def encode_basestring(s):
    """The JSON representation of s, non-ASCII characters kept as they are."""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + s.translate(_TABLE) + '"'


def _ascii_escape_char(c):
    n = ord(c)
    if n < 0x10000:
        return '\\u{0:04x}'.format(n)
    n -= 0x10000
    return '\\u{0:04x}\\u{1:04x}'.format(0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def encode_basestring_ascii(s):
    """The JSON representation of s using ASCII only (\\uXXXX escapes, surrogate pairs)."""
    if s.isascii():
        if s.isprintable() and '"' not in s and '\\' not in s:
            return '"' + s + '"'
        return '"' + s.translate(_ASCII_TABLE) + '"'
    parts = []
    for c in s.translate(_ASCII_TABLE):
        if c > '\x7f':
            parts.append(_ascii_escape_char(c))
        else:
            parts.append(c)
    return '"' + ''.join(parts) + '"'


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii

_int_repr = int.__repr__
_float_repr = float.__repr__


def _make_floatstr(allow_nan, with_repr):
    def floatstr(o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return _float_repr(o)
        if not allow_nan:
            if with_repr:
                raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
            raise ValueError('Out of range float values are not JSON compliant')
        return text
    return floatstr


def _key_type_error(key):
    return TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')


def _convert_key(key, floatstr, skipkeys):
    """A non-str dict key as a str, or None when skipkeys drops it."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return floatstr(key)
    if key is True:
        return 'true'
    if key is False:
        return 'false'
    if key is None:
        return 'null'
    if isinstance(key, int):
        return _int_repr(key)
    if skipkeys:
        return None
    raise _key_type_error(key)


class JSONEncoder(object):
    """Encodes Python data structures as JSON; subclasses override default() to support more
    types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects that are not otherwise serializable; raises TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def _indent_str(self):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return indent

    def iterencode(self, o, _one_shot=False):
        """Yields the JSON text of o in chunks (the chunks CPython's Python encoder yields)."""
        if _one_shot and c_make_encoder is not None:
            # Dyad's _json encoder also takes an indent (CPython's Python encoder's behaviour
            # then: see src/modules/json.ts)
            strenc = encode_basestring_ascii if self.ensure_ascii else encode_basestring
            return c_make_encoder({} if self.check_circular else None, self.default, strenc,
                                  self._indent_str(), self.key_separator, self.item_separator,
                                  self.sort_keys, self.skipkeys, self.allow_nan)(o, 0)
        if _one_shot:
            # encode(): build one flat list (done here, not in a helper, to keep the frame
            # count per nesting level as in CPython, whose one-shot encoder is C code)
            chunks = []
            indent = self._indent_str()
            strenc = encode_basestring_ascii if self.ensure_ascii else encode_basestring
            enc = _make_appender(chunks.append, {} if self.check_circular else None, self.default,
                                 strenc, indent, _make_floatstr(self.allow_nan, indent is not None),
                                 self.key_separator, self.item_separator, self.sort_keys,
                                 self.skipkeys)
            try:
                enc(o, 0)
            except RecursionError as err:
                if str(err) != _DEPTH_MESSAGE:
                    raise
            else:
                return chunks
            if indent is None:
                raise RecursionError(_DEPTH_MESSAGE + ' while encoding a JSON object')
            raise RecursionError(_DEPTH_MESSAGE + ' while calling a Python object')
        strenc = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        floatstr = _make_floatstr(self.allow_nan, True)
        markers = {} if self.check_circular else None
        iterencode = _make_iterencode(markers, self.default, strenc, self._indent_str(), floatstr,
                                     self.key_separator, self.item_separator, self.sort_keys,
                                     self.skipkeys, _convert_key)
        return iterencode(o, 0)


def _make_appender(append, markers, default, strenc, indent, floatstr, key_sep, item_sep,
                   sort_keys, skipkeys):
    """The function enc(o, level) appending the JSON text of o with append. Lists and dicts
    are encoded inline, so that each nesting level costs one Python frame."""

    def enc(o, level):
        t = type(o)
        if t is str:
            append(strenc(o))
        elif t is int:
            append(_int_repr(o))
        elif t is float:
            append(floatstr(o))
        elif o is None:
            append('null')
        elif o is True:
            append('true')
        elif o is False:
            append('false')
        elif t is list or t is tuple or t is dict:
            container(o, t is dict, level)
        elif isinstance(o, str):
            append(strenc(o))
        elif isinstance(o, int):
            append(_int_repr(o))
        elif isinstance(o, float):
            append(floatstr(o))
        elif isinstance(o, (list, tuple)):
            container(o, False, level)
        elif isinstance(o, dict):
            container(o, True, level)
        else:
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError('Circular reference detected')
                markers[marker] = o
            enc(default(o), level)
            if markers is not None:
                del markers[marker]

    def container(o, is_dict, level):
        if not o:
            append('{}' if is_dict else '[]')
            return
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = o
        if indent is None:
            append('{' if is_dict else '[')
            sep = item_sep
        else:
            level += 1
            newline = '\n' + indent * level
            append(('{' if is_dict else '[') + newline)
            sep = item_sep + newline
        first = True
        if is_dict:
            items = sorted(o.items()) if sort_keys else o.items()
            for key, value in items:
                if type(key) is not str:
                    key = _convert_key(key, floatstr, skipkeys)
                    if key is None:
                        continue
                if first:
                    first = False
                else:
                    append(sep)
                if key.isascii() and key.isprintable() and '"' not in key and '\\' not in key:
                    append('"' + key + '"')
                else:
                    append(strenc(key))
                append(key_sep)
                t = type(value)
                if t is str:
                    if (value.isascii() and value.isprintable() and '"' not in value
                            and '\\' not in value):
                        append('"' + value + '"')
                    else:
                        append(strenc(value))
                elif t is int:
                    append(_int_repr(value))
                elif t is list or t is tuple or t is dict:
                    container(value, t is dict, level)
                else:
                    enc(value, level)
        else:
            for value in o:
                if first:
                    first = False
                else:
                    append(sep)
                t = type(value)
                if t is str:
                    if (value.isascii() and value.isprintable() and '"' not in value
                            and '\\' not in value):
                        append('"' + value + '"')
                    else:
                        append(strenc(value))
                elif t is int:
                    append(_int_repr(value))
                elif t is list or t is tuple or t is dict:
                    container(value, t is dict, level)
                else:
                    enc(value, level)
        if indent is not None:
            append('\n' + indent * (level - 1))
        append('}' if is_dict else ']')
        if markers is not None:
            del markers[marker]

    return enc


def _make_iterencode(markers, default, strenc, indent, floatstr, key_sep, item_sep, sort_keys,
                     skipkeys, convert_key):
    """The generator function behind JSONEncoder.iterencode."""

    def scalar(o):
        """The JSON text of a str, None, bool, int or float, else None."""
        if isinstance(o, str):
            return strenc(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return _int_repr(o)
        if isinstance(o, float):
            return floatstr(o)
        return None

    def enter(o):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = o

    def leave(o):
        if markers is not None:
            del markers[id(o)]

    def gen_list(lst, level):
        if not lst:
            yield '[]'
            return
        enter(lst)
        buf = '['
        if indent is None:
            newline = None
            sep = item_sep
        else:
            level += 1
            newline = '\n' + indent * level
            sep = item_sep + newline
            buf += newline
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = sep
            text = scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from nested(value, level)
        if newline is not None:
            yield '\n' + indent * (level - 1)
        yield ']'
        leave(lst)

    def gen_dict(dct, level):
        if not dct:
            yield '{}'
            return
        enter(dct)
        yield '{'
        if indent is None:
            newline = None
            sep = item_sep
        else:
            level += 1
            newline = '\n' + indent * level
            sep = item_sep + newline
            yield newline
        first = True
        items = sorted(dct.items()) if sort_keys else dct.items()
        for key, value in items:
            if not isinstance(key, str):
                key = convert_key(key, floatstr, skipkeys)
                if key is None:
                    continue
            if first:
                first = False
            else:
                yield sep
            yield strenc(key)
            yield key_sep
            text = scalar(value)
            if text is not None:
                yield text
            else:
                yield from nested(value, level)
        if newline is not None:
            yield '\n' + indent * (level - 1)
        yield '}'
        leave(dct)

    def nested(o, level):
        """The generator for a non-scalar item (one generator frame per nesting level)."""
        if isinstance(o, (list, tuple)):
            return gen_list(o, level)
        if isinstance(o, dict):
            return gen_dict(o, level)
        return gen_value(o, level)

    def gen_value(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from gen_list(o, level)
        elif isinstance(o, dict):
            yield from gen_dict(o, level)
        else:
            enter(o)
            yield from gen_value(default(o), level)
            leave(o)

    return gen_value
