"""Secure hashes: md5 (RFC 1321), sha1, sha224, sha256, sha384, sha512 (FIPS 180-4), with
hashlib's interface (new, update/digest/hexdigest/copy, name/digest_size/block_size).

The digests are native (_dyad_hash, src/modules/hashes.ts). A hash object keeps its input and
digests it in full on each digest() call.
"""

from _dyad_hash import digest as _digest

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'file_digest')

algorithms_guaranteed = frozenset({'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'})
algorithms_available = algorithms_guaranteed

_ALGORITHMS = {  # name: (digest_size, block_size)
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64),
    'sha256': (32, 64), 'sha384': (48, 128), 'sha512': (64, 128),
}


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"object supporting the buffer API required") from None


class _Hash:
    def __init__(self, name, data=b''):
        self._name = name
        self._digest_size, self._block_size = _ALGORITHMS[name]
        self._data = bytearray()
        if data:
            self.update(data)

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return self._digest_size

    @property
    def block_size(self):
        return self._block_size

    def update(self, data, /):
        self._data += _as_bytes(data)

    def digest(self):
        return _digest(self._name, bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash(self._name)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return f"<{self._name} _hashlib.HASH object @ {hex(id(self))}>"


_Hash.__name__ = _Hash.__qualname__ = 'HASH'
_Hash.__module__ = '_hashlib'


def new(name, data=b'', **kwargs):
    key = name.lower() if isinstance(name, str) else name
    if key not in _ALGORITHMS:
        raise ValueError(f"unsupported hash type {name}")
    return _Hash(key, data)


def _constructor(name):
    def make(data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        return _Hash(name, data)
    make.__name__ = make.__qualname__ = 'openssl_' + name
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
