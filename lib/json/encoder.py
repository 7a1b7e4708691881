"""json.encoder for Dyad: JSONEncoder and the functions that quote a str as a JSON string.

JSONEncoder.encode hands the whole value to the native _json.make_encoder (Dyad's version also
takes an indent, so it serves every option set). JSONEncoder.iterencode, which json.dump uses,
walks the value with generators and yields the same chunks as CPython's pure-Python encoder.
"""

INFINITY = float('inf')


# --- quoting strings ------------------------------------------------------------------------

def _escape_map():
    """str.translate table: the C0 controls as \\uXXXX, the seven JSON short escapes."""
    table = {code: '\\u%04x' % code for code in range(0x20)}
    for char, letter in zip('"\\\b\f\n\r\t', '"\\bfnrt'):
        table[ord(char)] = '\\' + letter
    return table


_ESCAPES = _escape_map()


def _check_text(s):
    if isinstance(s, str):
        return
    if isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    raise TypeError(f"expected string or bytes-like object, got '{type(s).__name__}'")


def _utf16_escape(char):
    code = ord(char)
    if code < 0x10000:
        return '\\u%04x' % code
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff))


def py_encode_basestring(s):
    """s as a JSON string literal; characters outside ASCII are kept."""
    _check_text(s)
    return '"' + s.translate(_ESCAPES) + '"'


def py_encode_basestring_ascii(s):
    """s as a JSON string literal made of printable ASCII only."""
    _check_text(s)
    body = s.translate(_ESCAPES)
    if not body.isascii() or '\x7f' in body:
        body = ''.join([c if c < '\x7f' else _utf16_escape(c) for c in body])
    return '"' + body + '"'


def _from_accelerator(name):
    try:
        import _json
    except ImportError:
        return None
    return getattr(_json, name, None)


c_encode_basestring = _from_accelerator('encode_basestring')
c_encode_basestring_ascii = _from_accelerator('encode_basestring_ascii')
c_make_encoder = _from_accelerator('make_encoder')

encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


# --- the chunk generator behind iterencode ---------------------------------------------------

def _float_formatter(allow_nan):
    float_repr = float.__repr__

    def float_text(x):
        if -INFINITY < x < INFINITY:
            return float_repr(x)
        if not allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(x))
        if x != x:
            return 'NaN'
        return 'Infinity' if x > 0 else '-Infinity'

    return float_text


def _chunk_walker(markers, default, quote, indent, float_text, key_sep, item_sep, sort_keys,
                  skipkeys):
    """walk(o, depth): a generator of the chunks of o. Lists and dicts are laid out inline, so
    every nesting level costs one generator frame."""
    int_text = int.__repr__
    by_type = {str: quote, int: int_text, float: float_text}

    def leaf(o):
        # the text of a str, None, bool, int or float (subclasses included), else None
        conv = by_type.get(type(o))
        if conv is not None:
            return conv(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, str):
            return quote(o)
        if isinstance(o, int):
            return int_text(o)
        if isinstance(o, float):
            return float_text(o)
        return None

    def key_text(key):
        # a dict key that is not a str, as the str to quote; None when it is to be skipped
        if isinstance(key, float):
            return float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int_text(key)
        if skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def hold(o):
        ident = id(o)
        if ident in markers:
            raise ValueError('Circular reference detected')
        markers[ident] = o
        return ident

    def walk(o, depth):
        replaced = None  # ids of the objects whose default() replacement is being encoded
        while True:
            text = leaf(o)
            if text is not None:
                yield text
                break
            is_seq = isinstance(o, (list, tuple))
            if not is_seq and not isinstance(o, dict):
                if markers is not None:
                    if replaced is None:
                        replaced = []
                    replaced.append(hold(o))
                o = default(o)
                continue
            if not o:
                yield '[]' if is_seq else '{}'
                break
            ident = None if markers is None else hold(o)
            inner = depth + 1
            if indent is None:
                gap = None
                sep = item_sep
            else:
                gap = '\n' + indent * inner
                sep = item_sep + gap
            if is_seq:
                prefix = '[' if gap is None else '[' + gap
                for item in o:
                    text = leaf(item)
                    if text is None:
                        yield prefix
                        yield from walk(item, inner)
                    else:
                        yield prefix + text
                    prefix = sep
            else:
                yield '{'
                if gap is not None:
                    yield gap
                pending = None
                for key, value in (sorted(o.items()) if sort_keys else o.items()):
                    if not isinstance(key, str):
                        key = key_text(key)
                        if key is None:
                            continue
                    if pending is None:
                        pending = sep
                    else:
                        yield pending
                    yield quote(key)
                    yield key_sep
                    text = leaf(value)
                    if text is None:
                        yield from walk(value, inner)
                    else:
                        yield text
            if gap is not None:
                yield '\n' + indent * depth
            yield ']' if is_seq else '}'
            if ident is not None:
                del markers[ident]
            break
        if replaced:
            for ident in replaced:
                del markers[ident]

    return walk


# --- the encoder class -------------------------------------------------------------------------

class JSONEncoder(object):
    """Turns Python values into JSON text: dict -> object, list and tuple -> array, str ->
    string, int and float -> number, True/False -> true/false, None -> null. Other objects go
    through default(), which subclasses (or the default= argument) may replace."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        # instance attributes, set in this order (vars() lists them so)
        self.skipkeys, self.ensure_ascii, self.check_circular = (skipkeys, ensure_ascii,
                                                                  check_circular)
        self.allow_nan, self.sort_keys, self.indent = allow_nan, sort_keys, indent
        if separators is not None:
            between_items, after_key = separators
            self.item_separator = between_items
            self.key_separator = after_key
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Replace in a subclass to return a serializable stand-in for o (or raise)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def _quoter(self):
        return encode_basestring_ascii if self.ensure_ascii else encode_basestring

    def encode(self, o):
        """The JSON text of o as one str."""
        if isinstance(o, str):
            return self._quoter()(o)
        chunks = self.iterencode(o, _one_shot=True)
        return ''.join(chunks if isinstance(chunks, (list, tuple)) else list(chunks))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o in pieces (a generator, unless _one_shot picks the native
        encoder, which returns all pieces at once)."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        markers = {} if self.check_circular else None
        if _one_shot and c_make_encoder is not None:
            native = c_make_encoder(markers, self.default, self._quoter(), indent,
                                    self.key_separator, self.item_separator, self.sort_keys,
                                    self.skipkeys, self.allow_nan)
            return native(o, 0)
        walk = _chunk_walker(markers, self.default, self._quoter(), indent,
                             _float_formatter(self.allow_nan), self.key_separator,
                             self.item_separator, self.sort_keys, self.skipkeys)
        return _from_top(walk, o)


def _from_top(walk, o):
    # one generator frame above the walk, as in CPython's encoder, so that the deepest nesting
    # json.dump accepts is the same
    yield from walk(o, 0)
