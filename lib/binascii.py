"""Conversions between binary data and ASCII (CPython 3.11's binascii: hex, base64, crc32)."""

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex', 'b2a_base64',
           'a2b_base64', 'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _ascii_data(data):
    """Input of the a2b_* functions: bytes-like or an ASCII str."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"argument should be bytes, buffer or ASCII string, not '{type(data).__name__}'") from None


def _binary_data(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _binary_data(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    s = _ascii_data(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    digits = b'0123456789abcdefABCDEF'
    for c in s:
        if c not in digits:
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(s.decode('ascii'))


a2b_hex = unhexlify

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def b2a_base64(data, *, newline=True):
    data = _binary_data(data)
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[n - 1] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[n - 2] << 16) | (data[n - 1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    s = _ascii_data(data)
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    padding_started = False
    count = 0
    if strict_mode and s[:1] == b'=':
        raise Error('Leading padding not allowed')
    for i, c in enumerate(s):
        if c == 61:  # '='
            padding_started = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    # A complete pad sequence ends the data.
                    if strict_mode and i + 1 < len(s):
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        count += 1
        if quad == 0:
            left = v
            quad = 1
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 0xff)
            left = v & 0x0f
            quad = 2
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 0xff)
            left = v & 0x03
            quad = 3
        else:
            out.append(((left << 6) | v) & 0xff)
            left = 0
            quad = 0
    if quad != 0:
        if quad == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4' % count)
        raise Error('Incorrect padding')
    return bytes(out)


_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC_TABLE.append(_c)
del _n, _c, _k


def crc32(data, crc=0, /):
    data = _binary_data(data)
    crc = ~crc & 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, value, /):
    data = _binary_data(data)
    crc = value & 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
