"""The source-code part of inspect for Dyad: getfile, getsourcefile, findsource, getsourcelines,
getsource, getblock and indentsize.

A function's block starts at its code's co_firstlineno (its first decorator); a class's at the
`class` line found by its qualified name. The block is then cut as CPython's BlockFinder cuts
the token stream, here from the lines themselves: decorators and the header (brackets and
strings may span lines) first, then the body while its logical lines are indented deeper than
the header; a one-line body, or a lambda, ends at the end of the header's logical line. Comments
after the body count when indented at least as deep as the body."""

import sys
import linecache
import types as _types


def _kind_error(object):
    raise TypeError('module, class, method, function, traceback, frame, or code object was '
                    'expected, got {}'.format(type(object).__name__))


def getfile(object):
    """The name of the file the object was defined in."""
    if isinstance(object, _types.ModuleType):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isinstance(object, type):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if isinstance(object, _types.MethodType):
        object = object.__func__
    if isinstance(object, _types.FunctionType):
        object = object.__code__
    if isinstance(object, _types.TracebackType):
        object = object.tb_frame
    if isinstance(object, _types.FrameType):
        object = object.f_code
    if isinstance(object, _types.CodeType):
        return object.co_filename
    _kind_error(object)


def getsourcefile(object):
    """The object's source file name, or None when there is no such file."""
    filename = getfile(object)
    if filename.endswith(('.pyc', '.pyo')):
        filename = filename[:-1]
    if linecache.getlines(filename):
        return filename
    return None


def _unwrap_to_code(object):
    if isinstance(object, _types.MethodType):
        object = object.__func__
    if isinstance(object, _types.FunctionType):
        while hasattr(object, '__wrapped__'):
            object = object.__wrapped__
        object = object.__code__
    if isinstance(object, _types.TracebackType):
        object = object.tb_frame
    if isinstance(object, _types.FrameType):
        object = object.f_code
    return object


def _class_line(lines, qualname):
    """The index of the `class` line of the class named by qualname (nested by indentation)."""
    start, indent = 0, -1
    for name in qualname.split('.'):
        if name == '<locals>':
            continue
        found = None
        for i in range(start, len(lines)):
            stripped = lines[i].lstrip()
            depth = len(lines[i]) - len(stripped)
            if indent >= 0 and stripped and not stripped.startswith('#') and depth <= indent and i > start:
                break
            if stripped.startswith('class') and _names_class(stripped, name):
                found = i
                break
        if found is None:
            # (a function on the way, like f.<locals>.C: look anywhere below)
            for i in range(start, len(lines)):
                stripped = lines[i].lstrip()
                if stripped.startswith(('class', 'def', 'async')) and _names_class(stripped, name):
                    found = i
                    break
        if found is None:
            return None
        start = found
        indent = len(lines[found]) - len(lines[found].lstrip())
    # Decorators above the class line belong to it.
    while start > 0 and lines[start - 1].lstrip().startswith('@'):
        start -= 1
    return start


def _names_class(stripped, name):
    for keyword in ('class', 'def', 'async def'):
        if stripped.startswith(keyword):
            rest = stripped[len(keyword):]
            if rest[:1] not in (' ', '\t'):
                continue
            rest = rest.lstrip()
            if rest.startswith(name) and not (rest[len(name):len(name) + 1].isalnum()
                                               or rest[len(name):len(name) + 1] == '_'):
                return True
    return False


def findsource(object):
    """All the lines of the object's file and the index of the object's first line."""
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = sys.modules.get(getattr(object, '__module__', None) or '')
    lines = linecache.getlines(file, module.__dict__ if module is not None else None)
    if not lines:
        raise OSError('could not get source code')
    if isinstance(object, _types.ModuleType):
        return lines, 0
    if isinstance(object, type):
        lnum = _class_line(lines, object.__qualname__)
        if lnum is None:
            raise OSError('could not find class definition')
        return lines, lnum
    code = _unwrap_to_code(object)
    if isinstance(code, _types.CodeType):
        if not hasattr(code, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = code.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def indentsize(line):
    """The indentation of a line, tabs expanded."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def _scan(line, state):
    """Advances the bracket depth and open string of `state` ([depth, quote]) over one line;
    returns whether the line ends a logical line and where its comment starts (or -1)."""
    i, n = 0, len(line)
    comment = -1
    while i < n:
        quote = state[1]
        if quote is not None:
            if line[i] == '\\':
                i += 2
                continue
            if line.startswith(quote, i):
                state[1] = None
                i += len(quote)
                continue
            i += 1
            continue
        ch = line[i]
        if ch == '#':
            comment = i
            break
        if ch in '\'"':
            triple = line[i:i + 3]
            state[1] = triple if triple in ('"""', "'''") else ch
            i += len(state[1])
            continue
        if ch in '([{':
            state[0] += 1
        elif ch in ')]}':
            state[0] = max(0, state[0] - 1)
        i += 1
    body = line[:comment] if comment >= 0 else line
    continued = body.rstrip('\r\n').endswith('\\')
    if state[1] is not None and len(state[1]) == 1:
        state[1] = None  # an unterminated one-quote string ends with its line
    return state[0] == 0 and state[1] is None and not continued, comment


def _logical_end(lines, i):
    """The index after the last physical line of the logical line starting at lines[i]."""
    state = [0, None]
    while i < len(lines):
        ended, _ = _scan(lines[i], state)
        i += 1
        if ended:
            break
    return i


def getblock(lines):
    """The lines of the block at the start of `lines` (a def, class or lambda with its decorators)."""
    n = len(lines)
    i = 0
    while i < n and lines[i].lstrip().startswith('@'):
        i = _logical_end(lines, i)
    if i >= n:
        return lines[:i]
    header_indent = indentsize(lines[i])
    is_lambda = not lines[i].lstrip().startswith(('def', 'class', 'async'))
    i = _logical_end(lines, i)
    # (a header whose code goes on after its colon is a one-line block; so is a lambda)
    if is_lambda or not _ends_with_colon(lines[i - 1]):
        return lines[:i]
    last = i
    body_indent = None
    while i < n:
        stripped = lines[i].strip()
        if not stripped:
            i += 1
            continue
        depth = indentsize(lines[i])
        if stripped.startswith('#'):
            if body_indent is not None and depth >= body_indent:
                last = i + 1
            i += 1
            continue
        if depth <= header_indent:
            break
        if body_indent is None:
            body_indent = depth
        i = _logical_end(lines, i)
        last = i
    return lines[:last]


def _ends_with_colon(line):
    state = [0, None]
    _, comment = _scan(line, state)
    code = line[:comment] if comment >= 0 else line
    return code.rstrip().endswith(':')


def getsourcelines(object):
    """The object's source lines and the number of its first line (0 for a module)."""
    object = _unwrap_for_source(object)
    lines, lnum = findsource(object)
    if isinstance(object, _types.TracebackType):
        object = object.tb_frame
    if isinstance(object, _types.ModuleType) or (isinstance(object, _types.FrameType)
                                                 and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def _unwrap_for_source(object):
    # (inspect.unwrap: decorators made with functools.wraps lead to the function they wrap)
    while not isinstance(object, type) and hasattr(object, '__wrapped__'):
        object = object.__wrapped__
    return object


def getsource(object):
    """The text of the object's source code."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)
