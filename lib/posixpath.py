"""os.path for POSIX systems (Dyad): path-string arithmetic on str or bytes paths, and
queries of the file system through os.stat / os.lstat."""

import os
import sys

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink",
           "exists", "lexists", "isdir", "isfile", "ismount", "expanduser", "expandvars",
           "normpath", "abspath", "samefile", "sameopenfile", "samestat", "curdir", "pardir",
           "sep", "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames", "relpath", "commonpath"]

sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = sys.platform == 'darwin'

# The file-type bits of st_mode.
_FORMAT_MASK = 0o170000
_DIRECTORY, _REGULAR, _SYMLINK = 0o040000, 0o100000, 0o120000


class _Text:
    """The separator and special names in the type of the paths at hand (str or bytes)."""

    def __init__(self, kind):
        make = (lambda s: s) if kind is str else (lambda s: s.encode('ascii'))
        self.sep, self.dot, self.dotdot = make('/'), make('.'), make('..')
        self.empty, self.tilde, self.dollar = make(''), make('~'), make('$')


_STR_TEXT, _BYTES_TEXT = _Text(str), _Text(bytes)


def _text(path):
    return _BYTES_TEXT if isinstance(path, bytes) else _STR_TEXT


def _raise_for_args(function, *paths):
    """The TypeError CPython reports for a bad or mixed set of path arguments (called while
    the original error is being handled); returns when every argument is fine."""
    kinds = set()
    for path in paths:
        if isinstance(path, os.PathLike):
            path = path.__fspath__()
        if isinstance(path, (str, bytes)):
            kinds.add(type(path))
        else:
            raise TypeError(f"{function}() argument must be str, bytes, or os.PathLike "
                            f"object, not {type(path).__name__!r}") from None
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


# ---------------------------------------------------------------------------------------
# Pure path arithmetic


def normcase(s):
    """Case normalisation: nothing to do on POSIX."""
    return os.fspath(s)


def isabs(s):
    """Whether the path starts at the root."""
    s = os.fspath(s)
    return s.startswith(_text(s).sep)


def join(a, *p):
    """Join path components; a component starting with '/' discards those before it."""
    first = os.fspath(a)
    slash = _text(first).sep
    result = first
    try:
        if not p:
            result[:0] + slash  # (type check of a lone argument)
        for piece in map(os.fspath, p):
            if piece.startswith(slash) or not result:
                result = piece
            elif result.endswith(slash):
                result = result + piece
            else:
                result = result + slash + piece
    except (TypeError, AttributeError, BytesWarning):
        _raise_for_args('join', a, *p)
        raise
    return result


def _cut(path):
    # (head with its trailing slashes, tail) at the last separator.
    slash = _text(path).sep
    at = path.rfind(slash) + 1
    return path[:at], path[at:]


def _trim_head(head, slash):
    # A head that is not all slashes loses its trailing ones.
    if head and head.strip(slash):
        return head.rstrip(slash)
    return head


def split(p):
    """(head, tail): tail is what follows the last '/', head the rest (trailing slashes
    removed unless it is only slashes)."""
    p = os.fspath(p)
    head, tail = _cut(p)
    return _trim_head(head, _text(p).sep), tail


def basename(p):
    """The last component (what follows the final '/')."""
    p = os.fspath(p)
    return _cut(p)[1]


def dirname(p):
    """Everything before the final component."""
    p = os.fspath(p)
    return _trim_head(_cut(p)[0], _text(p).sep)


def splitext(p):
    """(root, ext): ext starts at the last dot of the final component, unless that
    component is only leading dots up to it."""
    p = os.fspath(p)
    t = _text(p)
    name_start = p.rfind(t.sep) + 1
    dot = p.rfind(t.dot)
    if dot > name_start and p[name_start:dot].strip(t.dot):
        return p[:dot], p[dot:]
    return p, p[:0]


def splitdrive(p):
    """('', p): POSIX paths have no drive."""
    p = os.fspath(p)
    return p[:0], p


def normpath(path):
    """Collapse redundant separators and '.'/'..' components (without looking at the file
    system); a leading '//' (exactly two slashes) is kept."""
    path = os.fspath(path)
    t = _text(path)
    if not path:
        return t.dot
    leading = len(path) - len(path.lstrip(t.sep))
    root = t.sep * 2 if leading == 2 else t.sep * min(leading, 1)
    kept = []
    for part in path.split(t.sep):
        if not part or part == t.dot:
            continue
        if part == t.dotdot:
            if kept and kept[-1] != t.dotdot:
                kept.pop()
                continue
            if root:
                continue  # '..' at the root stays at the root
        kept.append(part)
    return (root + t.sep.join(kept)) or t.dot


