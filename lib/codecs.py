"""Codec registry, codec base classes and helpers (Dyad).

Text encodings are the runtime's own (str.encode / bytes.decode; `_dyad_codecs.lookup_name`
gives their canonical names); this module wraps them as CodecInfo objects with incremental
and stream codecs, adds the rot-13 / hex / base64 transforms, user search functions and
error-handler registration.
"""

import sys
import builtins
import _dyad_codecs
from _dyad_codecs import lookup_name as _text_codec_name

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE',
           'BOM32_LE', 'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE',
           'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE', 'CodecInfo', 'Codec',
           'IncrementalEncoder', 'IncrementalDecoder', 'StreamReader', 'StreamWriter',
           'StreamReaderWriter', 'StreamRecoder', 'getencoder', 'getdecoder',
           'getincrementalencoder', 'getincrementaldecoder', 'getreader', 'getwriter',
           'encode', 'decode', 'iterencode', 'iterdecode', 'strict_errors', 'ignore_errors',
           'replace_errors', 'xmlcharrefreplace_errors', 'backslashreplace_errors',
           'namereplace_errors', 'register_error', 'lookup_error']

# ---------------------------------------------------------------------------------------
# Byte order marks

BOM_UTF8 = bytes([0xEF, 0xBB, 0xBF])
BOM_UTF16_LE = BOM_LE = bytes([0xFF, 0xFE])
BOM_UTF16_BE = BOM_BE = bytes([0xFE, 0xFF])
BOM_UTF32_LE = BOM_UTF16_LE + bytes(2)
BOM_UTF32_BE = bytes(2) + BOM_UTF16_BE
_LITTLE = sys.byteorder == "little"
BOM = BOM_UTF16 = BOM_UTF16_LE if _LITTLE else BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if _LITTLE else BOM_UTF32_BE
# (the names of Python 2.0's betas)
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


# ---------------------------------------------------------------------------------------
# CodecInfo


class CodecInfo(tuple):
    """What lookup() returns: a 4-tuple (encode, decode, streamreader, streamwriter) that
    also carries name, incrementalencoder and incrementaldecoder as attributes."""

    _is_text_encoding = True  # False for bytes-to-bytes or str-to-str transforms

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None, *,
                _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.__dict__.update(name=name, encode=encode, decode=decode,
                             incrementalencoder=incrementalencoder,
                             incrementaldecoder=incrementaldecoder,
                             streamwriter=streamwriter, streamreader=streamreader)
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        kind = type(self)
        return (f"<{kind.__module__}.{kind.__qualname__} object for encoding {self.name} "
                f"at {id(self):#x}>")


# ---------------------------------------------------------------------------------------
# Base classes for codec implementations


class Codec:
    """Stateless encode/decode pair; both return (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in several pieces; subclasses implement encode()."""

    def __init__(self, errors='strict'):
        self.errors, self.buffer = errors, ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forget any state (a no-op here)."""

    def getstate(self):
        return 0

    def setstate(self, state):
        """Restore a getstate() value (a no-op here)."""


class IncrementalDecoder:
    """Decodes input given in several pieces; subclasses implement decode()."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forget any state (a no-op here)."""

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        """Restore a getstate() value (a no-op here)."""


