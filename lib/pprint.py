"""Pretty printer for Python values, laid out the way CPython 3.11's pprint lays them out.

A value whose one-line form fits the room left on its line is written as that form.  A value
that does not fit, and whose type has a multi-line layout here (the built-in containers, str,
bytes, bytearray, the collections types, mappingproxy, SimpleNamespace and dataclass instances
with a generated repr), is broken over lines, one element per line.
"""

import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


# ---------------------------------------------------------------------------------------------
# Module-level conveniences

def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Write the pretty form of `object` and a newline to `stream` (sys.stdout by default)."""
    PrettyPrinter(indent, width, depth, stream, compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the pretty form of `object` as a str."""
    printer = PrettyPrinter(indent, width, depth, compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), but dicts keep their insertion order unless told otherwise."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _describe(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """A one-line repr in which a container nested in itself is shown as <Recursion on ...>."""
    return _describe(object)[0]


def isreadable(object):
    """Whether saferepr(object) is something eval() could turn back into an equal value."""
    return _describe(object)[1]


def isrecursive(object):
    """Whether `object` (a dict, list or tuple) contains itself somewhere inside."""
    return _describe(object)[2]


# ---------------------------------------------------------------------------------------------
# Helpers

class _Ordered:
    """Sort wrapper: compares with <, and falls back on (type name, id) for mixed types."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        a = self.value
        b = other.value
        try:
            return a < b
        except TypeError:
            return (str(type(a)), id(a)) < (str(type(b)), id(b))


def _pair_key(pair):
    return (_Ordered(pair[0]), _Ordered(pair[1]))


