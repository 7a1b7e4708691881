"""os for Dyad on Linux: names and constants, the environment, the current directory,
listing and scandir, stat, creating/removing/renaming files and directories, file descriptors
(open/read/write/lseek/close), os.system and os.popen, process ids, uname, times, urandom,
fspath/fsencode/fsdecode and os.path (posixpath). Not provided: fork/exec/pipe/dup (Node has
no synchronous form of them) and umask."""

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

# File descriptors, processes and the system: the native calls as they are.
from _dyad_os import (O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC, O_APPEND,
                      O_DIRECTORY, O_NOFOLLOW, O_SYNC, O_DSYNC, O_NONBLOCK, O_NOATIME, O_CLOEXEC,
                      O_ACCMODE, close, read, write, lseek, isatty, fsync, ftruncate, kill, times,
                      uname, getuid, geteuid, getgid, getegid, strerror, uname_result,
                      times_result, terminal_size)


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




def open(path, flags, mode=0o777, *, dir_fd=None):
    """Opens a file descriptor (flags: the O_* constants)."""
    return _dyad_os.open(fspath(path), flags, mode)


def fstat(fd):
    return _stat_from_native(_dyad_os.fstat(fd))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _dyad_os.access(fspath(path), mode)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _dyad_os.chmod(fspath(path), mode, bool(follow_symlinks))


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        a, m = (int(t * 1000000000) if isinstance(t, float) else t * 1000000000 for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        a, m = ns
    else:
        a = m = None
    _dyad_os.utime(fspath(path), a, m, bool(follow_symlinks))


statvfs_result = _dyad_os.statvfs_result


def statvfs(path):
    return _dyad_os.statvfs(fspath(path))


def truncate(path, length):
    _dyad_os.truncate(fspath(path), length)


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    _dyad_os.link(fspath(src), fspath(dst))


def fsencode(filename):
    """The file name as bytes (str encoded as UTF-8 with surrogateescape)."""
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    """The file name as str (bytes decoded as UTF-8 with surrogateescape)."""
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def removedirs(name):
    """Removes the directory, then each empty parent directory of the path, as far as possible."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Renames, making the new name's directories first and removing the old ones left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def get_terminal_size(fd=1):
    return _dyad_os.get_terminal_size(fd)


def get_exec_path(env=None):
    if env is None:
        env = environ
    value = env.get('PATH', None)
    if value is None:
        value = defpath
    if isinstance(value, bytes):
        value = fsdecode(value)
    return value.split(pathsep)


def getlogin():
    raise OSError(6, 'No such device or address')


def system(command):
    """Runs the command in a shell; its wait status (exit code << 8)."""
    return _dyad_os.system(fspath(command))


class _wrap_close:
    """What os.popen returns: the pipe's text stream; close() gives None for a zero exit status,
    else the wait status."""

    def __init__(self, stream, finish):
        self._stream = stream
        self._finish = finish

    def close(self):
        if self._finish is None:
            return None
        status = self._finish(self._stream)
        self._finish = None
        self._stream.close()
        return status or None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    import io
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    if mode == "r":
        out, status = _dyad_os.popen(cmd, None)
        return _wrap_close(io.StringIO(out.decode('utf-8', 'replace')), lambda stream: status)
    return _wrap_close(io.StringIO(), lambda stream: _dyad_os.popen(cmd, stream.getvalue().encode())[1])


class DirEntry:
    """An entry of os.scandir: the name and path, and its kind as the directory listing gave it."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, top, name, kind):
        self = object.__new__(cls)
        self.name = name
        self.path = path.join(top, name)
        self._kind = kind
        return self

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 'l' and follow_symlinks:
            return path.isdir(self.path)
        return self._kind == 'd'

    def is_file(self, *, follow_symlinks=True):
        if self._kind == 'l' and follow_symlinks:
            return path.isfile(self.path)
        return self._kind == 'f'

    def is_symlink(self):
        return self._kind == 'l'

    def is_junction(self):
        return False

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return lstat(self.path).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _ScandirIterator:
    def __init__(self, entries):
        self._entries = entries
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None or self._i >= len(self._entries):
            raise StopIteration
        e = self._entries[self._i]
        self._i += 1
        return e

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path='.'):
    top = fspath(path)
    raw = _dyad_os.scandir(top)
    if isinstance(top, bytes):
        raw = [(name.encode('utf-8', 'surrogateescape'), kind) for name, kind in raw]
    return _ScandirIterator([DirEntry._make(top, name, kind) for name, kind in raw])


def _set_tp_names():
    import _dyad_type
    _dyad_type.set_tp_name(DirEntry, 'posix.DirEntry')
    _dyad_type.set_tp_name(_ScandirIterator, 'posix.ScandirIterator')


_set_tp_names()


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
