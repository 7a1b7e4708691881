"""tempfile for Dyad: temporary files and directories with unique random names.

mkstemp/mkdtemp create the file (O_EXCL, mode 0o600) or directory (0o700) themselves and
retry on a name collision; the other helpers are built on them: NamedTemporaryFile (deleted
when closed), TemporaryFile (its name unlinked at once: only the descriptor knows the file),
SpooledTemporaryFile (in memory until it outgrows max_size) and TemporaryDirectory (removed
with its contents when cleaned up)."""

import os as _os
import io as _io
import random as _random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir',
           'gettempprefixb', 'gettempdirb']

TMP_MAX = 238328
template = 'tmp'
tempdir = None

_NAME_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_picker = _random.Random()


def _random_part():
    return ''.join(_picker.choice(_NAME_CHARS) for _ in range(8))


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _find_tempdir():
    for var in ('TMPDIR', 'TEMP', 'TMP'):
        candidate = _os.environ.get(var)
        if candidate and _os.path.isdir(candidate):
            return _os.path.abspath(candidate)
    for candidate in ('/tmp', '/var/tmp', '/usr/tmp'):
        if _os.path.isdir(candidate):
            return candidate
    return _os.getcwd()


def gettempdir():
    """The directory temporary files go to (tempdir, once found, is kept)."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def _parts(suffix, prefix, dir):
    """The arguments made consistent: all str or all bytes (mixing them is a TypeError)."""
    given = [x for x in (suffix, prefix, dir) if x is not None]
    kinds = {type(_os.fspath(x)) if not isinstance(x, (str, bytes)) else type(x) for x in given}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    as_bytes = kinds == {bytes}
    if suffix is None:
        suffix = b'' if as_bytes else ''
    if prefix is None:
        prefix = gettempprefixb() if as_bytes else template
    if dir is None:
        dir = gettempdirb() if as_bytes else gettempdir()
    return suffix, prefix, _os.fspath(dir), as_bytes


def _candidates(suffix, prefix, dir, as_bytes):
    for _ in range(TMP_MAX):
        name = _random_part()
        if as_bytes:
            name = name.encode()
        yield _os.path.join(dir, prefix + name + suffix)
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file only this process can read and write: (descriptor, absolute path)."""
    suffix, prefix, dir, as_bytes = _parts(suffix, prefix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    for path in _candidates(suffix, prefix, dir, as_bytes):
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory only this process can use; its absolute path."""
    suffix, prefix, dir, as_bytes = _parts(suffix, prefix, dir)
    for path in _candidates(suffix, prefix, dir, as_bytes):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has now (deprecated: another process may take it first)."""
    if dir is None:
        dir = gettempdir()
    for path in _candidates(suffix, prefix, dir, False):
        if not _os.path.lexists(path):
            return path


class _TemporaryFileWrapper:
    """A named temporary file: the open file object (.file) and its name; closing it (or
    leaving its with block) removes the file when delete is true."""

    def __init__(self, file, name, delete=True):
        self._removed = False
        self.delete = delete
        self.name = name
        self.file = file

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc):
        result = self.file.__exit__(*exc)
        self._remove()
        return result

    def close(self):
        try:
            self.file.close()
        finally:
            self._remove()

    def _remove(self):
        if self.delete and not self._removed:
            self._removed = True
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __iter__(self):
        return iter(self.file)


def _open_descriptor(fd, mode, buffering, encoding, newline, errors):
    try:
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a name in the file system, removed when closed (delete=True)."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = _open_descriptor(fd, mode, buffering, encoding, newline, errors)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file without a name: it is unlinked at once, its name is the descriptor."""
    fd, name = mkstemp(suffix, prefix, dir)
    _os.unlink(name)
    return _open_descriptor(fd, mode, buffering, encoding, newline, errors)


class SpooledTemporaryFile:
    """A file kept in memory (StringIO/BytesIO) until more than max_size is written or
    fileno() is asked for; then it rolls over to a TemporaryFile with the same contents.
    Reading, seeking and the like go to whichever file holds the data now."""

    _PASSED_ON = frozenset(('read', 'readline', 'readlines', 'seek', 'tell', 'flush', 'isatty',
                            'readable', 'writable', 'seekable', 'newlines', 'closed', 'close'))

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        text = 'b' not in mode
        self._file = _io.StringIO(newline=newline) if text else _io.BytesIO()
        self._rolled = False
        self._max_size = max_size
        self._options = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                         'prefix': prefix, 'dir': dir, 'newline': newline, 'errors': errors,
                         'encoding': (encoding or 'utf-8') if text else encoding}

    def __getattr__(self, name):
        if name in SpooledTemporaryFile._PASSED_ON:
            return getattr(self._file, name)
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def rollover(self):
        if not self._rolled:
            in_memory = self._file
            on_disk = TemporaryFile(**self._options)
            on_disk.write(in_memory.getvalue())
            on_disk.seek(in_memory.tell(), 0)
            self._file, self._rolled = on_disk, True

    def _grown(self):
        if not self._rolled and self._max_size and self._file.tell() > self._max_size:
            self.rollover()

    def write(self, s):
        count = self._file.write(s)
        self._grown()
        return count

    def writelines(self, lines):
        self._file.writelines(lines)
        self._grown()

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        return self._file.truncate() if size is None else self._file.truncate(size)

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def _option(self, name):
        return getattr(self._file, name) if self._rolled else self._options[name]

    encoding = property(lambda self: self._option('encoding'))
    errors = property(lambda self: self._option('errors'))
    mode = property(lambda self: self._option('mode'))
    name = property(lambda self: self._file.name if self._rolled else None)

    def __iter__(self):
        return iter(self._file)

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, *exc):
        self._file.close()


def _remove_tree(path, ignore_errors):
    try:
        entries = _os.listdir(path)
    except OSError:
        if ignore_errors:
            return
        raise
    for name in entries:
        full = _os.path.join(path, name)
        try:
            if _os.path.isdir(full) and not _os.path.islink(full):
                _remove_tree(full, ignore_errors)
            else:
                _os.unlink(full)
        except OSError:
            if not ignore_errors:
                raise
    try:
        _os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


class TemporaryDirectory:
    """A new directory (mkdtemp) removed with everything in it by cleanup() or at the end of
    its with block, whose value is the directory's name."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        if _os.path.exists(self.name):
            _remove_tree(self.name, self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