def _loop_marker(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


_PLAIN = frozenset((str, bytes, bytearray, float, complex, bool, type(None)))


def _words(text):
    """Split `text` into pieces, each a run of non-blanks followed by the blanks after it."""
    out = []
    start = 0
    end = len(text)
    while start < end:
        k = start
        while k < end and not text[k].isspace():
            k += 1
        while k < end and text[k].isspace():
            k += 1
        out.append(text[start:k])
        start = k
    return out


def _pack(pieces, room, last_room, sink):
    """Group consecutive `pieces` greedily into runs whose repr fits `room` (the final piece's
    run must fit `last_room`), appending the repr of each run to `sink`."""
    if not pieces:
        return
    run = pieces[0][:0]
    final = len(pieces) - 1
    for n, piece in enumerate(pieces):
        limit = last_room if n == final else room
        joined = run + piece
        if len(repr(joined)) <= limit:
            run = joined
            continue
        if run:
            sink.append(repr(run))
        run = piece
    if run:
        sink.append(repr(run))


def _is_generated_dataclass(object):
    cls = type(object)
    if isinstance(object, type):
        return False
    params = getattr(cls, '__dataclass_params__', None)
    if params is None or not params.repr:
        return False
    inner = getattr(object.__repr__, '__wrapped__', None)
    if inner is None:
        return False
    return '__create_fn__' in inner.__qualname__


# ---------------------------------------------------------------------------------------------
# The printer

class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._indent_per_level = indent
        self._width = width
        self._depth = depth
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public methods ------------------------------------------------------------------------

    def pprint(self, object):
        out = self._stream
        if out is None:
            return
        self._emit(object, out, 0, 0, {}, 0)
        out.write("\n")

    def pformat(self, object):
        buf = _StringIO()
        self._emit(object, buf, 0, 0, {}, 0)
        return buf.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (repr string, readable?, recursive?) for `object`; meant to be overridden."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- one-line forms ------------------------------------------------------------------------

    def _line(self, object, active, level):
        """The one-line form of `object`, noting on self whether it was readable / recursive."""
        text, readable, recursive = self.format(object, dict(active), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _safe_repr(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _PLAIN:
            return repr(object), True, False
        own = getattr(cls, '__repr__', None)
        if own is int.__repr__ and issubclass(cls, int):
            if self._underscore_numbers:
                return format(object, '_d'), True, False
            return repr(object), True, False
        if own is dict.__repr__ and issubclass(cls, dict):
            if not object:
                return '{}', True, False
            return self._nested_repr(object, '{', '}', True, context, maxlevels, level)
        if own is list.__repr__ and issubclass(cls, list):
            if not object:
                return '[]', True, False
            return self._nested_repr(object, '[', ']', False, context, maxlevels, level)
        if own is tuple.__repr__ and issubclass(cls, tuple):
            if not object:
                return '()', True, False
            close = ',)' if len(object) == 1 else ')'
            return self._nested_repr(object, '(', close, False, context, maxlevels, level)
        text = repr(object)
        return text, bool(text) and text[0] != '<', False

    def _nested_repr(self, object, open_, close, paired, context, maxlevels, level):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return open_ + '...' + close, False, key in context
        if key in context:
            return _loop_marker(object), False, True
        members = self._dict_pairs(object) if paired else object
        context[key] = 1
        all_readable = True
        any_recursive = False
        texts = []
        deeper = level + 1
        for member in members:
            if paired:
                k_text, k_ok, k_rec = self.format(member[0], context, maxlevels, deeper)
                v_text, v_ok, v_rec = self.format(member[1], context, maxlevels, deeper)
                texts.append(k_text + ': ' + v_text)
                all_readable = all_readable and k_ok and v_ok
                any_recursive = any_recursive or k_rec or v_rec
            else:
                m_text, m_ok, m_rec = self.format(member, context, maxlevels, deeper)
                texts.append(m_text)
                all_readable = all_readable and m_ok
                any_recursive = any_recursive or m_rec
        del context[key]
        return open_ + ', '.join(texts) + close, all_readable, any_recursive

    # -- multi-line layout ---------------------------------------------------------------------
    # `col` is the column the value starts at; `reserve` is how many characters must stay free
    # after it on its last line (the closing brackets and comma of the enclosing containers).

    def _emit(self, object, out, col, reserve, active, level):
        key = id(object)
        if key in active:
            out.write(_loop_marker(object))
            self._recursive = True
            self._readable = False
            return
        text = self._line(object, active, level)
        if len(text) > self._width - col - reserve:
            layout = _LAYOUTS.get(type(object).__repr__)
            if layout is None and _is_generated_dataclass(object):
                layout = PrettyPrinter._lay_dataclass
            if layout is not None:
                active[key] = 1
                layout(self, object, out, col, reserve, active, level + 1)
                del active[key]
                return
        out.write(text)

    def _pad(self, out):
        if self._indent_per_level > 1:
            out.write(' ' * (self._indent_per_level - 1))

    def _block(self, out, head, tail, rows, members, col, reserve, active, level):
        """Write head, the members laid out by `rows` one per line, then tail."""
        out.write(head)
        self._pad(out)
        inner = col + len(head) - 1 + self._indent_per_level
        rows(members, out, inner, reserve + len(tail), active, level)
        out.write(tail)

    def _seq_rows(self, members, out, col, reserve, active, level):
        newline = ',\n' + ' ' * col
        full = self._width - col + 1
        it = iter(members)
        for current in it:
            break
        else:
            return
        left = full
        sep = ''
        more = True
        while more:
            item = current
            for current in it:
                break
            else:
                more = False
                full -= reserve
                left -= reserve
            if self._compact:
                text = self._line(item, active, level)
                need = len(text) + 2
                if left < need:
                    left = full
                    if sep:
                        sep = newline
                if left >= need:
                    left -= need
                    out.write(sep)
                    out.write(text)
                    sep = ', '
                    continue
            out.write(sep)
            sep = newline
            self._emit(item, out, col, reserve if not more else 1, active, level)

    def _map_rows(self, pairs, out, col, reserve, active, level):
        pairs = list(pairs)
        newline = ',\n' + ' ' * col
        final = len(pairs) - 1
        for n, (k, v) in enumerate(pairs):
            k_text = self._line(k, active, level)
            out.write(k_text + ': ')
            self._emit(v, out, col + len(k_text) + 2, reserve if n == final else 1, active, level)
            if n != final:
                out.write(newline)

    def _attr_rows(self, pairs, out, col, reserve, active, level):
        newline = ',\n' + ' ' * col
        final = len(pairs) - 1
        for n, (name, value) in enumerate(pairs):
            out.write(name + '=')
            if id(value) in active:
                out.write('...')
            else:
                self._emit(value, out, col + len(name) + 1, reserve if n == final else 1, active, level)
            if n != final:
                out.write(newline)

    def _dict_pairs(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_pair_key)
        return mapping.items()

    # The layouts, chosen by the value's type's __repr__ (see _LAYOUTS).

    def _lay_dict(self, object, out, col, reserve, active, level):
        pairs = self._dict_pairs(object) if len(object) else ()
        self._block(out, '{', '}', self._map_rows, pairs, col, reserve, active, level)

    def _lay_list(self, object, out, col, reserve, active, level):
        self._block(out, '[', ']', self._seq_rows, object, col, reserve, active, level)

    def _lay_tuple(self, object, out, col, reserve, active, level):
        tail = ',)' if len(object) == 1 else ')'
        self._block(out, '(', tail, self._seq_rows, object, col, reserve, active, level)

    def _lay_set(self, object, out, col, reserve, active, level):
        if not object:
            out.write(repr(object))
            return
        if type(object) is set:
            head, tail = '{', '}'
        else:
            head, tail = type(object).__name__ + '({', '})'
        members = sorted(object, key=_Ordered)
        self._block(out, head, tail, self._seq_rows, members, col, reserve, active, level)

    def _lay_str(self, object, out, col, reserve, active, level):
        if not object:
            out.write(repr(object))
            return
        wrap = level == 1
        if wrap:
            col += 1
            reserve += 1
        room = self._width - col
        lines = object.splitlines(True)
        final = len(lines) - 1
        parts = []
        for n, line in enumerate(lines):
            limit = room - reserve if n == final else room
            whole = repr(line)
            if len(whole) <= limit:
                parts.append(whole)
            else:
                _pack(_words(line), room, limit, parts)
        self._write_parts(out, parts, col, wrap)

    def _write_parts(self, out, parts, col, wrap):
        if len(parts) == 1:
            out.write(parts[0])
            return
        if wrap:
            out.write('(')
        out.write(('\n' + ' ' * col).join(parts))
        if wrap:
            out.write(')')

    def _lay_bytes(self, object, out, col, reserve, active, level):
        if len(object) <= 4:
            out.write(repr(object))
            return
        wrap = level == 1
        if wrap:
            col += 1
            reserve += 1
        room = self._width - col
        quads = [object[k:k + 4] for k in range(0, len(object), 4)]
        # The reserve only counts against a final piece shorter than four bytes.
        last_room = room - reserve if len(object) % 4 else room
        parts = []
        _pack(quads, room, last_room, parts)
        if wrap:
            out.write('(')
        out.write(('\n' + ' ' * col).join(parts))
        if wrap:
            out.write(')')

    def _lay_bytearray(self, object, out, col, reserve, active, level):
        out.write('bytearray(')
        self._lay_bytes(bytes(object), out, col + 10, reserve + 1, active, level + 1)
        out.write(')')

    def _lay_mappingproxy(self, object, out, col, reserve, active, level):
        out.write('mappingproxy(')
        self._emit(object.copy(), out, col + 13, reserve + 1, active, level)
        out.write(')')

    def _lay_namespace(self, object, out, col, reserve, active, level):
        if type(object) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = type(object).__name__
        self._call_form(out, name, list(object.__dict__.items()), col, reserve, active, level)

    def _lay_dataclass(self, object, out, col, reserve, active, level):
        import dataclasses
        shown = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        self._call_form(out, type(object).__name__, shown, col, reserve, active, level)

    def _call_form(self, out, name, pairs, col, reserve, active, level):
        out.write(name + '(')
        self._attr_rows(pairs, out, col + len(name) + 1, reserve, active, level)
        out.write(')')

    def _lay_ordered_dict(self, object, out, col, reserve, active, level):
        if not object:
            out.write(repr(object))
            return
        name = type(object).__name__
        out.write(name + '(')
        self._emit(list(object.items()), out, col + len(name) + 1, reserve + 1, active, level)
        out.write(')')

    def _lay_defaultdict(self, object, out, col, reserve, active, level):
        if not object:
            out.write(repr(object))
            return
        name = type(object).__name__
        factory = self._line(object.default_factory, active, level)
        col += len(name) + 1
        out.write(name + '(' + factory + ',\n' + ' ' * col)
        self._lay_dict(object, out, col, reserve + 1, active, level)
        out.write(')')

    def _lay_counter(self, object, out, col, reserve, active, level):
        if not object:
            out.write(repr(object))
            return
        head = type(object).__name__ + '({'
        self._block(out, head, '})', self._map_rows, object.most_common(), col, reserve, active, level)

    def _lay_chainmap(self, object, out, col, reserve, active, level):
        maps = object.maps
        if not maps:
            out.write(repr(object))
            return
        name = type(object).__name__
        col += len(name) + 1
        out.write(name + '(')
        final = len(maps) - 1
        for n, m in enumerate(maps):
            if n == final:
                self._emit(m, out, col, reserve + 1, active, level)
                out.write(')')
            else:
                self._emit(m, out, col, 1, active, level)
                out.write(',\n' + ' ' * col)

    def _lay_deque(self, object, out, col, reserve, active, level):
        if not object:
            out.write(repr(object))
            return
        head = type(object).__name__ + '(['
        if object.maxlen is None:
            self._block(out, head, '])', self._seq_rows, object, col, reserve, active, level)
            return
        # With a maxlen the items end a line of their own; the reserve is just for '],'.
        inner = col + len(head) - 1
        self._block(out, head, '],', self._seq_rows, object, col, 0, active, level)
        out.write('\n' + ' ' * inner + 'maxlen=' + self._line(object.maxlen, active, level) + ')')

    def _lay_user_wrapper(self, object, out, col, reserve, active, level):
        self._emit(object.data, out, col, reserve, active, level - 1)


_LAYOUTS = {
    dict.__repr__: PrettyPrinter._lay_dict,
    list.__repr__: PrettyPrinter._lay_list,
    tuple.__repr__: PrettyPrinter._lay_tuple,
    set.__repr__: PrettyPrinter._lay_set,
    frozenset.__repr__: PrettyPrinter._lay_set,
    str.__repr__: PrettyPrinter._lay_str,
    bytes.__repr__: PrettyPrinter._lay_bytes,
    bytearray.__repr__: PrettyPrinter._lay_bytearray,
    _types.MappingProxyType.__repr__: PrettyPrinter._lay_mappingproxy,
    _types.SimpleNamespace.__repr__: PrettyPrinter._lay_namespace,
}


def _add_collections_layouts():
    try:
        import collections
    except ImportError:
        return
    wanted = {
        'OrderedDict': PrettyPrinter._lay_ordered_dict,
        'defaultdict': PrettyPrinter._lay_defaultdict,
        'Counter': PrettyPrinter._lay_counter,
        'ChainMap': PrettyPrinter._lay_chainmap,
        'deque': PrettyPrinter._lay_deque,
        'UserDict': PrettyPrinter._lay_user_wrapper,
        'UserList': PrettyPrinter._lay_user_wrapper,
        'UserString': PrettyPrinter._lay_user_wrapper,
    }
    for name, layout in wanted.items():
        cls = getattr(collections, name, None)
        if cls is not None:
            _LAYOUTS.setdefault(cls.__repr__, layout)


_add_collections_layouts()