def _carry_over(coder, piece, final, empty):
    # The buffered codecs: run _buffer_<verb>() over what was held back plus the new piece,
    # holding back whatever it left unconsumed.
    work = coder.buffer + piece
    verb = coder._buffer_encode if empty == "" else coder._buffer_decode
    output, consumed = verb(work, coder.errors, final)
    coder.buffer = work[consumed:]
    return output


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder whose _buffer_encode(input, errors, final) may leave a tail of
    its input for the next call."""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        return _carry_over(self, input, final, "")

    def reset(self):
        super().reset()
        self.buffer = ""

    def getstate(self):
        return self.buffer if self.buffer else 0

    def setstate(self, state):
        self.buffer = "" if not state else state


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder whose _buffer_decode(input, errors, final) may leave a tail of
    its input for the next call."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.reset()

    def decode(self, input, final=False):
        return _carry_over(self, input, final, b"")

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def setstate(self, state):
        self.buffer = state[0]

    def getstate(self):
        return (self.buffer, 0)

    def reset(self):
        super().reset()
        self.buffer = b""


class _Wrapper:
    """What every stream wrapper shares: unknown attributes come from the wrapped stream,
    `with` closes it, and it refuses to be pickled."""

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % type(self).__name__)


class StreamWriter(_Wrapper, Codec):
    """Writes encoded data to a byte stream."""

    def __init__(self, stream, errors='strict'):
        self.stream, self.errors = stream, errors

    def write(self, object):
        encoded, _ = self.encode(object, self.errors)
        self.stream.write(encoded)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        """Flush codec state (a no-op for stateless codecs)."""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if (offset, whence) == (0, 0):
            self.reset()


class StreamReader(_Wrapper, Codec):
    """Reads and decodes data from a byte stream."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream, self.errors = stream, errors
        self.reset()

    @property
    def _empty_charbuffer(self):
        return self.charbuffertype()

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _pull(self, size):
        # Read `size` more bytes (everything with size < 0) and decode what can be decoded
        # into charbuffer. False once the stream has nothing more.
        raw = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + raw
        if data:
            text, used = self.decode(data, self.errors)
            self.bytebuffer = data[used:]
            self.charbuffer += text
        return bool(raw)

    def read(self, size=-1, chars=-1, firstline=False):
        """Decode and return up to `chars` characters (all with -1); `size` is how many
        bytes to read from the stream at a time (all at once with -1)."""
        if chars < 0:
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            if not self._pull(size) or size < 0:
                break
        cut = len(self.charbuffer) if chars < 0 else chars
        result = self.charbuffer[:cut]
        self.charbuffer = self.charbuffer[cut:]
        return result

    def readline(self, size=None, keepends=True):
        """The next line (at most `size` characters when size is given)."""
        chunk = 72
        while True:
            buffered = self.charbuffer
            parts = buffered.splitlines(True)
            ended = bool(parts) and parts[0] != parts[0].splitlines()[0]
            # A line ending in '\r' at the end of what is buffered may still be '\r\n'.
            complete = ended and not (len(parts) == 1 and buffered.endswith("\r"))
            if complete or (size is not None and len(buffered) >= size):
                line = parts[0]
                if size is not None and len(line) > size:
                    line = line[:size]
                break
            if not self._pull(chunk):
                line = parts[0] if parts else self._empty_charbuffer
                break
            chunk = min(chunk * 2, 8000)
        self.charbuffer = self.charbuffer[len(line):]
        if not keepends and line:
            line = line.splitlines()[0]
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.linebuffer = None
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def _via(part, method, convert=None):
    # A method that forwards to self.<part>.<method>(...), optionally converting its result
    # with self.<convert>(result, self.errors)[0].
    def forward(self, *args, **kwargs):
        result = getattr(getattr(self, part), method)(*args, **kwargs)
        if convert is not None:
            result = getattr(self, convert)(result, self.errors)[0]
        return result
    forward.__name__ = forward.__qualname__ = method
    return forward


