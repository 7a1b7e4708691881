"""Random numbers, choices and tokens from the operating system's entropy source, for
passwords, authentication tokens and other secrets (random.SystemRandom underneath)."""

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe', 'compare_digest']

from random import SystemRandom

DEFAULT_ENTROPY = 32  # bytes in a token when no size is given

_sysrand = SystemRandom()

choice = _sysrand.choice
randbits = _sysrand.getrandbits


def randbelow(exclusive_upper_bound):
    """A random int n with 0 <= n < exclusive_upper_bound."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when nbytes is None)."""
    return _sysrand.randbytes(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """A token of nbytes random bytes as hexadecimal text (two digits a byte)."""
    return token_bytes(nbytes).hex()


# standard base64 alphabet -> the URL- and file-name-safe one
_URLSAFE = bytes.maketrans(b'+/', b'-_')


def token_urlsafe(nbytes=None):
    """A token of nbytes random bytes as URL-safe base64 text, without '=' padding."""
    from binascii import b2a_base64
    encoded = b2a_base64(token_bytes(nbytes), newline=False)
    return encoded.rstrip(b'=').translate(_URLSAFE).decode('ascii')


def _octets(obj):
    """The bytes of a bytes-like object, or None when obj is not one."""
    if isinstance(obj, (bytes, bytearray)):
        return bytes(obj)
    if isinstance(obj, memoryview):
        return obj.tobytes()
    import sys
    arrays = sys.modules.get('array')
    if arrays is not None and isinstance(obj, arrays.array):
        return obj.tobytes()
    return None


def _same_octets(x, y):
    # examine every position whatever the outcome, so the time does not depend on where the
    # inputs first differ (only on the length of y)
    mismatch = len(x) ^ len(y)
    padded = x if len(x) == len(y) else y
    for p, q in zip(padded, y):
        mismatch |= p ^ q
    return mismatch == 0


def compare_digest(*args, **kwargs):
    """a == b for two ASCII strs or two bytes-like objects, in time independent of where
    they differ (to compare secrets without leaking timing)."""
    if kwargs:
        raise TypeError('_hashlib.compare_digest() takes no keyword arguments')
    if len(args) != 2:
        raise TypeError('compare_digest expected 2 arguments, got %d' % len(args))
    a, b = args
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        return _same_octets(a.encode('ascii'), b.encode('ascii'))
    left = _octets(a)
    right = _octets(b)
    if left is None and right is None:
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    if left is None or right is None:
        culprit = a if left is None else b
        raise TypeError("a bytes-like object is required, not '%s'" % type(culprit).__name__)
    return _same_octets(left, right)
