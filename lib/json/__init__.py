"""The json package: JSON text <-> Python values, with the API and output of CPython 3.11's json.

dumps/dump turn values into JSON text through JSONEncoder (json.encoder); loads/load parse text
through JSONDecoder (json.decoder).
"""

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder
from . import scanner  # CPython's json.decoder imports it, so json.scanner is always present

# Shared instances for calls that use no option at all.
_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()

_PLAIN_RECURSION = 'maximum recursion depth exceeded'


# (skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys)
# as dumps() and dump() default them: such calls share one encoder.
_STOCK_OPTIONS = (False, True, True, True, None, None, None, False)


def _encoder_for(cls, extra, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                 separators, default, sort_keys):
    if cls is None and not extra and (skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                                      separators, default, sort_keys) == _STOCK_OPTIONS:
        return _default_encoder
    factory = JSONEncoder if cls is None else cls
    return factory(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **extra)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Return the JSON text of `obj` as a str."""
    encoder = _encoder_for(cls, kw, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                           separators, default, sort_keys)
    return encoder.encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Write the JSON text of `obj` to `fp` (an object with a write(str) method) in pieces."""
    encoder = _encoder_for(cls, kw, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                           separators, default, sort_keys)
    pieces = encoder.iterencode(obj)
    write = fp.write
    too_deep = False
    try:
        for piece in pieces:
            write(piece)
    except RecursionError as exc:
        if str(exc) != _PLAIN_RECURSION:
            raise
        too_deep = True
    if too_deep:
        # Reported the way CPython's Python-level encoder path reports it.
        raise RecursionError(_PLAIN_RECURSION + ' while calling a Python object')


# Byte-order marks, longest first, and the codec each one selects.
_MARKS = (
    (b'\x00\x00\xfe\xff', 'utf-32'),
    (b'\xff\xfe\x00\x00', 'utf-32'),
    (b'\xfe\xff', 'utf-16'),
    (b'\xff\xfe', 'utf-16'),
    (b'\xef\xbb\xbf', 'utf-8-sig'),
)


def detect_encoding(b):
    """Name of the codec JSON bytes `b` are in: from a byte-order mark, or else from which of
    the first bytes are zero (JSON text starts with an ASCII character)."""
    for mark, codec in _MARKS:
        if b.startswith(mark):
            return codec
    size = len(b)
    if size < 4 and size != 2:
        return 'utf-8'
    first = b[:4]
    if first[0] == 0:
        # 00 00 .. .. is UTF-32 big-endian, 00 xx UTF-16 big-endian.
        return 'utf-32-be' if size >= 4 and first[1] == 0 else 'utf-16-be'
    if first[1] == 0:
        # xx 00 00 00 is UTF-32 little-endian, any other xx 00 .. .. UTF-16 little-endian.
        return 'utf-32-le' if size >= 4 and first[2] == 0 and first[3] == 0 else 'utf-16-le'
    return 'utf-8'


def _text_of(s):
    if isinstance(s, str):
        if s[:1] == '\ufeff':
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
        return s
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError('the JSON object must be str, bytes or bytearray, not '
                        + type(s).__name__)
    codec = detect_encoding(s)
    if codec == 'utf-8-sig':
        s = s[3:]
        codec = 'utf-8'
    return s.decode(codec, 'surrogatepass')


_HOOK_NAMES = ('object_hook', 'object_pairs_hook', 'parse_float', 'parse_int', 'parse_constant')
_NO_HOOKS = (None,) * len(_HOOK_NAMES)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Return the Python value of the JSON document `s` (a str, bytes or bytearray)."""
    text = _text_of(s)
    hooks = (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant)
    if cls is None and not kw and hooks == _NO_HOOKS:
        return _default_decoder.decode(text)
    for name, hook in zip(_HOOK_NAMES, hooks):
        if hook is not None:
            kw[name] = hook
    decoder = (JSONDecoder if cls is None else cls)(**kw)
    return decoder.decode(text)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Return the Python value of the JSON document read from `fp` (it needs a read() method)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