def commonprefix(m):
    """The longest common leading part (character by character) of the items of m."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    low, high = min(m), max(m)
    for index in range(len(low)):
        if low[index] != high[index]:
            return low[:index]
    return low


def commonpath(paths):
    """The longest common sub-path (whole components) of a sequence of paths."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    t = _text(paths[0])
    try:
        rooted = {path[:1] == t.sep for path in paths}
        if len(rooted) > 1:
            raise ValueError("Can't mix absolute and relative paths")
        pieces = [[part for part in path.split(t.sep) if part and part != t.dot]
                  for path in paths]
        low, high = min(pieces), max(pieces)
        shared = len(low)
        for index in range(len(low)):
            if low[index] != high[index]:
                shared = index
                break
        return (t.sep if rooted.pop() else t.sep[:0]) + t.sep.join(low[:shared])
    except (TypeError, AttributeError):
        _raise_for_args('commonpath', *paths)
        raise


# ---------------------------------------------------------------------------------------
# Paths relative to the process


def _cwd_like(path):
    cwd = os.getcwd()
    return cwd.encode('utf-8', 'surrogateescape') if isinstance(path, bytes) else cwd


def abspath(path):
    """The normalised absolute form of path (relative to the current directory)."""
    path = os.fspath(path)
    if not isabs(path):
        path = join(_cwd_like(path), path)
    return normpath(path)


