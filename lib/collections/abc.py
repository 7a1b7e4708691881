"""Abstract base classes of containers (collections.abc), for Dyad.

The "protocol" ABCs (Hashable, Iterable, Sized, Callable, ...) count any class whose MRO
defines their methods as a subclass (a method set to None opts out). The container ABCs add
mixin methods written in terms of their abstract ones. The builtin types are registered as
virtual subclasses.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
           "ByteString"]

_alias = classmethod(type(list[int]))  # X[...] on the ABCs that allow it

# ABC -> the methods a class must define (somewhere in its MRO, not as None) to count as one.
_protocol_methods = {}


def _defines_all(C, names):
    mro = C.__mro__
    for name in names:
        owner = next((k for k in mro if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return False
    return True


@classmethod
def _protocol_hook(cls, C):
    # Only the protocol ABC itself answers this way; its subclasses use plain inheritance.
    names = _protocol_methods.get(cls)
    if names is None:
        return NotImplemented
    return True if _defines_all(C, names) else NotImplemented


def _protocol(cls, *names):
    _protocol_methods[cls] = names
    return cls


def _raise_into(typ, val, tb):
    # The generator protocol's throw(): an exception class, instance or (class, value, tb).
    if val is None and tb is None:
        raise typ
    error = typ() if val is None else val
    raise error if tb is None else error.with_traceback(tb)


def _close_by_throwing(gen, finished, complaint):
    # close() of the generator protocols: GeneratorExit thrown in must end it.
    try:
        gen.throw(GeneratorExit)
    except (GeneratorExit, finished):
        return
    raise RuntimeError(complaint)


def _is_or_equals(a, b):
    return a is b or a == b


def _operand(kind):
    """For binary methods: an operand that is not an instance of the ABC named `kind` gets
    NotImplemented back (by name, as Set's own methods need Set before it exists)."""
    def decorate(method):
        def checked(self, other):
            if isinstance(other, _module_scope[kind]):
                return method(self, other)
            return NotImplemented
        checked.__name__ = method.__name__
        checked.__qualname__ = method.__qualname__
        checked.__doc__ = method.__doc__
        return checked
    return decorate


def _required(name, fails_with=None, gives=None):
    """An abstract method: subclasses must override it. Called through super() it raises
    fails_with, or returns gives() (None when neither is given)."""
    def placeholder(self, *args, **kwargs):
        if fails_with is not None:
            raise fails_with
        return None if gives is None else gives()
    placeholder.__name__ = name
    return abstractmethod(placeholder)


_nothing_left = lambda: iter(())
_module_scope = globals()


# --- one-method protocols --------------------------------------------------------------------

class Hashable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _protocol_hook

    __hash__ = _required("__hash__", gives=int)


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _protocol_hook
    __class_getitem__ = _alias

    @abstractmethod
    def __await__(self):
        yield


class Coroutine(Awaitable):
    __slots__ = ()
    __subclasshook__ = _protocol_hook

    send = _required("send", fails_with=StopIteration)

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_into(typ, val, tb)

    def close(self):
        _close_by_throwing(self, StopIteration, "coroutine ignored GeneratorExit")


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _protocol_hook
    __class_getitem__ = _alias

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


class AsyncIterator(AsyncIterable):
    __slots__ = ()
    __subclasshook__ = _protocol_hook

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()
    __subclasshook__ = _protocol_hook

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        _raise_into(typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


class Iterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _protocol_hook
    __class_getitem__ = _alias

    __iter__ = _required("__iter__", gives=_nothing_left)


class Iterator(Iterable):
    __slots__ = ()
    __subclasshook__ = _protocol_hook

    __next__ = _required("__next__", fails_with=StopIteration)

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()
    __subclasshook__ = _protocol_hook

    __reversed__ = _required("__reversed__", gives=_nothing_left)


class Generator(Iterator):
    __slots__ = ()
    __subclasshook__ = _protocol_hook

    def __next__(self):
        return self.send(None)

    send = _required("send", fails_with=StopIteration)

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_into(typ, val, tb)

    def close(self):
        _close_by_throwing(self, StopIteration, "generator ignored GeneratorExit")


class Sized(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _protocol_hook

    __len__ = _required("__len__", gives=int)


class Container(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _protocol_hook
    __class_getitem__ = _alias

    __contains__ = _required("__contains__", gives=bool)


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    __subclasshook__ = _protocol_hook


class Callable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _protocol_hook
    __class_getitem__ = _alias

    __call__ = _required("__call__", gives=bool)


_protocol(Hashable, "__hash__")
_protocol(Awaitable, "__await__")
_protocol(Coroutine, "__await__", "send", "throw", "close")
_protocol(AsyncIterable, "__aiter__")
_protocol(AsyncIterator, "__anext__", "__aiter__")
_protocol(AsyncGenerator, "__aiter__", "__anext__", "asend", "athrow", "aclose")
_protocol(Iterable, "__iter__")
_protocol(Iterator, "__iter__", "__next__")
_protocol(Reversible, "__reversed__", "__iter__")
_protocol(Generator, "__iter__", "__next__", "send", "throw", "close")
_protocol(Sized, "__len__")
_protocol(Container, "__contains__")
_protocol(Collection, "__len__", "__iter__", "__contains__")
_protocol(Callable, "__call__")


# --- sets ------------------------------------------------------------------------------------

def _as_set_operand(self, other):
    """other as something `in` works on for -, ^ (a Set, or one built from an iterable), or
    None when it is not even iterable."""
    if isinstance(other, Set):
        return other
    if not isinstance(other, Iterable):
        return None
    return self._from_iterable(other)


class Set(Collection):
    """A finite set: comparisons and & | - ^ come from __contains__, __iter__ and __len__.
    Results are made by the classmethod _from_iterable (the class itself by default)."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def _contained_in(self, other):
        return all(elem in other for elem in self)

    @_operand("Set")
    def __le__(self, other):
        return len(self) <= len(other) and self._contained_in(other)

    @_operand("Set")
    def __ge__(self, other):
        return len(self) >= len(other) and all(elem in self for elem in other)

    @_operand("Set")
    def __lt__(self, other):
        return len(self) < len(other) and self.__le__(other)

    @_operand("Set")
    def __gt__(self, other):
        return len(self) > len(other) and self.__ge__(other)

    @_operand("Set")
    def __eq__(self, other):
        return len(self) == len(other) and self.__le__(other)

    def isdisjoint(self, other):
        return not any(value in self for value in other)

    @_operand("Iterable")
    def __and__(self, other):
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    @_operand("Iterable")
    def __or__(self, other):
        return self._from_iterable(elem for part in (self, other) for elem in part)

    __ror__ = __or__

    def __sub__(self, other):
        other = _as_set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        other = _as_set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        other = _as_set_operand(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash for an immutable Set, computed as frozenset's is (equal sets, equal hashes)."""
        import sys
        top = sys.maxsize
        width = 2 * top + 1
        acc = (1927868237 * (len(self) + 1)) & width
        for elem in self:
            h = hash(elem)
            acc = (acc ^ ((h ^ (h << 16) ^ 89869747) * 3644798167)) & width
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & width
        if acc > top:
            acc -= width + 1
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    """A Set that changes in place: remove, pop, clear and |= &= ^= -= come from add and
    discard."""
    __slots__ = ()

    add = _required("add", fails_with=NotImplementedError)
    discard = _required("discard", fails_with=NotImplementedError)

    def remove(self, value):
        if value in self:
            self.discard(value)
            return
        raise KeyError(value)

    def pop(self):
        first = next(iter(self), _ABSENT)
        if first is _ABSENT:
            raise KeyError
        self.discard(first)
        return first

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            toggles = it if isinstance(it, Set) else self._from_iterable(it)
            for value in toggles:
                (self.discard if value in self else self.add)(value)
        return self


_ABSENT = object()


# --- mappings --------------------------------------------------------------------------------

class Mapping(Collection):
    """A read-only mapping: get, in, keys/items/values and == come from __getitem__,
    __iter__ and __len__."""
    __slots__ = ()

    __getitem__ = _required("__getitem__", fails_with=KeyError)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __reversed__ = None


# Set operations on keys and items views give plain sets.
_plain_set_results = classmethod(lambda cls, it: set(it))


class MappingView(Sized):
    __slots__ = ("_mapping",)
    __class_getitem__ = _alias

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{self.__class__.__name__}({self._mapping!r})"


class KeysView(MappingView, Set):
    __slots__ = ()
    _from_iterable = _plain_set_results

    def __iter__(self):
        yield from self._mapping

    def __contains__(self, key):
        return key in self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()
    _from_iterable = _plain_set_results

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return _is_or_equals(found, value)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        mapping = self._mapping
        return any(_is_or_equals(mapping[key], value) for key in mapping)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


class MutableMapping(Mapping):
    """A Mapping that changes in place: pop, popitem, clear, update and setdefault come from
    __setitem__ and __delitem__."""
    __slots__ = ()

    __setitem__ = _required("__setitem__", fails_with=KeyError)
    __delitem__ = _required("__delitem__", fails_with=KeyError)

    def pop(self, key, default=_ABSENT):
        try:
            value = self[key]
        except KeyError:
            if default is _ABSENT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        key = next(iter(self), _ABSENT)
        if key is _ABSENT:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            keys = other
        elif hasattr(other, "keys"):
            keys = other.keys()
        else:
            keys = None
            for key, value in other:
                self[key] = value
        if keys is not None:
            for key in keys:
                self[key] = other[key]
        if kwds:
            self.update(kwds)

    def setdefault(self, key, default=None):
        try:
            found = self[key]
        except KeyError:
            self[key] = found = default
        return found


# --- sequences -------------------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only sequence: iteration, in, reversed, index and count come from __getitem__
    and __len__."""
    __slots__ = ()

    __getitem__ = _required("__getitem__", fails_with=IndexError)

    def __iter__(self):
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        return any(_is_or_equals(item, value) for item in self)

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop += len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _is_or_equals(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        return sum(1 for item in self if _is_or_equals(item, value))


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that changes in place: append, clear, reverse, extend, pop, remove and +=
    come from __setitem__, __delitem__ and insert."""
    __slots__ = ()

    __setitem__ = _required("__setitem__", fails_with=IndexError)
    __delitem__ = _required("__delitem__", fails_with=IndexError)
    insert = _required("insert", fails_with=IndexError)

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        last = len(self) - 1
        for low in range(len(self) // 2):
            high = last - low
            self[low], self[high] = self[high], self[low]

    def extend(self, values):
        for value in (list(values) if values is self else values):
            self.append(value)

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

    def __iadd__(self, values):
        self.extend(values)
        return self

    def remove(self, value):
        del self[self.index(value)]


# --- the builtin types -----------------------------------------------------------------------

def _register_builtins():
    from collections import deque, OrderedDict
    for abc, members in (
        (Set, (frozenset,)),
        (MutableSet, (set,)),
        (Mapping, (type(type.__dict__),)),
        (KeysView, (type({}.keys()),)),
        (ItemsView, (type({}.items()),)),
        (ValuesView, (type({}.values()),)),
        (MutableMapping, (dict, OrderedDict)),
        (Sequence, (tuple, str, range, memoryview)),
        (ByteString, (bytes, bytearray)),
        (MutableSequence, (list, bytearray, deque)),
    ):
        for member in members:
            abc.register(member)


_register_builtins()
del _register_builtins
