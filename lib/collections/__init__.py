"""Container datatypes: a Dyad implementation of namedtuple, Counter, defaultdict, OrderedDict
and ChainMap (the classes of CPython's collections, written in plain Python); deque,
namedtuple's field descriptor and Counter's counting loop are native ones from _collections."""

import sys as _sys

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString", "defaultdict", "deque", "namedtuple"]


# --- namedtuple -------------------------------------------------------------------------------

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a tuple subclass whose fields are also attributes, with a readable repr."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith("_")
                    or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if _iskeyword(name):
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","
    namespace = {"_tuple_new": tuple.__new__, "__builtins__": {}, "__name__": f"namedtuple_{typename}"}
    code = f"lambda _cls, {', '.join(field_names)}: _tuple_new(_cls, ({arg_list}))"
    __new__ = eval(code, namespace)
    __new__.__name__ = "__new__"
    __new__.__qualname__ = f"{typename}.__new__"
    __new__.__doc__ = f"Create new instance of {typename}({', '.join(field_names)})"
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f"Expected {num_fields} arguments, got {len(result)}")
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    def __repr__(self):
        return self.__class__.__name__ + "(" + ", ".join(
            f"{name}={value!r}" for name, value in zip(self._fields, self)) + ")"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    class_namespace = {
        "__doc__": f"{typename}({', '.join(field_names)})",
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, f"Alias for field number {index}")
    result = type(typename, (tuple,), class_namespace)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        result.__module__ = module
    return result


_KEYWORDS = frozenset("""False None True and as assert async await break class continue def
del elif else except finally for from global if import in is lambda nonlocal not or pass raise
return try while with yield""".split())


def _iskeyword(name):
    return name in _KEYWORDS


# --- deque ------------------------------------------------------------------------------------

# The native ring-buffer deque (src/modules/deque.ts), as CPython's collections takes its C one,
# with the namedtuple field descriptor and Counter's counting loop (collections-helpers.ts).
from _collections import deque, _tuplegetter, _count_elements, _register_odict


# --- defaultdict ------------------------------------------------------------------------------

# ids of defaultdict factories whose repr is being made (a recursive repr shows '...').
_factory_reprs = set()


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]): missing keys get default_factory()."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        base = dict.__repr__(self)
        factory = self.default_factory
        if factory is None:
            frepr = "None"
        elif id(factory) in _factory_reprs:
            frepr = "..."  # the factory's repr shows this dict (a bound method of it, say)
        else:
            _factory_reprs.add(id(factory))
            try:
                frepr = repr(factory)
            finally:
                _factory_reprs.discard(id(factory))
        return f"{type(self).__name__}({frepr}, {base})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


# --- OrderedDict ------------------------------------------------------------------------------

_NO_DEFAULT = object()
# ids of OrderedDicts whose repr is being made (a recursive repr shows '...').
_odict_reprs = set()


class OrderedDict(dict):
    """A dict that remembers insertion order, with move_to_end and order-aware equality."""

    def __init__(self, other=(), /, **kwds):
        # OrderedDict's own update, even when a subclass overrides update (as CPython's).
        OrderedDict.update(self, other, **kwds)

    def update(self, other=(), /, **kwds):
        # MutableMapping.update: through __setitem__, which a subclass may override (CPython's
        # OrderedDict uses it as its update). collections.abc loads lazily, so only then.
        if type(self).__setitem__ is dict.__setitem__:
            if type(other) is dict:
                # CPython's update takes a dict's items first (a key's __eq__ changing the
                # dict midway is then no error).
                other = list(dict.items(other))
            dict.update(self, other, **kwds)
            return
        from collections.abc import MutableMapping
        MutableMapping.update(self, other, **kwds)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        if not dict.__contains__(self, key):
            raise KeyError(key)
        # Already at that end: nothing moves (an iteration in progress goes on).
        end = next(dict.__reversed__(self)) if last else next(dict.__iter__(self))
        if end is key or end == key:
            return
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            items = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in items:
                dict.__setitem__(self, k, v)

    def pop(self, key, default=_NO_DEFAULT):
        if default is _NO_DEFAULT:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        if id(self) in _odict_reprs:
            return "..."  # the dict holds itself, directly or through a view
        _odict_reprs.add(id(self))
        try:
            return f"{type(self).__name__}({list(self.items())!r})"
        finally:
            _odict_reprs.discard(id(self))

    def keys(self):
        return _odict_view(0)(self)

    def values(self):
        return _odict_view(1)(self)

    def items(self):
        return _odict_view(2)(self)

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(dict.items(self))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return type(self)(self)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self



_register_odict(OrderedDict)

_odict_views = []


def _odict_view_repr(view, name):
    if id(view) in _odict_reprs:
        return "..."  # the view holds itself (a dict's values include this view)
    _odict_reprs.add(id(view))
    try:
        return '%s(%r)' % (name, list(view))
    finally:
        _odict_reprs.discard(id(view))


def _odict_view(which):
    """odict_keys, odict_values or odict_items (made on first use: they derive from
    collections.abc's views, which are loaded lazily)."""
    if not _odict_views:
        from collections.abc import KeysView, ValuesView, ItemsView

        class odict_keys(KeysView):
            __slots__ = ()

            def __iter__(self):
                return dict.__iter__(self._mapping)

            def __reversed__(self):
                return reversed(list(dict.__iter__(self._mapping)))

            def __repr__(self):
                return _odict_view_repr(self, 'odict_keys')

        class odict_values(ValuesView):
            __slots__ = ()

            def __iter__(self):
                return iter(dict.values(self._mapping))

            def __reversed__(self):
                return reversed(list(dict.values(self._mapping)))

            def __repr__(self):
                return _odict_view_repr(self, 'odict_values')

        class odict_items(ItemsView):
            __slots__ = ()

            def __iter__(self):
                return iter(dict.items(self._mapping))

            def __reversed__(self):
                return reversed(list(dict.items(self._mapping)))

            def __repr__(self):
                return _odict_view_repr(self, 'odict_items')

        for view in (odict_keys, odict_values, odict_items):
            view.__module__ = 'builtins'
            view.__qualname__ = view.__name__
        _odict_views.extend((odict_keys, odict_values, odict_items))
    return _odict_views[which]


# --- Counter ----------------------------------------------------------------------------------

class Counter(dict):
    """A dict of counts: Counter('abca') == Counter({'a': 2, 'b': 1, 'c': 1})."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f"{type(self).__name__}({d!r})"

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def __getattr__(name):
    # collections.abc is reachable as an attribute once collections is imported (CPython
    # imports it at start-up); load it on first use.
    if name == "abc":
        import collections.abc
        return collections.abc
    if name in ("UserDict", "UserList", "UserString", "ChainMap"):
        # Defined over collections.abc, so they are loaded on first use as well.
        from collections import _user
        value = getattr(_user, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'collections' has no attribute {name!r}")
