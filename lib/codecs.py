"""Codec registry and helpers, reduced: encode/decode/lookup over the text encodings str.encode
and bytes.decode know, plus the rot_13, hex_codec and base64_codec transforms."""

__all__ = ['encode', 'decode', 'lookup', 'getencoder', 'getdecoder', 'CodecInfo', 'register',
           'BOM', 'BOM_BE', 'BOM_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_BE', 'BOM_UTF16_LE',
           'BOM_UTF32', 'BOM_UTF32_BE', 'BOM_UTF32_LE', 'utf_8_encode', 'utf_8_decode',
           'unicode_escape_encode', 'unicode_escape_decode', 'raw_unicode_escape_encode',
           'raw_unicode_escape_decode']

import sys as _sys

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if _sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE


class CodecInfo(tuple):
    """(encode, decode, streamreader, streamwriter) with a name and the incremental codecs."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


def _normalize(encoding):
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars).lower()


_rot13_map = {}
for _i in range(26):
    _rot13_map[ord('a') + _i] = ord('a') + (_i + 13) % 26
    _rot13_map[ord('A') + _i] = ord('A') + (_i + 13) % 26
del _i


def _rot13(input, errors='strict'):
    return (str.translate(input, _rot13_map), len(input))


def _hex_encode(input, errors='strict'):
    assert errors == 'strict'
    import binascii
    return (binascii.b2a_hex(input), len(input))


def _hex_decode(input, errors='strict'):
    assert errors == 'strict'
    import binascii
    return (binascii.a2b_hex(input), len(input))


def _base64_encode(input, errors='strict'):
    assert errors == 'strict'
    import base64
    return (base64.encodebytes(input), len(input))


def _base64_decode(input, errors='strict'):
    assert errors == 'strict'
    import base64
    return (base64.decodebytes(input), len(input))


_TRANSFORMS = {
    'rot_13': ('rot-13', _rot13, _rot13),
    'rot13': ('rot-13', _rot13, _rot13),
    'hex': ('hex', _hex_encode, _hex_decode),
    'hex_codec': ('hex', _hex_encode, _hex_decode),
    'base64': ('base64', _base64_encode, _base64_decode),
    'base_64': ('base64', _base64_encode, _base64_decode),
    'base64_codec': ('base64', _base64_encode, _base64_decode),
}

_TEXT_NAMES = {
    'utf_8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'utf_8_sig': 'utf-8-sig', 'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii',
    'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'iso_8859_1': 'iso8859-1', 'iso8859_1': 'iso8859-1',
    'l1': 'iso8859-1', 'cp819': 'iso8859-1', 'latin': 'iso8859-1',
    'utf_16': 'utf-16', 'utf16': 'utf-16', 'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le',
    'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be', 'utf_32': 'utf-32', 'utf32': 'utf-32',
    'utf_32_le': 'utf-32-le', 'utf_32be': 'utf-32-be', 'utf_32_be': 'utf-32-be', 'utf_32le': 'utf-32-le',
    'cp1252': 'cp1252', 'windows_1252': 'cp1252',
    'unicode_escape': 'unicode-escape', 'raw_unicode_escape': 'raw-unicode-escape',
}

def _native_name(encoding):
    """The canonical name of a codec str.encode knows (the charmap codecs), else None."""
    from _dyad_codecs import lookup_name
    try:
        return lookup_name(encoding)
    except LookupError:
        return None


_search_functions = []
_cache = {}


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding):
    """The CodecInfo of an encoding, or LookupError."""
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is not None:
            _cache[key] = info
            return info
    if key in _TRANSFORMS:
        name, enc, dec = _TRANSFORMS[key]
        info = CodecInfo(enc, dec, name=name, _is_text_encoding=False)
    elif key in _TEXT_NAMES or _native_name(encoding) is not None:
        name = _TEXT_NAMES.get(key) or _native_name(encoding)

        def enc(input, errors='strict', _name=name):
            if not isinstance(input, str):
                raise TypeError(f"{_name.replace('-', '_')}_encode() argument 1 must be str, not {type(input).__name__}")
            return (input.encode(_name, errors), len(input))

        def dec(input, errors='strict', _name=name):
            data = bytes(memoryview(input)) if not isinstance(input, (bytes, bytearray)) else input
            return (bytes(data).decode(_name, errors), len(data))

        info = CodecInfo(enc, dec, name=name)
    else:
        raise LookupError(f"unknown encoding: {encoding}")
    _cache[key] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        return info.encode(obj, errors)[0]
    except TypeError as exc:
        # CPython wraps the codec's TypeError, naming the codec.
        raise TypeError(f"encoding with {encoding!r} codec failed (TypeError: {exc})") from exc


def decode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        if isinstance(obj, str) and info._is_text_encoding:
            raise TypeError("a bytes-like object is required, not 'str'")
        return info.decode(obj, errors)[0]
    except TypeError as exc:
        raise TypeError(f"decoding with {encoding!r} codec failed (TypeError: {exc})") from exc


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def utf_8_encode(input, errors='strict'):
    return lookup('utf-8').encode(input, errors)


def _utf8_incomplete_tail(data):
    """How many bytes at the end of data start a UTF-8 sequence that more input may complete
    (a truncated surrogate \\xed\\xa0 included, as CPython's decoder waits for it too)."""
    n = len(data)
    for k in range(1, min(3, n) + 1):
        b = data[n - k]
        if 0x80 <= b < 0xC0:
            continue
        need = 2 if 0xC2 <= b <= 0xDF else 3 if 0xE0 <= b <= 0xEF else 4 if 0xF0 <= b <= 0xF4 else 0
        if need <= k:
            return 0
        if k >= 2:
            c = data[n - k + 1]
            lo, hi = {0xE0: (0xA0, 0xBF), 0xF0: (0x90, 0xBF), 0xF4: (0x80, 0x8F)}.get(b, (0x80, 0xBF))
            if not lo <= c <= hi:
                return 0
        return k
    return 0


def utf_8_decode(input, errors='strict', final=False):
    if final:
        return lookup('utf-8').decode(input, errors)
    data = bytes(memoryview(input))
    keep = len(data) - _utf8_incomplete_tail(data)
    return (data[:keep].decode('utf-8', errors), keep)


def unicode_escape_encode(input, errors='strict'):
    return lookup('unicode_escape').encode(input, errors)


def unicode_escape_decode(input, errors='strict', final=True):
    return lookup('unicode_escape').decode(input, errors)


def raw_unicode_escape_encode(input, errors='strict'):
    return lookup('raw_unicode_escape').encode(input, errors)


def raw_unicode_escape_decode(input, errors='strict', final=True):
    return lookup('raw_unicode_escape').decode(input, errors)
