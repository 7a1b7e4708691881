"""os, reduced (a Dyad implementation for Linux): names and constants, the environment,
the current directory, listing, stat, creating/removing/renaming files and directories,
getpid, urandom, fspath and os.path (posixpath)."""

import sys
import _dyad_os

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


class PathLike:
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, '__fspath__') or NotImplemented


class _Environ(dict):
    def __setitem__(self, key, value):
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value if isinstance(key, str) else key).__name__)
        _dyad_os.putenv(key, value)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        super().__delitem__(key)
        _dyad_os.unsetenv(key)

    def __repr__(self):
        return 'environ({})'.format(dict.__repr__(self))

    def copy(self):
        return dict(self)


environ = _Environ(_dyad_os.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _dyad_os.putenv(key, value)


def unsetenv(key):
    _dyad_os.unsetenv(key)


def getcwd():
    return _dyad_os.getcwd()


def chdir(path):
    _dyad_os.chdir(fspath(path))


def listdir(path='.'):
    return _dyad_os.listdir(fspath(path))


_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')
_STAT_EXTRA = ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
               'st_blksize', 'st_blocks', 'st_rdev')


def _stat_field(i):
    return property(lambda self: tuple.__getitem__(self, i))


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat.

    A tuple of (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime) with integer times,
    whose fields are also attributes; st_atime, st_mtime and st_ctime as attributes are floats,
    and st_atime_ns, st_blksize ... are attributes only."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    __match_args__ = _STAT_FIELDS

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) < 10:
            raise TypeError(f"os.stat_result() takes an at least 10-sequence ({len(items)}-sequence given)")
        if len(items) > 19:
            raise TypeError(f"os.stat_result() takes an at most 19-sequence ({len(items)}-sequence given)")
        if dict is not None and not isinstance(dict, type({})):
            raise TypeError("os.stat_result() takes a dict as second arg, if any")
        self = tuple.__new__(cls, items[:10])
        extra = {}
        for i, name in enumerate(_STAT_EXTRA):
            if 10 + i < len(items):
                extra[name] = items[10 + i]
            elif dict is not None and name in dict:
                extra[name] = dict[name]
            else:
                extra[name] = None
        # Times given only by the sequence: the float ones are the integer ones.
        for i, name in enumerate(('st_atime', 'st_mtime', 'st_ctime')):
            if extra[name] is None:
                extra[name] = items[7 + i]
        # The fields past the sequence live in the instance's __dict__.
        self.__dict__.update(extra)
        return self

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        fields = _STAT_FIELDS + ('st_atime', 'st_mtime', 'st_ctime')
        return "os.stat_result(" + ", ".join(f"{n}={tuple.__getitem__(self, i)!r}" for i, n in enumerate(fields)) + ")"

    def __reduce__(self):
        return (stat_result, (tuple(self), dict(self.__dict__)))


for _i, _name in enumerate(_STAT_FIELDS):
    setattr(stat_result, _name, _stat_field(_i))
del _i, _name


def _stat_from_native(raw):
    mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev = raw
    seq = (mode, ino, dev, nlink, uid, gid, size,
           atime_ns // 1000000000, mtime_ns // 1000000000, ctime_ns // 1000000000)
    # The float times as CPython computes them: seconds + nanoseconds * 1e-9.
    floats = tuple(ns // 1000000000 + (ns % 1000000000) * 1e-9 for ns in (atime_ns, mtime_ns, ctime_ns))
    return stat_result(seq + floats + (atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev))


def stat(path, *, follow_symlinks=True):
    return _stat_from_native(_dyad_os.stat(fspath(path), bool(follow_symlinks)))


def lstat(path):
    return stat(path, follow_symlinks=False)


def mkdir(path, mode=0o777):
    _dyad_os.mkdir(fspath(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    if path.isdir(name):
        if not exist_ok:
            raise FileExistsError(17, 'File exists', name)
        return
    _dyad_os.makedirs(name, mode)


def rmdir(path):
    _dyad_os.rmdir(fspath(path))


def remove(path):
    _dyad_os.remove(fspath(path))


unlink = remove


def readlink(path):
    target = _dyad_os.readlink(fspath(path))
    return target.encode('utf-8', 'surrogateescape') if isinstance(fspath(path), bytes) else target


def symlink(src, dst, target_is_directory=False):
    _dyad_os.symlink(fspath(src), fspath(dst))


def rename(src, dst):
    _dyad_os.rename(fspath(src), fspath(dst))


replace = rename


def getpid():
    return _dyad_os.getpid()


def _exit(n):
    """Ends the process with status n at once: no atexit functions, no flushing of buffers."""
    _dyad_os._exit(n)


def getppid():
    return _dyad_os.getppid()


def cpu_count():
    return _dyad_os.cpu_count()


def urandom(size):
    """Return a bytes object containing random bytes suitable for cryptographic use."""
    import operator
    size = operator.index(size)
    if size > sys.maxsize:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if size < 0:
        raise ValueError("negative argument not allowed")
    return _dyad_os.urandom(size)


def strerror(code):
    import errno
    messages = {2: 'No such file or directory', 13: 'Permission denied', 17: 'File exists',
                20: 'Not a directory', 21: 'Is a directory', 22: 'Invalid argument', 1: 'Operation not permitted'}
    return messages.get(code, 'Unknown error %d' % code)


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs


import posixpath as path
sys.modules['os.path'] = path