def relpath(path, start=None):
    """path expressed relative to start (default: the current directory)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    t = _text(path)
    start = t.dot if start is None else os.fspath(start)
    try:
        base = [part for part in abspath(start).split(t.sep) if part]
        target = [part for part in abspath(path).split(t.sep) if part]
        shared = 0
        for mine, theirs in zip(base, target):
            if mine != theirs:
                break
            shared += 1
        steps = [t.dotdot] * (len(base) - shared) + target[shared:]
        return join(*steps) if steps else t.dot
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _raise_for_args('relpath', path, start)
        raise


def expanduser(path):
    """Replace a leading '~' (or '~user') with that user's home directory."""
    path = os.fspath(path)
    t = _text(path)
    if not path.startswith(t.tilde):
        return path
    end = path.find(t.sep, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        home = os.environ.get('HOME')
        if home is None:
            home = _home_of(None)
            if home is None:
                return path
    else:
        user = path[1:end]
        if isinstance(user, bytes):
            user = user.decode('utf-8', 'surrogateescape')
        home = _home_of(user)
        if home is None:
            return path
    if isinstance(path, bytes) and isinstance(home, str):
        home = home.encode('utf-8', 'surrogateescape')
    home = home.rstrip(t.sep)
    return (home + path[end:]) or t.sep


def _home_of(user):
    # The password database's home directory for user (None: the current user), or None.
    try:
        import pwd
    except ImportError:
        return None
    try:
        entry = pwd.getpwuid(os.getuid()) if user is None else pwd.getpwnam(user)
    except KeyError:
        return None
    return entry.pw_dir


def _variable_at(text, start):
    """(name, end) of a variable reference whose '$' precedes text[start], or (None, start):
    ${anything-but-braces} or $ followed by ASCII letters, digits and underscores."""
    if text.startswith('{', start):
        close = text.find('}', start + 1)
        return (None, start) if close < 0 else (text[start + 1:close], close + 1)
    stop = start
    while stop < len(text) and text[stop].isascii() and (text[stop].isalnum() or text[stop] == '_'):
        stop += 1
    return (None, start) if stop == start else (text[start:stop], stop)


def expandvars(path):
    """Replace $name and ${name} with environment variables; unknown ones stay as they are."""
    path = os.fspath(path)
    if _text(path).dollar not in path:
        return path
    as_bytes = isinstance(path, bytes)
    text = path.decode('latin-1') if as_bytes else path  # bytes <-> chars one to one
    pieces = []
    copied = scan = 0
    while True:
        scan = text.find('$', scan)
        if scan < 0:
            break
        name, end = _variable_at(text, scan + 1)
        if name is None:
            scan += 1
            continue
        value = _environment_value(name, as_bytes)
        if value is not None:
            pieces += [text[copied:scan], value]
            copied = end
        scan = end
    pieces.append(text[copied:])
    result = ''.join(pieces)
    return result.encode('latin-1') if as_bytes else result


def _environment_value(name, as_bytes):
    # os.environ[name] or None; for bytes paths name and value are latin-1 stand-ins for
    # the bytes (the environment itself is decoded as UTF-8 with surrogateescape).
    if as_bytes:
        name = name.encode('latin-1').decode('utf-8', 'surrogateescape')
    value = os.environ.get(name)
    if value is not None and as_bytes:
        value = value.encode('utf-8', 'surrogateescape').decode('latin-1')
    return value


def realpath(filename, *, strict=False):
    """The canonical path of filename: absolute, with every symbolic link resolved.

    With strict=True a missing component or a link loop raises OSError; otherwise the
    walk stops there and the rest of the path is kept as written."""
    filename = os.fspath(filename)
    t = _text(filename)
    start = t.sep if isabs(filename) else t.empty
    walked, _ = _follow(start, filename.split(t.sep), strict, {}, t)
    return abspath(walked)


def _follow(base, parts, strict, links, t):
    """Resolve the components `parts` below the already resolved path base. Returns
    (path, complete); complete is False when a symbolic-link loop stopped the walk (the
    remaining components are then appended unresolved). links maps each link met to its
    resolution (None while that is being worked out)."""
    for index, part in enumerate(parts):
        if part == t.empty or part == t.dot:
            continue
        if part == t.dotdot:
            if not base:
                base = t.dotdot
            else:
                head, last = split(base)
                base = join(head, t.dotdot, t.dotdot) if last == t.dotdot else head
            continue
        candidate = join(base, part)
        try:
            is_link = os.lstat(candidate).st_mode & _FORMAT_MASK == _SYMLINK
        except OSError:
            if strict:
                raise
            is_link = False
        if not is_link:
            base = candidate
            continue
        if candidate in links:
            if links[candidate] is not None:
                base = links[candidate]
                continue
            if strict:
                os.stat(candidate)  # the link loop's OSError
            return join(candidate, t.sep.join(parts[index + 1:])), False
        links[candidate] = None
        target = os.readlink(candidate)
        base, complete = _follow(t.sep if target.startswith(t.sep) else base,
                                 target.split(t.sep), strict, links, t)
        if not complete:
            return join(base, t.sep.join(parts[index + 1:])), False
        links[candidate] = base
    return base, True


# ---------------------------------------------------------------------------------------
# File-system queries


def _status(path, follow=True):
    # os.stat/os.lstat result, or None when the path cannot be examined.
    try:
        return os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None


def _has_format(path, bits, follow=True):
    status = _status(path, follow)
    return status is not None and status.st_mode & _FORMAT_MASK == bits


def exists(path):
    """Whether path names an existing file (False for broken symbolic links)."""
    return _status(path) is not None


def lexists(path):
    """Whether path exists, counting broken symbolic links."""
    return _status(path, False) is not None


def isfile(path):
    """Whether path is (or links to) a regular file."""
    return _has_format(path, _REGULAR)


def isdir(s):
    """Whether s is (or links to) a directory."""
    return _has_format(s, _DIRECTORY)


def islink(path):
    """Whether path is a symbolic link."""
    return _has_format(path, _SYMLINK, False)


def getsize(filename):
    """The size in bytes of filename."""
    return os.stat(filename).st_size


def getmtime(filename):
    """When filename was last modified (seconds since the epoch)."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """When filename was last accessed (seconds since the epoch)."""
    return os.stat(filename).st_atime


def getctime(filename):
    """When filename's metadata last changed (seconds since the epoch)."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Whether two stat results describe the same file (device and inode)."""
    return (s1.st_dev, s1.st_ino) == (s2.st_dev, s2.st_ino)


def samefile(f1, f2):
    """Whether two paths refer to the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def ismount(path):
    """Whether path is a mount point (a directory on another device than its parent, or
    the root)."""
    here = _status(path, False)
    if here is None or here.st_mode & _FORMAT_MASK == _SYMLINK:
        return False
    path = os.fspath(path)
    parent = _status(realpath(join(path, _text(path).dotdot)), False)
    if parent is None:
        return False
    return here.st_dev != parent.st_dev or here.st_ino == parent.st_ino
