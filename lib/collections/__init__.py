"""Specialised containers, for Dyad.

deque, namedtuple's field descriptor and Counter's counting loop are native (_collections).
namedtuple, defaultdict, OrderedDict and Counter are defined here over dict and tuple.
ChainMap, UserDict, UserList and UserString are built on collections.abc and live in
collections/_wrappers.py, which is loaded the first time one of them is asked for.
"""

import sys as _sys
from keyword import iskeyword as _is_keyword
from _collections import deque, _tuplegetter, _count_elements, _register_odict

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]

_LAZY = ("ChainMap", "UserDict", "UserList", "UserString")


def __getattr__(name):
    if name == "abc":
        # CPython has collections.abc imported at start-up; here it arrives on first use.
        import collections.abc as found
        return found
    if name in _LAZY:
        from collections import _wrappers
        for other in _LAZY:
            globals()[other] = getattr(_wrappers, other)
        return globals()[name]
    raise AttributeError(f"module 'collections' has no attribute {name!r}")


# ids of the objects whose repr is being computed, so that a container that shows itself
# (directly or through its default factory or a view) prints '...' instead of recursing.
_in_repr = set()


def _guarded_repr(obj, produce):
    key = id(obj)
    if key in _in_repr:
        return "..."
    _in_repr.add(key)
    try:
        return produce()
    finally:
        _in_repr.discard(key)


# --- namedtuple ------------------------------------------------------------------------------

