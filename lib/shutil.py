"""shutil for Dyad: copying files (contents, permission bits, times) and trees, removing
trees, moving, which(), disk_usage() and get_terminal_size(). Archives and chown are not
provided."""

import os
import sys
import fnmatch
import collections

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree',
           'move', 'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'ignore_patterns',
           'which', 'disk_usage', 'get_terminal_size', 'SameFileError']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    """A failure of a shutil operation (copytree's carries the list of failed copies)."""


class SameFileError(Error):
    """copyfile() was asked to copy a file onto itself."""


class SpecialFileError(OSError):
    """A special file (a named pipe, say) cannot be copied."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when registering an archive format fails."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies what fsrc.read() gives to fdst, a chunk at a time, until fsrc is exhausted."""
    size = length if length and length > 0 else COPY_BUFSIZE
    while True:
        chunk = fsrc.read(size)
        if not chunk:
            return
        fdst.write(chunk)


def _is_same(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of src to the file dst (replacing it); returns dst."""
    if _is_same(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Gives dst the permission bits of src."""
    st = os.stat(src, follow_symlinks=follow_symlinks)
    os.chmod(dst, st.st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Gives dst the permission bits and access/modification times of src."""
    st = os.stat(src, follow_symlinks=follow_symlinks)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=follow_symlinks)
    os.chmod(dst, st.st_mode & 0o7777)


def _copy_with(metadata, src, dst, follow_symlinks):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    metadata(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copies contents and permission bits; dst may be a directory. Returns the new file's path."""
    return _copy_with(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    """As copy(), and the times too."""
    return _copy_with(copystat, src, dst, follow_symlinks)


def ignore_patterns(*patterns):
    """An `ignore` for copytree: the names matching any of the glob-style patterns."""
    def ignored(path, names):
        return {name for name in names if any(fnmatch.fnmatch(name, p) for p in patterns)}
    return ignored


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies the directory src to dst recursively; returns dst. Failures are collected and
    raised together as one Error."""
    names = os.listdir(src)
    skip = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in skip:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        try:
            if os.path.islink(s):
                target = os.readlink(s)
                if symlinks:
                    os.symlink(target, d)
                    continue
                if not os.path.exists(s):
                    if ignore_dangling_symlinks:
                        continue
                    raise FileNotFoundError(2, 'No such file or directory', s)
            if os.path.isdir(s):
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as failure:
            errors.append((s, d, str(failure)))
    try:
        copystat(src, dst)
    except OSError as failure:
        errors.append((src, dst, str(failure)))
    if not errors:
        return dst
    raise Error(errors)


def rmtree(path, ignore_errors=False, onerror=None):
    """Removes the directory path and everything below it. A failure calls
    onerror(function, path, sys.exc_info()), is ignored (ignore_errors) or is raised."""
    if ignore_errors:
        def report(func, p, info):
            pass
    elif onerror is None:
        def report(func, p, info):
            raise info[1]
    else:
        report = onerror
    try:
        st = os.lstat(path)
    except OSError:
        report(os.lstat, path, sys.exc_info())
        return
    if st.st_mode & 0o170000 == 0o120000:
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            report(os.path.islink, path, sys.exc_info())
        return
    _remove_below(os.fspath(path), report)


def _remove_below(path, report):
    try:
        names = os.listdir(path)
    except OSError:
        report(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            _remove_below(full, report)
        else:
            try:
                os.unlink(full)
            except OSError:
                report(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        report(os.rmdir, path, sys.exc_info())


def move(src, dst, copy_function=copy2):
    """Moves a file or directory to dst (into it, when dst is a directory); returns the
    destination. A rename when possible, else a copy and a removal."""
    target = dst
    if os.path.isdir(dst):
        if _is_same(src, dst):
            os.rename(src, dst)
            return dst
        target = os.path.join(dst, os.path.basename(os.fspath(src).rstrip(os.sep)))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    # Another file system: copy, then remove the original.
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _is_inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


def _is_inside(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.sep):
        src += os.sep
    if not dst.endswith(os.sep):
        dst += os.sep
    return dst.startswith(src)


def _runnable(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd as PATH (or `path`) finds it, or None."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    as_bytes = isinstance(cmd, bytes)
    if as_bytes:
        path = os.fsencode(path)
        sep = os.fsencode(os.pathsep)
    else:
        path = os.fsdecode(path)
        sep = os.pathsep
    seen = set()
    for directory in path.split(sep):
        norm = os.path.normcase(directory)
        if norm in seen:
            continue
        seen.add(norm)
        name = os.path.join(directory, cmd)
        if _runnable(name, mode):
            return name
    return None


_ntuple_diskusage = collections.namedtuple('usage', 'total used free')


def disk_usage(path):
    """Total, used and free space of the file system holding path, in bytes."""
    fs = os.statvfs(path)
    unit = fs.f_frsize
    return _ntuple_diskusage(fs.f_blocks * unit, (fs.f_blocks - fs.f_bfree) * unit, fs.f_bavail * unit)


def _size_from_env(name):
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size: COLUMNS/LINES when set, else the terminal's own, else fallback."""
    wanted = [_size_from_env('COLUMNS'), _size_from_env('LINES')]
    if min(wanted) <= 0:
        try:
            actual = tuple(os.get_terminal_size(sys.__stdout__.fileno()))
        except (AttributeError, ValueError, OSError):
            actual = tuple(fallback)
        for k in (0, 1):
            if wanted[k] <= 0:
                wanted[k] = actual[k] or fallback[k]
    return os.terminal_size(wanted)
