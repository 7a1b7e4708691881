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


class stat_result(tuple):
    n_sequence_fields = 10

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    st_mode = property(lambda self: self[0])
    st_size = property(lambda self: self[1])
    st_mtime = property(lambda self: self[2])
    st_ino = property(lambda self: self[3])
    st_dev = property(lambda self: self[4])
    st_nlink = property(lambda self: self[5])
    st_uid = property(lambda self: self[6])
    st_gid = property(lambda self: self[7])
    st_atime = property(lambda self: self[8])
    st_ctime = property(lambda self: self[9])


def stat(path, *, follow_symlinks=True):
    return stat_result(_dyad_os.stat(fspath(path), bool(follow_symlinks)))


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
