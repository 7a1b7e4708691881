"""The interpreter's internal types under public names, and helpers for making classes
dynamically (Dyad's types module).

Each internal type is read off a live object of that type; SimpleNamespace,
DynamicClassAttribute and the coroutine wrapper are plain classes written here.
"""

import sys as _sys

__all__ = ["FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace",
           "CellType", "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType",
           "BuiltinFunctionType", "BuiltinMethodType", "WrapperDescriptorType",
           "MethodWrapperType", "MethodDescriptorType", "ClassMethodDescriptorType",
           "ModuleType", "TracebackType", "FrameType", "GetSetDescriptorType",
           "MemberDescriptorType", "new_class", "resolve_bases", "prepare_class",
           "DynamicClassAttribute", "coroutine", "GenericAlias", "UnionType", "EllipsisType",
           "NoneType", "NotImplementedType"]


def _internal_types():
    """name -> type, each found as the type of an object made (or looked up) here."""

    def function():
        pass

    def generator():
        yield

    async def native_coroutine():
        pass

    async def async_generator():
        yield

    def closure_cell():
        held = 0

        def reader():
            return held
        return reader.__closure__[0]

    class Sample:
        __slots__ = ("slot",)

        def method(self):
            pass

    try:
        raise LookupError
    except LookupError:
        trace = _sys.exc_info()[2]

    awaitable = native_coroutine()
    awaitable.close()  # (never awaited: closing it avoids the "never awaited" warning)

    return {
        "FunctionType": type(function),
        "LambdaType": type(function),
        "CodeType": type(function.__code__),
        "MappingProxyType": type(Sample.__dict__),
        "CellType": type(closure_cell()),
        "GeneratorType": type(generator()),
        "CoroutineType": type(awaitable),
        "AsyncGeneratorType": type(async_generator()),
        "MethodType": type(Sample().method),
        "BuiltinFunctionType": type(len),
        "BuiltinMethodType": type([].append),
        "WrapperDescriptorType": type(object.__init__),
        "MethodWrapperType": type(object().__str__),
        "MethodDescriptorType": type(str.join),
        "ClassMethodDescriptorType": type(dict.__dict__["fromkeys"]),
        "ModuleType": type(_sys),
        "TracebackType": type(trace),
        "FrameType": type(_sys._getframe()),
        "GetSetDescriptorType": type(type(function).__dict__["__code__"]),
        "MemberDescriptorType": type(Sample.__dict__["slot"]),
        "GenericAlias": type(list[int]),
        "UnionType": type(int | str),
        "EllipsisType": type(...),
        "NoneType": type(None),
        "NotImplementedType": type(NotImplemented),
    }


globals().update(_internal_types())
del _internal_types


# --- SimpleNamespace -------------------------------------------------------------------------

_showing = set()  # ids of namespaces whose repr is under way (a cycle prints as name(...))


class SimpleNamespace:
    """An object whose attributes are the keywords it was made with."""

    __slots__ = ("__dict__",)  # (no weak references, as CPython's)

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        cls = type(self)
        title = "namespace" if cls is SimpleNamespace else cls.__name__
        if id(self) in _showing:
            return f"{title}(...)"
        _showing.add(id(self))
        try:
            fields = ", ".join(f"{key}={value!r}" for key, value in self.__dict__.items())
        finally:
            _showing.discard(id(self))
        return f"{title}({fields})"

    def __reduce__(self):
        return type(self), (), self.__dict__

    # CPython's type is named types.SimpleNamespace in its messages (a subclass by its own name).
    def __getattr__(self, name):
        raise AttributeError(f"{_namespace_type_name(self)!r} object has no attribute {name!r}", name=name, obj=self)

    def __dir__(self):
        # (The names this Python class adds for itself are not those of CPython's native type.)
        names = object.__dir__(self)
        own = [k for k in type(self).__mro__ if k is not SimpleNamespace]
        return [n for n in names if n not in ("__getattr__", "__slots__", "__module__") or any(n in k.__dict__ for k in own)]

    def __delattr__(self, name):
        try:
            object.__delattr__(self, name)
        except AttributeError:
            if type(self) is not SimpleNamespace:
                raise
            raise AttributeError(f"{_namespace_type_name(self)!r} object has no attribute {name!r}") from None

    __hash__ = None


def _namespace_type_name(ns):
    return "types.SimpleNamespace" if type(ns) is SimpleNamespace else type(ns).__name__


