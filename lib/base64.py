"""Base16, Base32, Base64, Ascii85 and Base85 encodings of binary data (as in CPython 3.11)."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode',
           'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76                      # characters per line written by encodebytes()
MAXBINSIZE = (MAXLINESIZE // 4) * 3   # input bytes that make one such line


# ---------------------------------------------------------------------------------------------
# Argument coercion

def _as_input_bytes(data):
    """Bytes of an argument to be decoded: an ASCII str or any bytes-like object."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(data, bytes_types):
        return data
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % type(data).__name__) from None
    return view.tobytes()


def _as_plain_bytes(data):
    """Bytes of an argument to be encoded: any bytes-like object (memoryview raises otherwise)."""
    if isinstance(data, bytes_types):
        return data
    return memoryview(data).tobytes()


def _check_legacy_input(data):
    # encodebytes() and decodebytes() take only one-dimensional byte buffers.
    try:
        view = memoryview(data)
    except TypeError as exc:
        raise TypeError('expected bytes-like object, not %s' % type(data).__name__) from exc
    kind = type(data).__name__
    if view.format not in ('c', 'b', 'B'):
        raise TypeError('expected single byte elements, not %r from %s' % (view.format, kind))
    if view.ndim != 1:
        raise TypeError('expected 1-D data, not %d-D data from %s' % (view.ndim, kind))


def _two_chars(alt):
    assert len(alt) == 2, repr(alt)
    return alt


# ---------------------------------------------------------------------------------------------
# Base64

_STD_PAIR = b'+/'
_URL_PAIR = b'-_'
_TO_URL = bytes.maketrans(_STD_PAIR, _URL_PAIR)
_FROM_URL = bytes.maketrans(_URL_PAIR, _STD_PAIR)


def b64encode(s, altchars=None):
    """Base64 of the bytes-like `s`; `altchars` (2 bytes) replaces '+' and '/'."""
    out = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return out
    return out.translate(bytes.maketrans(_STD_PAIR, _two_chars(altchars)))


def b64decode(s, altchars=None, validate=False):
    """Bytes from Base64 `s`; with `validate`, characters outside the alphabet are errors."""
    data = _as_input_bytes(s)
    if altchars is not None:
        alt = _two_chars(_as_input_bytes(altchars))
        data = data.translate(bytes.maketrans(alt, _STD_PAIR))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(_TO_URL)


def urlsafe_b64decode(s):
    return b64decode(_as_input_bytes(s).translate(_FROM_URL))


def encodebytes(s):
    """Base64 of `s` in lines of at most MAXLINESIZE characters, each ending in b'\\n'."""
    _check_legacy_input(s)
    lines = [binascii.b2a_base64(s[k:k + MAXBINSIZE]) for k in range(0, len(s), MAXBINSIZE)]
    return b''.join(lines)


