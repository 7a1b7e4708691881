"""reprs with limits on their size (the reprlib module of CPython 3.11, written for Dyad)."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice

try:
    from _thread import get_ident
except ImportError:
    def get_ident():
        return 0


def recursive_repr(fillvalue='...'):
    """Make a __repr__ method return `fillvalue` when it is re-entered for the same object."""

    def decorate(method):
        in_progress = []  # (object, thread) pairs whose repr is being computed

        def guarded(self):
            me = get_ident()
            for obj, thread in in_progress:
                if obj is self and thread == me:
                    return fillvalue
            in_progress.append((self, me))
            try:
                return method(self)
            finally:
                # The innermost entry is ours: calls nest strictly on a thread.
                for k in range(len(in_progress) - 1, -1, -1):
                    if in_progress[k][0] is self and in_progress[k][1] == me:
                        del in_progress[k]
                        break

        for name in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(guarded, name, getattr(method, name))
        guarded.__annotations__ = getattr(method, '__annotations__', {})
        return guarded

    return decorate


def _possibly_sorted(items):
    # Sorted when the elements allow it, else in iteration order.
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _middle_out(text, limit, filler):
    """`text` with its middle replaced by `filler` when longer than `limit` characters."""
    if len(text) <= limit:
        return text
    head = (limit - 3) // 2
    if head < 0:
        head = 0
    tail = limit - 3 - head
    if tail < 0:
        tail = 0
    return text[:head] + filler + text[len(text) - tail:]


def _as_method(fn, kind):
    fn.__name__ = 'repr_' + kind
    fn.__qualname__ = 'Repr.repr_' + kind
    return fn


def _container(kind, opening, closing, one_trail=''):
    """Build the repr_<kind> method of a sized iterable shown between `opening` and `closing`;
    its length limit is the attribute max<kind>."""
    limit_name = 'max' + kind

    def method(self, x, level):
        return self._repr_iterable(x, level, opening, closing, getattr(self, limit_name), one_trail)

    return _as_method(method, kind)


def _unordered(kind, opening, closing):
    """Build the repr_<kind> method of a set type: elements sorted when they can be."""
    limit_name = 'max' + kind
    empty_text = kind + '()'

    def method(self, x, level):
        if not x:
            return empty_text
        return self._repr_iterable(_possibly_sorted(x), level, opening, closing,
                                   getattr(self, limit_name))

    return _as_method(method, kind)


class Repr:
    """Holds the size limits; repr_<type name> methods produce the limited reprs."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = self.maxfrozenset = self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        kind = type(x).__name__
        if ' ' in kind:
            kind = '_'.join(kind.split())
        handler = getattr(self, 'repr_' + kind, None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        count = len(x)
        if count and level <= 0:
            return left + self.fillvalue + right
        shown = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
        if count > maxiter:
            shown.append(self.fillvalue)
        if count == 1:
            right = trail + right
        return left + ', '.join(shown) + right

    repr_tuple = _container('tuple', '(', ')', ',')
    repr_list = _container('list', '[', ']')
    repr_deque = _container('deque', 'deque([', '])')
    repr_set = _unordered('set', '{', '}')
    repr_frozenset = _unordered('frozenset', 'frozenset({', '})')

    def repr_array(self, x, level):
        code = x.typecode
        if not x:
            return "array('%s')" % code
        return self._repr_iterable(x, level, "array('%s', [" % code, '])', self.maxarray)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        below = level - 1
        entries = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            entries.append(self.repr1(key, below) + ': ' + self.repr1(x[key], below))
        if len(x) > self.maxdict:
            entries.append(self.fillvalue)
        return '{' + ', '.join(entries) + '}'

    def repr_str(self, x, level):
        limit = self.maxstring
        quoted = builtins.repr(x[:limit])
        if len(quoted) <= limit:
            return quoted
        # Keep both ends of the string; the repr of the two ends joined gives the quotes.
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        quoted = builtins.repr(x[:head] + x[len(x) - tail:])
        return quoted[:head] + self.fillvalue + quoted[len(quoted) - tail:]

    def repr_int(self, x, level):
        return _middle_out(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _middle_out(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
