"""ChainMap, UserDict, UserList and UserString for Dyad's collections package.

They are built on collections.abc, so collections imports this file only when one of them is
first asked for. The User* classes keep their contents in `self.data` (a dict, list or str)
and are meant for subclassing; ChainMap presents a list of mappings as one mapping.
"""

import sys as _sys
from abc import update_abstractmethods as _recheck_abstract
from collections import _guarded_repr
from collections.abc import Mapping, MutableMapping, MutableSequence, Sequence

__all__ = ["ChainMap", "UserDict", "UserList", "UserString"]


def _define(cls, table, template):
    """Adds to cls one method per (name, parameters, arguments) row of table, compiled from
    template, so that each keeps a real signature (and the errors a bad call gives)."""
    source = "".join(template.format(name=name, params=params, args=args)
                     for name, params, args in table)
    scope = {"_text": _text, "_maxsize": _sys.maxsize}
    exec(source, scope)
    for name, _, _ in table:
        method = scope[name]
        method.__qualname__ = f"{cls.__name__}.{name}"
        method.__module__ = "collections"
        setattr(cls, name, method)
    _recheck_abstract(cls)  # (UserList's insert is one of MutableSequence's abstract methods)


def _text(value):
    """The str inside a UserString, or value itself."""
    return value.data if isinstance(value, UserString) else value


def _shallow_copy(obj, copy_data):
    """A new instance of obj's class sharing its attributes, with data copied."""
    cls = type(obj)
    twin = cls.__new__(cls)
    twin.__dict__.update(obj.__dict__)
    twin.__dict__["data"] = copy_data(obj.__dict__["data"])
    return twin


# --- UserDict --------------------------------------------------------------------------------