class StreamReaderWriter(_Wrapper):
    """A stream that reads through a StreamReader and writes through a StreamWriter."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)
        self.errors = errors

    read = _via('reader', 'read')
    readline = _via('reader', 'readline')
    readlines = _via('reader', 'readlines')
    write = _via('writer', 'write')
    writelines = _via('writer', 'writelines')

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.reader)

    def reset(self):
        for part in (self.reader, self.writer):
            part.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if (offset, whence) == (0, 0):
            self.writer.reset()


class StreamRecoder(_Wrapper):
    """Presents data encoded one way as data encoded another way: the frontend `encode` /
    `decode` functions face the caller, Reader / Writer face the stream."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode, self.decode = encode, decode
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)
        self.errors = errors

    read = _via('reader', 'read', 'encode')

    def readline(self, size=None):
        line = self.reader.readline() if size is None else self.reader.readline(size)
        return self.encode(line, self.errors)[0]

    def readlines(self, sizehint=None):
        return self.read().splitlines(keepends=True)

    def __iter__(self):
        return self

    def __next__(self):
        return self.encode(next(self.reader), self.errors)[0]

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.write(b"".join(list))

    def reset(self):
        for part in (self.reader, self.writer):
            part.reset()

    def seek(self, offset, whence=0):
        for part in (self.reader, self.writer):
            part.seek(offset, whence)


# ---------------------------------------------------------------------------------------
# Error handlers


def _unicode_error_type(exc):
    for kind in (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError):
        if isinstance(exc, kind):
            return kind
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def strict_errors(exception):
    """The 'strict' handler: raises the exception."""
    if isinstance(exception, BaseException):
        raise exception
    raise TypeError("codec must pass exception instance")


def ignore_errors(exception):
    """The 'ignore' handler: drops the malformed data."""
    _unicode_error_type(exception)
    return ("", exception.end)


def replace_errors(exception):
    """The 'replace' handler: '?' per character when encoding, U+FFFD otherwise."""
    kind = _unicode_error_type(exception)
    if kind is UnicodeDecodeError:
        return ("\ufffd", exception.end)
    filler = "?" if kind is UnicodeEncodeError else "\ufffd"
    return (filler * (exception.end - exception.start), exception.end)


def _unencodable(exception, handler):
    if not isinstance(exception, UnicodeEncodeError):
        raise TypeError(f"don't know how to handle {type(exception).__name__} in error callback")
    return exception.object[exception.start:exception.end]


def xmlcharrefreplace_errors(exception):
    """The 'xmlcharrefreplace' handler (encoding only): &#NNN; references."""
    chars = _unencodable(exception, "xmlcharrefreplace")
    return ("".join(f"&#{ord(ch)};" for ch in chars), exception.end)


def _escape_code(code):
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def backslashreplace_errors(exception):
    """The 'backslashreplace' handler: \\xNN, \\uNNNN or \\UNNNNNNNN escapes."""
    kind = _unicode_error_type(exception)
    bad = exception.object[exception.start:exception.end]
    codes = bad if kind is UnicodeDecodeError else (ord(ch) for ch in bad)
    return ("".join(_escape_code(code) for code in codes), exception.end)


def namereplace_errors(exception):
    """The 'namereplace' handler (encoding only): \\N{NAME} escapes."""
    import unicodedata
    pieces = []
    for ch in _unencodable(exception, "namereplace"):
        name = unicodedata.name(ch, None)
        pieces.append(_escape_code(ord(ch)) if name is None else "\\N{%s}" % name)
    return ("".join(pieces), exception.end)


def _surrogate_handler(name):
    def handler(exception):
        _unicode_error_type(exception)
        raise exception
    handler.__name__ = handler.__qualname__ = name
    return handler


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
    'surrogateescape': _surrogate_handler('surrogateescape'),
    'surrogatepass': _surrogate_handler('surrogatepass'),
}


def register_error(name, handler, /):
    """Register handler(exception) -> (replacement, resume position) as `errors=name`."""
    if not isinstance(name, str):
        raise TypeError(f"register_error() argument 1 must be str, not {_kind(name)}")
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler
    _dyad_codecs.set_error_handlers(_error_handlers)


def lookup_error(name, /):
    """The error handler registered under name (LookupError if none)."""
    if not isinstance(name, str):
        raise TypeError(f"lookup_error() argument must be str, not {_kind(name)}")
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


# ---------------------------------------------------------------------------------------
# The runtime's text encodings as codecs