def _field_list(field_names, rename):
    """The checked field names, as a tuple (ValueErrors as CPython words them)."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    names = [str(name) for name in field_names]
    if rename:
        used = set()
        for position, name in enumerate(names):
            unusable = (not name.isidentifier() or _is_keyword(name) or name[:1] == "_"
                        or name in used)
            if unusable:
                names[position] = f"_{position}"
            used.add(name)
    return names


def _check_identifier(name):
    if not name.isidentifier():
        raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
    if _is_keyword(name):
        raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass named typename whose items are also readable by field name."""
    names = _field_list(field_names, rename)
    typename = _sys.intern(str(typename))
    _check_identifier(typename)
    for name in names:
        _check_identifier(name)
    distinct = set()
    for name in names:
        if name[:1] == "_" and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in distinct:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        distinct.add(name)

    fields = tuple(names)
    width = len(fields)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > width:
            raise TypeError("Got more default values than field names")
    given_defaults = {} if not defaults else dict(zip(fields[width - len(defaults):], defaults))
    signature = ", ".join(fields)

    # __new__ gets a real signature (so a bad call is reported as for any function): its
    # source is made here and compiled once per class.
    packed = "()" if width == 0 else f"({signature},)"
    scope = {"_make_tuple": tuple.__new__, "__name__": f"namedtuple_{typename}"}
    exec(f"def __new__(_cls, {signature}):\n    return _make_tuple(_cls, {packed})\n", scope)
    constructor = scope["__new__"]
    constructor.__doc__ = f"Create new instance of {typename}({signature})"
    if defaults is not None:
        constructor.__defaults__ = defaults

    template = "(" + ", ".join(f"{name}=%r" for name in fields) + ")"

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != width:
            raise TypeError(f"Expected {width} arguments, got {len(made)}")
        return made

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return self._make(values)

    def __repr__(self):
        return self.__class__.__name__ + template % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for method in (constructor, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f"{typename}.{method.__name__}"

    body = {
        "__doc__": f"{typename}({signature})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": given_defaults,
        "__new__": constructor,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    for position, name in enumerate(fields):
        body[name] = _tuplegetter(position, f"Alias for field number {position}")
    cls = type(typename, (tuple,), body)

    if module is None:
        # The caller's module, as pickle needs to find the class again.
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return cls


# --- defaultdict -----------------------------------------------------------------------------

class defaultdict(dict):
    """A dict that fills in a missing key with default_factory() (KeyError when it is None)."""

    __slots__ = ("default_factory",)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if not (default_factory is None or callable(default_factory)):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        make = self.default_factory
        if make is None:
            raise KeyError(key)
        self[key] = value = make()
        return value

    def __repr__(self):
        make = self.default_factory
        shown = "None" if make is None else _guarded_repr(make, lambda: repr(make))
        return f"{type(self).__name__}({shown}, {dict.__repr__(self)})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        make = self.default_factory
        return type(self), (() if make is None else (make,)), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self.default_factory, other)
        merged.update(self)
        return merged



# --- OrderedDict -----------------------------------------------------------------------------
#
# Dicts keep insertion order already, so OrderedDict only adds what differs: moving a key to
# either end, popping from either end, order-sensitive equality between OrderedDicts, views
# with their own names, and updates that go through __setitem__ (a subclass may override it).

_MISSING = object()


def _odict_pairs(items):
    # the (key, value) pairs of an iterable given to OrderedDict(), with its own messages for
    # an item that is not a pair
    for item in items:
        pair = tuple(item)
        if len(pair) != 2:
            if len(pair) > 2:
                raise ValueError("too many values to unpack (expected 2)")
            raise ValueError(f"need more than {len(pair)} value{'s' if not pair else ''} to unpack")
        yield pair


class OrderedDict(dict):
    """A dict that remembers insertion order and can reorder its keys."""

    def __init__(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f"expected at most 1 arguments, got {len(args)}")
        OrderedDict.update(self, *args, **kwds)

    def update(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f"update() takes at most 1 positional argument ({len(args)} given)")
        other = args[0] if args else ()
        if not hasattr(other, "keys"):
            other = _odict_pairs(other)
        if type(self).__setitem__ is dict.__setitem__:
            if type(other) is dict:
                # The items are read first: a key whose __eq__ alters `other` does no harm.
                other = list(dict.items(other))
            dict.update(self, other, **kwds)
        else:
            from collections.abc import MutableMapping
            MutableMapping.update(self, other, **kwds)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            key = next(dict.__reversed__(self))
        else:
            key = next(dict.__iter__(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key=_MISSING, last=True):
        if key is _MISSING:
            raise TypeError("move_to_end() missing required argument 'key' (pos 1)")
        if not dict.__contains__(self, key):
            raise KeyError(key)
        edge = next(dict.__reversed__(self) if last else dict.__iter__(self))
        if edge is key or edge == key:
            return  # already there: nothing moves (an iteration going on is undisturbed)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def pop(self, key, default=_MISSING):
        if default is _MISSING:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def keys(self):
        return _odict_view_classes()[0](self)

    def values(self):
        return _odict_view_classes()[1](self)

    def items(self):
        return _odict_view_classes()[2](self)

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return _guarded_repr(self, lambda: f"{type(self).__name__}({list(self.items())!r})")

    def __reduce__(self):
        state = getattr(self, "__dict__", None) or None
        return type(self), (), state, None, iter(dict.items(self))

    def __eq__(self, other):
        if not isinstance(other, OrderedDict):
            return dict.__eq__(self, other)
        return dict.__eq__(self, other) and all(map(_same_key, self, other))

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return type(self)(self)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


_register_odict(OrderedDict)  # the native dict iterators then notice reordering


def _same_key(a, b):
    return a is b or a == b


_view_classes = []


def _odict_view_classes():
    """odict_keys, odict_values and odict_items, made on first use (they derive from
    collections.abc's views, which are only imported when needed)."""
    if _view_classes:
        return _view_classes
    from collections.abc import KeysView, ValuesView, ItemsView

    def make(base, title, plain_iter):
        def __iter__(self):
            return plain_iter(self._mapping)

        def __reversed__(self):
            return reversed(list(plain_iter(self._mapping)))

        def __repr__(self):
            return _guarded_repr(self, lambda: f"{title}({list(self)!r})")

        view = type(title, (base,), {"__slots__": (), "__iter__": __iter__,
                                     "__reversed__": __reversed__, "__repr__": __repr__})
        view.__module__ = "builtins"
        return view

    _view_classes.append(make(KeysView, "odict_keys", dict.__iter__))
    _view_classes.append(make(ValuesView, "odict_values", lambda d: iter(dict.values(d))))
    _view_classes.append(make(ItemsView, "odict_items", lambda d: iter(dict.items(d))))
    return _view_classes


# --- Counter ---------------------------------------------------------------------------------

def _is_mapping(obj):
    if isinstance(obj, dict):
        return True
    if not hasattr(type(obj), "items"):
        return False  # (most arguments: strings, lists, generators; spares the ABC check)
    from collections.abc import Mapping
    return isinstance(obj, Mapping)


def _merge_counts(left, right, sign):
    """left <sign> right for sign in + - | &, as a new Counter keeping only positive counts:
    left's keys first, then (except for &) those only right has, as if left counted 0."""
    out = Counter()
    for elem, mine in left.items():
        theirs = right[elem]
        if sign == "+":
            merged = mine + theirs
        elif sign == "-":
            merged = mine - theirs
        elif sign == "|":
            merged = theirs if mine < theirs else mine
        else:
            merged = mine if mine < theirs else theirs
        if merged > 0:
            out[elem] = merged
    if sign != "&":
        for elem, theirs in right.items():
            if elem not in left:
                merged = 0 - theirs if sign == "-" else theirs
                if merged > 0:
                    out[elem] = merged
    return out


def _counter_operator(sign):
    def operator(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _merge_counts(self, other, sign)
    return operator


def _add_into(a, b):
    a += b
    return a


def _sub_into(a, b):
    a -= b
    return a


def _counter_accumulate(step):
    # c += other / c -= other: each of other's counts folded into c, then the counts that
    # are no longer positive dropped.
    def accumulate(self, other):
        for elem, count in other.items():
            self[elem] = step(self[elem], count)
        return self._keep_positive()
    return accumulate


def _counter_comparison(test, strict):
    def comparison(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        holds = all(test(self[e], other[e]) for side in (self, other) for e in side)
        if strict:
            holds = holds and self != other
        return holds
    return comparison


class Counter(dict):
    """A dict of tallies: missing keys count 0, and counters add, subtract and compare."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ranked = sorted(self.items(), key=_second, reverse=True)
        if n is None or n >= len(ranked):  # (n is compared first, as CPython's does)
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        from itertools import chain, repeat
        return chain.from_iterable(repeat(elem, count) for elem, count in self.items())

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if not _is_mapping(iterable):
                _count_elements(self, iterable)
            elif self:
                current = self.get
                for elem, count in iterable.items():
                    self[elem] = count + current(elem, 0)
            else:
                dict.update(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            current = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = current(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = current(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)  # counts that do not order among themselves
        return f"{type(self).__name__}({shown!r})"

    __eq__ = _counter_comparison(lambda a, b: a == b, False)
    __le__ = _counter_comparison(lambda a, b: a <= b, False)
    __ge__ = _counter_comparison(lambda a, b: a >= b, False)
    __lt__ = _counter_comparison(lambda a, b: a <= b, True)
    __gt__ = _counter_comparison(lambda a, b: a >= b, True)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    __add__ = _counter_operator("+")
    __sub__ = _counter_operator("-")
    __or__ = _counter_operator("|")
    __and__ = _counter_operator("&")
    __iadd__ = _counter_accumulate(_add_into)
    __isub__ = _counter_accumulate(_sub_into)

    def __pos__(self):
        return Counter({elem: count for elem, count in self.items() if count > 0})

    def __neg__(self):
        return Counter({elem: 0 - count for elem, count in self.items() if count < 0})

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
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
        for elem, count in other.items():
            if count > self[elem]:
                self[elem] = count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            limit = other[elem]
            if limit < count:
                self[elem] = limit
        return self._keep_positive()


# The generated comparison and arithmetic methods get their proper names.
for _name in ("__eq__", "__le__", "__ge__", "__lt__", "__gt__",
              "__add__", "__sub__", "__or__", "__and__", "__iadd__", "__isub__"):
    _method = Counter.__dict__[_name]
    _method.__name__ = _name
    _method.__qualname__ = "Counter." + _name
del _name, _method


def _second(pair):
    return pair[1]