class UserDict(MutableMapping):
    """A mapping whose items are kept in the dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        for source in (dict, kwargs or None):
            if source is not None:
                self.update(source)

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        fallback = getattr(type(self), "__missing__", None)
        if fallback is None:
            raise KeyError(key)
        return fallback(self, key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        return type(self)(self.data | _plain_dict(other))

    def __ror__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        return type(self)(_plain_dict(other) | self.data)

    def __ior__(self, other):
        self.data |= _plain_dict(other)
        return self

    def __copy__(self):
        return _shallow_copy(self, dict.copy)

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        # A subclass: copy.copy() of it with its data set aside, then the items put back in
        # through the copy's own __setitem__.
        import copy
        kept = self.data
        self.data = {}
        try:
            duplicate = copy.copy(self)
        finally:
            self.data = kept
        duplicate.update(self)
        return duplicate

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


def _plain_dict(other):
    return other.data if isinstance(other, UserDict) else other


# --- UserList --------------------------------------------------------------------------------

class UserList(MutableSequence):
    """A sequence whose items are kept in the list self.data."""

    def __init__(self, initlist=None):
        self.data = [] if initlist is None else list(_raw_list(initlist))

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _raw_list(other)

    def __le__(self, other):
        return self.data <= _raw_list(other)

    def __eq__(self, other):
        return self.data == _raw_list(other)

    def __gt__(self, other):
        return self.data > _raw_list(other)

    def __ge__(self, other):
        return self.data >= _raw_list(other)

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        return item in self.data

    def __getitem__(self, i):
        if type(i) is slice:
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        return type(self)(self.data + _as_list(other))

    def __radd__(self, other):
        return type(self)(_as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += _as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _shallow_copy(self, list.copy)

    def copy(self):
        return type(self)(self)

    def extend(self, other):
        self.data.extend(_raw_list(other))


def _raw_list(other):
    return other.data if isinstance(other, UserList) else other


def _as_list(other):
    if isinstance(other, UserList):
        return other.data
    return other if isinstance(other, list) else list(other)


# The plain list methods, passed through to self.data.
_define(UserList, [
    ("append", "item", "item"),
    ("insert", "i, item", "i, item"),
    ("pop", "i=-1", "i"),
    ("remove", "item", "item"),
    ("clear", "", ""),
    ("count", "item", "item"),
    ("index", "item, *args", "item, *args"),
    ("reverse", "", ""),
    ("sort", "/, *args, **kwds", "*args, **kwds"),
], "def {name}(self, {params}):\n    return self.data.{name}({args})\n")


# --- UserString ------------------------------------------------------------------------------

class UserString(Sequence):
    """A str-like sequence whose text is kept in the str self.data."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data
        self.data = seq if isinstance(seq, str) else str(seq)

    def __repr__(self):
        return repr(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __contains__(self, char):
        return _text(char) in self.data

    def __add__(self, other):
        if not isinstance(other, (str, UserString)):
            other = str(other)
        return type(self)(self.data + _text(other))

    def __radd__(self, other):
        if not isinstance(other, str):
            other = str(other)
        return type(self)(other + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def encode(self, encoding="utf-8", errors="strict"):
        return self.data.encode("utf-8" if encoding is None else encoding,
                                "strict" if errors is None else errors)

    maketrans = str.maketrans


# Conversions: the builtin applied to the text.
_define(UserString, [(f"__{conv}__", "", conv) for conv in ("str", "int", "float", "complex", "hash")],
        "def {name}(self):\n    return {args}(self.data)\n")

# Comparisons: with the other side's text when it is a UserString (the operator itself, so a
# failing comparison is reported between str and the other type).
_define(UserString, [("__eq__", "other", "=="), ("__lt__", "other", "<"), ("__le__", "other", "<="),
                     ("__gt__", "other", ">"), ("__ge__", "other", ">=")],
        "def {name}(self, {params}):\n    return self.data {args} _text(other)\n")

_START_END = "start=0, end=_maxsize"

# str methods whose result is text: it comes back as the same class.
_define(UserString, [
    ("capitalize", "", ""), ("casefold", "", ""), ("lower", "", ""), ("upper", "", ""),
    ("swapcase", "", ""), ("title", "", ""),
    ("center", "width, *args", "width, *args"), ("ljust", "width, *args", "width, *args"),
    ("rjust", "width, *args", "width, *args"), ("zfill", "width", "width"),
    ("expandtabs", "tabsize=8", "tabsize"),
    ("strip", "chars=None", "chars"), ("lstrip", "chars=None", "chars"),
    ("rstrip", "chars=None", "chars"),
    ("translate", "*args", "*args"),
    ("removeprefix", "prefix, /", "_text(prefix)"), ("removesuffix", "suffix, /", "_text(suffix)"),
    ("replace", "old, new, maxsplit=-1", "_text(old), _text(new), maxsplit"),
], "def {name}(self, {params}):\n    return self.__class__(self.data.{name}({args}))\n")

# str methods whose result is not text (or is a tuple or list of str): returned as it is.
_define(UserString, [
    ("count", "sub, " + _START_END, "_text(sub), start, end"),
    ("find", "sub, " + _START_END, "_text(sub), start, end"),
    ("rfind", "sub, " + _START_END, "_text(sub), start, end"),
    ("index", "sub, " + _START_END, "sub, start, end"),
    ("rindex", "sub, " + _START_END, "sub, start, end"),
    ("startswith", "prefix, " + _START_END, "prefix, start, end"),
    ("endswith", "suffix, " + _START_END, "suffix, start, end"),
    ("format", "/, *args, **kwds", "*args, **kwds"), ("format_map", "mapping", "mapping"),
    ("join", "seq", "seq"), ("partition", "sep", "sep"), ("rpartition", "sep", "sep"),
    ("split", "sep=None, maxsplit=-1", "sep, maxsplit"),
    ("rsplit", "sep=None, maxsplit=-1", "sep, maxsplit"),
    ("splitlines", "keepends=False", "keepends"),
] + [(name, "", "") for name in (
    "isalpha", "isalnum", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
    "isnumeric", "isprintable", "isspace", "istitle", "isupper")],
    "def {name}(self, {params}):\n    return self.data.{name}({args})\n")


# --- ChainMap --------------------------------------------------------------------------------

class ChainMap(MutableMapping):
    """Several mappings searched in turn as one; writes and deletions touch only maps[0]."""

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def _merged_keys(self):
        # Keys in the order a dict built from the last map up to the first would hold them.
        keys = {}
        for mapping in self.maps[::-1]:
            keys.update(dict.fromkeys(mapping))
        return keys

    def __len__(self):
        return len(self._merged_keys())

    def __iter__(self):
        return iter(self._merged_keys())

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def __repr__(self):
        return _guarded_repr(self, lambda: "%s(%s)" % (
            type(self).__name__, ", ".join(repr(m) for m in self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        first, *others = self.maps
        return type(self)(first.copy(), *others)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        combined = self.copy()
        combined.maps[0].update(other)
        return combined

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        combined = dict(other)
        for mapping in self.maps[::-1]:
            combined.update(mapping)
        return type(self)(combined)


for _cls in (ChainMap, UserDict, UserList, UserString):
    _cls.__module__ = "collections"
del _cls