def decodebytes(s):
    _check_legacy_input(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Read binary file `input` to its end, writing its Base64 lines to binary file `output`."""
    while True:
        block = input.read(MAXBINSIZE)
        if not block:
            return
        # Fill the block (a short read is not the end of the file).
        while len(block) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(block))
            if not more:
                break
            block += more
        output.write(binascii.b2a_base64(block))


def decode(input, output):
    """Read Base64 lines from binary file `input`, writing the decoded bytes to `output`."""
    for line in iter(input.readline, b''):
        if not line:
            break
        output.write(binascii.a2b_base64(line))


# ---------------------------------------------------------------------------------------------
# Base32: 5 bytes <-> 8 characters of 5 bits each

_B32_ALPHABETS = {
    'std': b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
    'hex': b'0123456789ABCDEFGHIJKLMNOPQRSTUV',
}
_b32_values = {}   # alphabet name -> {byte: 5-bit value}, made on first decode

# Characters written for the last group of input when it holds 1, 2, 3 or 4 bytes.
_B32_SIGNIFICANT = {1: 2, 2: 4, 3: 5, 4: 7}
# Number of '=' a valid input may end with, and how many bytes its last group then holds.
_B32_LAST_GROUP = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _to_base32(which, s):
    data = _as_plain_bytes(s)
    alphabet = _B32_ALPHABETS[which]
    out = bytearray()
    size = len(data)
    for start in range(0, size, 5):
        group = data[start:start + 5]
        n = len(group)
        value = int.from_bytes(group, 'big') << (8 * (5 - n))
        chars = bytes(alphabet[(value >> shift) & 31] for shift in range(35, -5, -5))
        if n < 5:
            keep = _B32_SIGNIFICANT[n]
            chars = chars[:keep] + b'=' * (8 - keep)
        out += chars
    return bytes(out)


def _from_base32(which, s, casefold=False, map01=None):
    data = _as_input_bytes(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        target = _as_input_bytes(map01)
        assert len(target) == 1, repr(target)
        data = data.translate(bytes.maketrans(b'01', b'O' + target))
    if casefold:
        data = data.upper()
    table = _b32_values.get(which)
    if table is None:
        table = _b32_values[which] = {c: v for v, c in enumerate(_B32_ALPHABETS[which])}
    body = data.rstrip(b'=')
    pads = len(data) - len(body)
    try:
        digits = [table[c] for c in body]
    except KeyError:
        raise binascii.Error('Non-base32 digit found') from None
    if pads not in _B32_LAST_GROUP:
        raise binascii.Error('Incorrect padding')
    out = bytearray()
    for start in range(0, len(digits), 8):
        chunk = digits[start:start + 8]
        value = 0
        for d in chunk:
            value = (value << 5) | d
        # Only the last chunk can be short, by exactly the number of '=' (checked above).
        missing = 8 - len(chunk)
        out += (value << (5 * missing)).to_bytes(5, 'big')[:_B32_LAST_GROUP[missing]]
    return bytes(out)


def b32encode(s):
    return _to_base32('std', s)


def b32decode(s, casefold=False, map01=None):
    return _from_base32('std', s, casefold, map01)


def b32hexencode(s):
    return _to_base32('hex', s)


def b32hexdecode(s, casefold=False):
    return _from_base32('hex', s, casefold)


# ---------------------------------------------------------------------------------------------
# Base16

_HEX_UPPER = b'0123456789ABCDEF'


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    data = _as_input_bytes(s)
    if casefold:
        data = data.upper()
    if data.translate(None, _HEX_UPPER):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(data)


# ---------------------------------------------------------------------------------------------
# Ascii85 and Base85: 4 bytes <-> 5 base-85 digits, most significant first

_A85_ALPHABET = bytes(range(33, 118))
_B85_ALPHABET = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                 b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_B85_VALUES = {c: v for v, c in enumerate(_B85_ALPHABET)}
_A85_OPEN = b'<~'
_A85_CLOSE = b'~>'
_MAX_WORD = 0xFFFFFFFF


def _base85_words(data, alphabet, zero_as_z, spaces_as_y, pad):
    data = _as_plain_bytes(data)
    short = -len(data) % 4
    padded = data + b'\0' * short
    pieces = []
    for start in range(0, len(padded), 4):
        word = int.from_bytes(padded[start:start + 4], 'big')
        if zero_as_z and word == 0:
            pieces.append(b'z')
        elif spaces_as_y and word == 0x20202020:
            pieces.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digits[k] = divmod(word, 85)
            pieces.append(bytes(alphabet[d] for d in digits))
    if short and not pad:
        last = pieces[-1]
        if last == b'z':
            last = alphabet[:1] * 5
        pieces[-1] = last[:5 - short]
    return b''.join(pieces)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 of the bytes-like `b` (all-zero words as 'z'; with foldspaces, 4 spaces as 'y')."""
    text = _base85_words(b, _A85_ALPHABET, True, foldspaces, pad)
    if adobe:
        text = _A85_OPEN + text
    if wrapcol:
        width = max(wrapcol, 2 if adobe else 1)
        lines = [text[k:k + width] for k in range(0, len(text), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')   # the closing ~> goes on a line of its own
        text = b'\n'.join(lines)
    if adobe:
        text += _A85_CLOSE
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Bytes from the Ascii85 `b`."""
    data = _as_input_bytes(b)
    if adobe:
        if not data.endswith(_A85_CLOSE):
            raise ValueError('Ascii85 encoded byte sequences must end with %r' % (_A85_CLOSE,))
        data = data[2:-2] if data.startswith(_A85_OPEN) else data[:-2]
    out = bytearray()
    group = []
    for c in data:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                out += _a85_group(group)
                group = []
        elif c == 122:  # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif c == 121 and foldspaces:  # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c not in ignorechars:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        # A partial group is completed with the highest digit ('u'); it yields one byte less
        # than its length (a lone digit yields nothing).
        got = len(group)
        out += _a85_group(group + [84] * (5 - got))[:got - 1]
    return bytes(out)


def _a85_group(digits):
    value = 0
    for d in digits:
        value = value * 85 + d
    if value > _MAX_WORD:
        raise ValueError('Ascii85 overflow')
    return value.to_bytes(4, 'big')


def b85encode(b, pad=False):
    """Base85 (the alphabet of git binary patches) of the bytes-like `b`."""
    return _base85_words(b, _B85_ALPHABET, False, False, pad)


def b85decode(b):
    """Bytes from the Base85 `b`."""
    data = _as_input_bytes(b)
    short = -len(data) % 5
    data = data + b'~' * short
    out = bytearray()
    for start in range(0, len(data), 5):
        value = 0
        for offset, c in enumerate(data[start:start + 5]):
            d = _B85_VALUES.get(c)
            if d is None:
                raise ValueError('bad base85 character at position %d' % (start + offset))
            value = value * 85 + d
        if value > _MAX_WORD:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += value.to_bytes(4, 'big')
    if short:
        del out[-short:]
    return bytes(out)