def _namespace_comparison(name, operator):
    # Between two namespaces the comparison is that of their attribute dicts (an ordering
    # then fails as one between two dicts).
    def compare(self, other):
        if isinstance(other, SimpleNamespace):
            return operator(self.__dict__, other.__dict__)
        return NotImplemented
    compare.__name__ = name
    compare.__qualname__ = "SimpleNamespace." + name
    return compare


def _add_namespace_comparisons():
    import _operator
    for name in ("eq", "ne", "lt", "le", "gt", "ge"):
        dunder = f"__{name}__"
        setattr(SimpleNamespace, dunder, _namespace_comparison(dunder, getattr(_operator, name)))


_add_namespace_comparisons()
del _add_namespace_comparisons


# --- DynamicClassAttribute -------------------------------------------------------------------

class DynamicClassAttribute:
    """Like property, but read through the class it raises AttributeError, so that the
    metaclass's __getattr__ is consulted (an abstract getter is handed back instead)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        # Without a doc of its own the getter's docstring is used, now and after getter().
        self.overwrite_doc = doc is None
        self.__doc__ = doc or fget.__doc__
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    @staticmethod
    def _accessor(function, verb):
        if function is None:
            raise AttributeError("unreadable attribute" if verb == "get" else f"can't {verb} attribute")
        return function

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            return self._accessor(self.fget, "get")(instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    def __set__(self, instance, value):
        self._accessor(self.fset, "set")(instance, value)

    def __delete__(self, instance):
        self._accessor(self.fdel, "delete")(instance)

    def _variant(self, fget, fset, fdel, doc):
        twin = type(self)(fget, fset, fdel, doc)
        twin.overwrite_doc = self.overwrite_doc
        return twin

    def getter(self, fget):
        own_doc = fget.__doc__ if self.overwrite_doc else None
        return self._variant(fget, self.fset, self.fdel, own_doc or self.__doc__)

    def setter(self, fset):
        return self._variant(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._variant(self.fget, self.fset, fdel, self.__doc__)


# --- making classes --------------------------------------------------------------------------

def resolve_bases(bases):
    """bases with every non-class that has __mro_entries__ replaced by what it returns (the
    same tuple object back when nothing was replaced)."""
    replaced = False
    resolved = []
    for base in bases:
        entries_for = None if isinstance(base, type) else getattr(base, "__mro_entries__", None)
        if entries_for is None:
            resolved.append(base)
            continue
        entries = entries_for(bases)
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(entries)
        replaced = True
    return tuple(resolved) if replaced else bases


def _most_derived_metaclass(meta, bases):
    for base in bases:
        other = type(base)
        if issubclass(meta, other):
            continue
        if not issubclass(other, meta):
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
        meta = other
    return meta


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class statement with these parts."""
    kwds = dict(kwds) if kwds is not None else {}
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """The class a class statement with these parts would make; exec_body(ns) fills its
    namespace."""
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, resolved, namespace, **kwds)


# --- coroutine -------------------------------------------------------------------------------

_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """A generator (or generator-like object) made awaitable, for @coroutine functions that
    are not plain generator functions."""

    def __init__(self, gen):
        self.__gen = gen
        self.__plain = type(gen) is GeneratorType
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, value):
        return self.__gen.send(value)

    def throw(self, *args):
        return self.__gen.throw(*args)

    def close(self):
        return self.__gen.close()

    def __next__(self):
        return next(self.__gen)

    def __iter__(self):
        return self.__gen if self.__plain else self

    __await__ = __iter__

    gi_code = cr_code = property(lambda self: self.__gen.gi_code)
    gi_frame = cr_frame = property(lambda self: self.__gen.gi_frame)
    gi_running = cr_running = property(lambda self: self.__gen.gi_running)
    gi_yieldfrom = cr_await = property(lambda self: self.__gen.gi_yieldfrom)


def coroutine(func):
    """Lets a generator function (or a callable returning a generator) be awaited."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")

    if type(func) is FunctionType and type(getattr(func, "__code__", None)) is CodeType:
        flags = func.__code__.co_flags
        if flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        if flags & _CO_GENERATOR:
            # Its generators become awaitable as they are: the code is marked in place.
            import _dyad_code
            _dyad_code.mark_iterable_coroutine(func.__code__)
            return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        kind = type(result)
        if kind is CoroutineType:
            return result
        if kind is GeneratorType:
            if result.gi_code.co_flags & _CO_ITERABLE_COROUTINE:
                return result
            return _GeneratorWrapper(result)
        from collections.abc import Coroutine, Generator
        if isinstance(result, Generator) and not isinstance(result, Coroutine):
            return _GeneratorWrapper(result)
        return result

    return wrapped
