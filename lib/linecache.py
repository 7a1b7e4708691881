"""Read lines of source files on demand and keep them in memory (Dyad's linecache).

`cache` maps a file name to either (size, mtime, lines, fullname) for a file that was read,
or a 1-tuple (get_source,) for a module whose loader can supply its text later (lazycache).
Entries with mtime None are never checked against the file system.
"""

import sys
import os
import functools

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 0 < lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stale(entry):
    """True when a full cache entry no longer describes the file on disk."""
    size, mtime, _lines, fullname = entry
    if mtime is None:
        return False
    try:
        st = os.stat(fullname)
    except (OSError, ValueError):
        return True
    return st.st_size != size or st.st_mtime != mtime


def checkcache(filename=None):
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        if _stale(entry):
            cache.pop(name, None)


def _split_source(text):
    # Universal newlines, as reading the file in text mode would give; the last line gets a
    # newline too.
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = [line + '\n' for line in text.split('\n')]
    if lines[-1] == '\n':
        lines.pop()
    return lines


def _cookie_encoding(line):
    # A PEP 263 declaration: a comment line containing "coding[:=]<name>".
    stripped = line.lstrip(b' \t\f')
    if not stripped.startswith(b'#'):
        return None
    text = stripped.decode('latin-1')
    at = text.find('coding')
    while at >= 0:
        rest = text[at + 6:]
        if rest[:1] in (':', '='):
            rest = rest[1:].lstrip(' \t')
            name = ''
            for ch in rest:
                if ch.isalnum() or ch in '-_.':
                    name += ch
                else:
                    break
            if name:
                return name
        at = text.find('coding', at + 6)
    return None


def _decode(data):
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8')
    encoding = 'utf-8'
    head = data.split(b'\n', 2)[:2]
    for line in head:
        found = _cookie_encoding(line)
        if found is not None:
            encoding = found
            break
        if line.strip() and not line.lstrip().startswith(b'#'):
            break
    return data.decode(encoding)


def _read(path):
    with open(path, 'rb') as f:
        data = f.read()
    return _decode(data)


def _from_loader(filename, module_globals):
    """Lines from a pending lazy entry or from the module's loader, or None."""
    entry = cache.get(filename)
    if entry is not None and len(entry) == 1:
        fetch = entry[0]
    elif lazycache(filename, module_globals):
        fetch = cache[filename][0]
    else:
        return None
    try:
        text = fetch()
    except (ImportError, OSError):
        return None
    if text is None:
        return []
    lines = [line + '\n' for line in text.splitlines()]
    cache[filename] = (len(text), None, lines, filename)
    return lines


def _locate(filename):
    """(path, stat result) for the file, looking along sys.path for a relative name."""
    try:
        return filename, os.stat(filename)
    except (OSError, ValueError):
        pass
    if os.path.isabs(filename):
        return None
    for folder in sys.path:
        if not isinstance(folder, str):
            continue
        path = os.path.join(folder, filename)
        try:
            return path, os.stat(path)
        except (OSError, ValueError):
            continue
    return None


def _is_pseudo(filename):
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def updatecache(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if _is_pseudo(filename):
        return []
    try:
        os.stat(filename)
    except (OSError, ValueError):
        lines = _from_loader(filename, module_globals)
        if lines is not None:
            return lines
    located = _locate(filename)
    if located is None:
        return []
    path, st = located
    try:
        text = _read(path)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    lines = _split_source(text)
    cache[filename] = (st.st_size, st.st_mtime, lines, path)
    return lines


def lazycache(filename, module_globals):
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _is_pseudo(filename):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    name = module_globals['__name__']
    spec = module_globals.get('__spec__')
    loader = getattr(spec, 'loader', None)
    if loader is None:
        loader = module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if get_source is None:
        return False
    cache[filename] = (functools.partial(get_source, name),)
    return True