def _kind(value):
    """A value's type as CPython's argument errors name it ('None' for None)."""
    return "None" if value is None else type(value).__name__


def _bytes_of(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if not isinstance(data, str):
        try:
            return bytes(memoryview(data))
        except TypeError:
            pass
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


# Canonical name -> the _codecs function family CPython names in its error messages.
_FAMILY = {
    'utf-8': 'utf_8', 'utf-8-sig': 'utf_8', 'ascii': 'ascii', 'iso8859-1': 'latin_1',
    'utf-16': 'utf_16', 'utf-16-le': 'utf_16_le', 'utf-16-be': 'utf_16_be',
    'utf-32': 'utf_32', 'utf-32-le': 'utf_32_le', 'utf-32-be': 'utf_32_be', 'utf-7': 'utf_7',
    'unicode-escape': 'unicode_escape', 'raw-unicode-escape': 'raw_unicode_escape',
}


def _utf8_pending(data):
    """How many bytes at the end of data begin a UTF-8 sequence more input could complete."""
    count = len(data)
    back = 1
    while back <= min(3, count):
        lead = data[count - back]
        if 0x80 <= lead <= 0xBF:
            back += 1
            continue
        if 0xC2 <= lead <= 0xDF:
            length = 2
        elif 0xE0 <= lead <= 0xEF:
            length = 3
        elif 0xF0 <= lead <= 0xF4:
            length = 4
        else:
            return 0
        if back >= length:
            return 0
        if back > 1:
            second = data[count - back + 1]
            low, high = {0xE0: (0xA0, 0xBF), 0xF0: (0x90, 0xBF),
                         0xF4: (0x80, 0x8F)}.get(lead, (0x80, 0xBF))
            if not low <= second <= high:
                return 0
        return back
    return 0


def _wide_pending(data, unit, big_endian):
    """Bytes at the end of UTF-16/32 data to hold back: a partial code unit, and for UTF-16
    a lone high surrogate that the next unit may complete."""
    keep = len(data) % unit
    if unit == 2 and len(data) - keep >= 2:
        end = len(data) - keep
        hi = data[end - 2] if big_endian else data[end - 1]
        if 0xD8 <= hi <= 0xDB:
            keep += 2
    return keep


_NATIVE_SUFFIX = '-le' if _LITTLE else '-be'


def _after_first(name):
    """The codec that continues a stream begun with `name` (whose BOM is then written)."""
    if name in ('utf-16', 'utf-32'):
        return name + _NATIVE_SUFFIX
    return 'utf-8' if name == 'utf-8-sig' else name


def _sniff(name, data, final):
    """(codec, BOM length) to decode a stream in codec `name` that starts with data, or
    None while too few bytes have come to tell."""
    if name == 'utf-8-sig':
        if data.startswith(BOM_UTF8):
            return ('utf-8', 3)
        if BOM_UTF8.startswith(data) and not final:
            return None
        return ('utf-8', 0)
    if name not in ('utf-16', 'utf-32'):
        return (name, 0)
    width = 2 if name == 'utf-16' else 4
    if len(data) < width and not final:
        return None
    marks = (BOM_UTF16_LE, BOM_UTF16_BE) if width == 2 else (BOM_UTF32_LE, BOM_UTF32_BE)
    for mark, suffix in zip(marks, ('-le', '-be')):
        if data.startswith(mark):
            return (name + suffix, width)
    return (name + _NATIVE_SUFFIX, 0)


class _TextCodec:
    """The runtime's codec `name`: functions and classes built from str.encode/bytes.decode."""

    def __init__(self, name):
        self.name = name
        self.family = _FAMILY.get(name, 'charmap')

    def encode(self, input, errors=None):
        if not isinstance(input, str):
            raise TypeError(f"{self.family}_encode() argument 1 must be str, "
                            f"not {type(input).__name__}")
        return (_dyad_codecs.encode(input, self.name, errors or 'strict'), len(input))

    def decode(self, input, errors=None, final=True):
        data = _bytes_of(input)
        used = len(data) if final else len(data) - self.pending(data)
        return (_dyad_codecs.decode(data[:used], self.name, errors or 'strict'), used)

    def pending(self, data):
        if self.name in ('utf-8', 'utf-8-sig'):
            return _utf8_pending(data)
        if self.name.startswith('utf-16'):
            return _wide_pending(data, 2, self._big_endian(data))
        if self.name.startswith('utf-32'):
            return _wide_pending(data, 4, self._big_endian(data))
        return 0

    def _big_endian(self, data):
        if self.name.endswith('-be'):
            return True
        if self.name.endswith('-le'):
            return False
        if data[:2] == BOM_UTF16_BE or data[:4] == BOM_UTF32_BE:
            return True
        return not _LITTLE and not data.startswith(BOM_UTF16_LE)

    def info(self):
        codec = self

        def encode(input, errors='strict'):
            return codec.encode(input, errors)

        def decode(input, errors='strict'):
            return codec.decode(input, errors, True)

        class Encoder(IncrementalEncoder):
            first = True

            def encode(self, input, final=False):
                name = codec.name if self.first else _after_first(codec.name)
                self.first = False
                return _TextCodec(name).encode(input, self.errors)[0]

            def reset(self):
                self.first = True

            def getstate(self):
                return 2 if self.first and codec.name in ('utf-16', 'utf-32') else 0

            def setstate(self, state):
                self.first = bool(state)

        class Decoder(BufferedIncrementalDecoder):
            target = None

            def _buffer_decode(self, input, errors, final):
                if self.target is None:
                    found = _sniff(codec.name, input, final)
                    if found is None:
                        return ("", 0)
                    self.target = found
                name, skip = self.target
                self.target = (name, 0)
                text, used = _TextCodec(name).decode(input[skip:], errors, final)
                return (text, used + skip)

            def reset(self):
                BufferedIncrementalDecoder.reset(self)
                self.target = None

        class Writer(StreamWriter):
            first = True

            def encode(self, input, errors='strict'):
                name = codec.name if self.first else _after_first(codec.name)
                self.first = False
                return _TextCodec(name).encode(input, errors)

            def reset(self):
                self.first = True

        class Reader(StreamReader):
            target = None

            def decode(self, input, errors='strict'):
                if self.target is None:
                    found = _sniff(codec.name, input, False)
                    if found is None:
                        return ("", 0)
                    self.target = found
                name, skip = self.target
                self.target = (name, 0)
                text, used = _TextCodec(name).decode(input[skip:], errors, False)
                return (text, used + skip)

            def reset(self):
                StreamReader.reset(self)
                self.target = None

        for cls, label in ((Encoder, 'IncrementalEncoder'), (Decoder, 'IncrementalDecoder'),
                           (Writer, 'StreamWriter'), (Reader, 'StreamReader')):
            cls.__name__ = cls.__qualname__ = label
        return CodecInfo(encode, decode, Reader, Writer, Encoder, Decoder, name=self.name)


# ---------------------------------------------------------------------------------------
# The transforms (not text encodings: codecs.encode/decode only)


def _rot13_table():
    table = {}
    for first in (ord('a'), ord('A')):
        for i in range(26):
            table[first + i] = first + (i + 13) % 26
    return table


_ROT13 = _rot13_table()


def _transform(name, forward, backward, checked):
    """CodecInfo of a transform (not a text encoding): forward/backward map a whole input
    (and each piece given to the incremental and stream codecs) to its output."""
    def encode(input, errors='strict'):
        if checked:
            assert errors == 'strict'
        return (forward(input), len(input))

    def decode(input, errors='strict'):
        if checked:
            assert errors == 'strict'
        return (backward(input), len(input))

    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            if checked:
                assert self.errors == 'strict'
            return forward(input)

    class Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            if checked:
                assert self.errors == 'strict'
            return backward(input)

    class Writer(StreamWriter):
        charbuffertype = bytes

        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class Reader(StreamReader):
        charbuffertype = str if forward is _rot13_text else bytes

        def decode(self, input, errors='strict'):
            return decode(input, errors)

    for cls, label in ((Encoder, 'IncrementalEncoder'), (Decoder, 'IncrementalDecoder'),
                       (Writer, 'StreamWriter'), (Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = label
    return CodecInfo(encode, decode, Reader, Writer, Encoder, Decoder, name=name,
                     _is_text_encoding=False)


def _rot13_text(text):
    return str.translate(text, _ROT13)


def _transform_info(key):
    if key in ('rot_13', 'rot13'):
        return _transform('rot-13', _rot13_text, _rot13_text, False)
    if key in ('hex', 'hex_codec'):
        import binascii
        return _transform('hex', binascii.b2a_hex, binascii.a2b_hex, True)
    if key in ('base64', 'base_64', 'base64_codec'):
        import base64
        return _transform('base64', base64.encodebytes, base64.decodebytes, True)
    return None


# ---------------------------------------------------------------------------------------
# Registry


_searchers = []
_known = {}


def _registry_key(encoding):
    """lower-case ASCII letters, digits and dots; every other run of characters becomes one
    '_' between words (none at either end)."""
    words = []
    word = []
    for ch in encoding:
        if ch.isascii() and (ch.isalnum() or ch == '.'):
            word.append(ch.lower())
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return "_".join(words)


def register(search_function, /):
    """Add a search function: called with a normalised encoding name, it returns a
    CodecInfo (or a 4-tuple) or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    if not _searchers:
        # str.encode / bytes.decode ask here for the encodings they do not know themselves.
        _dyad_codecs.set_search(_registered_info)
    _searchers.append(search_function)


def unregister(search_function, /):
    """Remove a search function (and forget every looked-up codec)."""
    if search_function in _searchers:
        _searchers.remove(search_function)
    _known.clear()


def _builtin_info(key):
    found = _transform_info(key)
    if found is not None:
        return found
    try:
        name = _text_codec_name(key)
    except LookupError:
        return None
    return _TextCodec(name).info()


def _registered_info(encoding):
    """The CodecInfo a registered search function gives for encoding, or None."""
    try:
        return lookup(encoding)
    except LookupError:
        return None


def lookup(encoding, /):
    """The CodecInfo for encoding (LookupError when no search function knows it)."""
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {_kind(encoding)}")
    key = _registry_key(encoding)
    info = _known.get(key)
    if info is not None:
        return info
    info = _builtin_info(key)
    if info is None:
        for search in list(_searchers):
            info = search(key)
            if info is None:
                continue
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            break
    if info is None:
        raise LookupError(f"unknown encoding: {encoding}")
    _known[key] = info
    return info


# Exception types whose constructor takes more than a message (CPython does not re-raise
# these with the codec named).
_RICH_EXCEPTIONS = (SyntaxError, ImportError, OSError, UnicodeEncodeError, UnicodeDecodeError,
                    UnicodeTranslateError, StopIteration, SystemExit, AttributeError, NameError,
                    BaseExceptionGroup)


def _rewrapped(exc, verb, encoding):
    """CPython's re-raise of a codec failure with the codec named, or None when the
    exception has state a one-string copy would lose."""
    kind = type(exc)
    if issubclass(kind, _RICH_EXCEPTIONS):
        return None
    for klass in kind.__mro__:
        if klass.__module__ == 'builtins':
            break
        if '__init__' in vars(klass) or '__new__' in vars(klass):
            return None
    if len(exc.args) > 1 or (exc.args and not isinstance(exc.args[0], str)):
        return None
    if getattr(exc, "__dict__", None):
        return None
    return kind(f"{verb} with {encoding!r} codec failed ({kind.__name__}: {exc})")


def _run_codec(function, obj, errors, verb, encoding):
    try:
        return function(obj, errors)[0]
    except BaseException as exc:
        replacement = _rewrapped(exc, verb, encoding)
        if replacement is None:
            raise
        failure = exc
    raise replacement from failure


def _check_args(func, encoding, errors):
    for label, value in (("encoding", encoding), ("errors", errors)):
        if not isinstance(value, str):
            raise TypeError(f"{func}() argument '{label}' must be str, not {_kind(value)}")


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    _check_args("encode", encoding, errors)
    return _run_codec(lookup(encoding).encode, obj, errors, "encoding", encoding)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    _check_args("decode", encoding, errors)
    return _run_codec(lookup(encoding).decode, obj, errors, "decoding", encoding)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    factory = lookup(encoding).incrementalencoder
    if factory is None:
        raise LookupError(encoding)
    return factory


def getincrementaldecoder(encoding):
    factory = lookup(encoding).incrementaldecoder
    if factory is None:
        raise LookupError(encoding)
    return factory


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings from iterator incrementally, yielding non-empty bytes."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = encoder.encode(piece)
        if out:
            yield out
    out = encoder.encode("", True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the bytes from iterator incrementally, yielding non-empty strings."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = decoder.decode(piece)
        if out:
            yield out
    out = decoder.decode(b"", True)
    if out:
        yield out


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file whose reads and writes go through the codec for encoding (always in
    binary mode underneath); without an encoding, the builtin open()."""
    if encoding is not None and 'b' not in mode:
        mode += 'b'
    stream = builtins.open(filename, mode, buffering)
    if encoding is None:
        return stream
    try:
        info = lookup(encoding)
        wrapper = StreamReaderWriter(stream, info.streamreader, info.streamwriter, errors)
        wrapper.encoding = encoding
        return wrapper
    except:
        stream.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """A StreamRecoder: the caller sees data_encoding, the file holds file_encoding."""
    if file_encoding is None:
        file_encoding = data_encoding
    outer = lookup(data_encoding)
    inner = lookup(file_encoding)
    recoder = StreamRecoder(file, outer.encode, outer.decode, inner.streamreader,
                            inner.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding
    return recoder


def make_identity_dict(rng):
    """{i: i for i in rng}."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """Invert a decoding map; a target reached from several sources maps to None."""
    inverse = {}
    for source, target in decoding_map.items():
        inverse[target] = None if target in inverse else source
    return inverse


# ---------------------------------------------------------------------------------------
# The `_codecs` functions CPython's codecs module re-exports


def _export_family(family, name, decode_final=False):
    codec = _TextCodec(name)

    def encoder(str, errors=None):
        return codec.encode(str, errors)

    if decode_final is None:
        def decoder(data, errors=None):
            return codec.decode(data, errors, True)
    else:
        def decoder(data, errors=None, final=decode_final):
            return codec.decode(data, errors, final)

    encoder.__name__ = encoder.__qualname__ = family + "_encode"
    decoder.__name__ = decoder.__qualname__ = family + "_decode"
    globals()[encoder.__name__] = encoder
    globals()[decoder.__name__] = decoder


for _family, _name, _final in (
        ('utf_8', 'utf-8', False), ('utf_7', 'utf-7', False),
        ('utf_16', 'utf-16', False), ('utf_16_le', 'utf-16-le', False),
        ('utf_16_be', 'utf-16-be', False), ('utf_32', 'utf-32', False),
        ('utf_32_le', 'utf-32-le', False), ('utf_32_be', 'utf-32-be', False),
        ('latin_1', 'iso8859-1', None), ('ascii', 'ascii', None),
        ('unicode_escape', 'unicode-escape', True),
        ('raw_unicode_escape', 'raw-unicode-escape', True)):
    _export_family(_family, _name, _final)
del _family, _name, _final, _export_family
