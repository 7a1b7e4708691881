"""Path names matching shell patterns (Dyad's glob, behaving as CPython 3.11's).

A pattern is matched one path component at a time: components without wildcards are
checked for existence, the others are matched against directory listings with fnmatch.
Names starting with '.' match only a pattern that starts with '.' (unless include_hidden);
with recursive=True a '**' component matches any number of directories, including none.
Results come in listing order (Dyad's os.listdir is sorted; CPython's scandir order is not
specified), so programs should sort them.
"""

import fnmatch
import os
import re

__all__ = ['glob', 'iglob', 'escape']

_MAGIC = re.compile('([*?[])')
_MAGIC_BYTES = re.compile(b'([*?[])')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of path names matching pathname (relative to root_dir when given)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the path names matching pathname."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    found = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        # '**' first yields '' (the starting directory itself): not a result.
        return _skip_empty(found)
    return found


def _skip_empty(found):
    for name in found:
        if name:
            yield name


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_magic(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            match = _glob_recursive
        else:
            match = _glob_magic
    else:
        match = _glob_plain
    for parent in dirs:
        for name in match(_join(root_dir, parent), basename, dironly, include_hidden):
            yield os.path.join(parent, name)


def _glob_magic(dirpath, pattern, dironly, include_hidden=False):
    names = _listdir(dirpath, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [name for name in names if not _is_hidden(name)]
    return fnmatch.filter(names, pattern)


def _glob_plain(dirpath, basename, dironly, include_hidden=False):
    if basename:
        if _lexists(os.path.join(dirpath, basename)):
            return [basename]
    elif _isdir(dirpath):
        return [basename]
    return []


def _glob_recursive(dirpath, pattern, dironly, include_hidden=False):
    yield pattern[:0]
    yield from _walk(dirpath, dironly, include_hidden)


def _walk(dirpath, dironly, include_hidden):
    for name in _listdir(dirpath, dironly):
        if include_hidden or not _is_hidden(name):
            yield name
            path = os.path.join(dirpath, name) if dirpath else name
            for below in _walk(path, dironly, include_hidden):
                yield os.path.join(name, below)


def _listdir(dirpath, dironly):
    try:
        if not dirpath:
            names = os.listdir(os.curdir if isinstance(dirpath, str) else bytes(os.curdir, 'ascii'))
        else:
            names = os.listdir(dirpath)
    except OSError:
        return []
    if dironly:
        names = [name for name in names if _isdir(os.path.join(dirpath, name) if dirpath else name)]
    return names


def _join(root, path):
    if not root or not path:
        return root or path
    return os.path.join(root, path)


def _lexists(path):
    return os.path.lexists(path)


def _isdir(path):
    return os.path.isdir(path) if path else True


def _is_hidden(name):
    return name[:1] == ('.' if isinstance(name, str) else b'.')


def _is_recursive(pattern):
    return pattern == ('**' if isinstance(pattern, str) else b'**')


def has_magic(s):
    if isinstance(s, bytes):
        return _MAGIC_BYTES.search(s) is not None
    return _MAGIC.search(s) is not None


def escape(pathname):
    """pathname with the wildcard characters made literal ('*' becomes '[*]', ...)."""
    if isinstance(pathname, bytes):
        return _MAGIC_BYTES.sub(br'[\1]', pathname)
    return _MAGIC.sub(r'[\1]', pathname)


def glob0(dirname, pattern):
    return _glob_plain(dirname, pattern, False)


def glob1(dirname, pattern):
    return _glob_magic(dirname, pattern, False)
