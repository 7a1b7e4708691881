"""Type hints support (a Dyad implementation of the commonly used part of CPython's typing).

Provides the special forms (Any, Union, Optional, Callable, Literal, ClassVar, Final ...),
the aliases of builtin and abstract containers (List, Dict, Iterable ...), TypeVar, Generic,
Protocol, NamedTuple and TypedDict class syntax, cast, overload, get_type_hints, get_origin
and get_args. Subscripting produces alias objects whose repr matches CPython's; the typing
system itself is not enforced at run time (as in CPython)."""

import collections as _collections
import sys as _sys

TYPE_CHECKING = False

__all__ = ["Any", "Callable", "ClassVar", "Final", "Generic", "Literal", "Optional", "Protocol",
           "Tuple", "Type", "TypeVar", "Union", "NoReturn", "List", "Dict", "Set", "FrozenSet",
           "DefaultDict", "Deque", "Iterable", "Iterator", "Generator", "Sequence", "Mapping",
           "MutableMapping", "MutableSequence", "AbstractSet", "MutableSet", "Awaitable",
           "Coroutine", "AsyncIterator", "AsyncIterable", "AsyncGenerator", "Hashable",
           "Sized", "Container", "Collection", "Reversible", "NamedTuple", "TypedDict", "cast",
           "overload", "final", "get_type_hints", "get_origin", "get_args", "no_type_check",
           "runtime_checkable", "TYPE_CHECKING", "AnyStr", "Text", "SupportsInt",
           "SupportsFloat", "SupportsIndex", "Counter", "OrderedDict", "ChainMap", "Self",
           "TypeAlias", "Never", "LiteralString", "assert_never", "reveal_type", "NewType",
           "Annotated", "AsyncContextManager", "BinaryIO", "ByteString", "Concatenate",
           "ContextManager", "ForwardRef", "IO", "ItemsView", "KeysView", "MappingView",
           "NotRequired", "ParamSpec", "ParamSpecArgs", "ParamSpecKwargs", "Required",
           "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsRound", "TextIO",
           "TypeGuard", "TypeVarTuple", "Unpack", "ValuesView", "assert_type",
           "clear_overloads", "dataclass_transform", "get_overloads", "is_typeddict",
           "no_type_check_decorator", "Pattern", "Match"]


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, (list, tuple)) and not hasattr(obj, "_fields"):
        return "[" + ", ".join(_type_repr(t) for t in obj) + "]"
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _type_check(arg, module=None):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module)
    return arg


class ForwardRef:
    """A type given as a string ('MyClass')."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            compile(arg, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __repr__(self):
        if self.__forward_module__ is None:
            return f"ForwardRef({self.__forward_arg__!r})"
        return f"ForwardRef({self.__forward_arg__!r}, module={self.__forward_module__!r})"

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))


class _Final:
    __slots__ = ()


class _NotIterable:
    """A marker or alias that is subscriptable but not iterable (iter() raises TypeError)."""

    __slots__ = ()
    __iter__ = None


class _SpecialForm(_Final, _NotIterable):
    """Any, Union, Optional, ClassVar ...: subscriptable markers."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"typing.{self._name} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"typing.{self._name} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"typing.{self._name} cannot be used with issubclass()")

    def __reduce__(self):
        return self._name


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


_UnionType = type(int | str)


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            items = p.__args__
        else:
            items = (p,)
        for x in items:
            if x not in out:
                out.append(x)
    return tuple(out)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = _flatten_union(tuple(_type_check(p) for p in parameters))
    if len(parameters) == 1:
        return parameters[0]
    return _UnionGenericAlias(parameters)


def _optional_getitem(self, parameter):
    if isinstance(parameter, tuple):
        raise TypeError(f"typing.Optional requires a single type. Got {parameter!r}.")
    return Union[parameter, None]


def _single_getitem(self, parameter):
    if isinstance(parameter, tuple):
        raise TypeError(f"typing.{self._name} accepts only single type. Got {parameter!r}.")
    return _GenericAlias(self, (_type_check(parameter),), name=self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    values = []
    for p in parameters:
        values.extend(p.__args__ if isinstance(p, _LiteralGenericAlias) else (p,))
    # 1 and True are different literals: duplicates are the same value of the same type
    kept, seen = [], []
    for v in values:
        key = (v, type(v))
        try:
            if key in seen:
                continue
        except TypeError:
            pass
        seen.append(key)
        kept.append(v)
    return _LiteralGenericAlias(self, tuple(kept), name="Literal")


def _concatenate_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not isinstance(parameters[-1], ParamSpec) and parameters[-1] is not ...:
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or "
                        "ellipsis.")
    return _GenericAlias(self, parameters, name="Concatenate")


def _unpack_getitem(self, parameter):
    if isinstance(parameter, tuple):
        raise TypeError(f"typing.Unpack accepts only single type. Got {parameter!r}.")
    return _UnpackGenericAlias(self, (parameter,), name="Unpack")


Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _single_getitem)
Final = _SpecialForm("Final", _single_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Required = _SpecialForm("Required", _single_getitem)
NotRequired = _SpecialForm("NotRequired", _single_getitem)
TypeGuard = _SpecialForm("TypeGuard", _single_getitem)
Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)
Unpack = _SpecialForm("Unpack", _unpack_getitem)
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
TypeAlias = _SpecialForm("TypeAlias")
LiteralString = _SpecialForm("LiteralString")


def _collect_parameters(args):
    """The type variables in args, those of nested aliases included, each once in order."""
    params = []
    for a in args:
        found = (a,) if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)) else () if isinstance(a, type) else getattr(a, "__parameters__", ())
        for p in found if isinstance(found, tuple) else ():
            if p not in params:
                params.append(p)
    return tuple(params)


class _GenericAlias(_Final):
    """A subscripted generic: List[int], Dict[str, int], MyGeneric[T]."""

    def __init__(self, origin, args, *, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name
        self._inst = inst
        self.__parameters__ = _collect_parameters(self.__args__)

    def __iter__(self):
        # *List[int] in a subscription or a call: one unpacked alias.
        yield Unpack[self]

    def __repr__(self):
        if isinstance(self.__origin__, _SpecialForm):
            if self._name == "Literal":
                return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"
            name = "typing." + self._name
        elif self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if not self.__args__:
            return f"{name}[()]"
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if origin is Generic or origin is Protocol:
            return (origin,)
        return (origin,)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        expected = len(self.__parameters__)
        if not expected:
            raise TypeError(f"{self!r} is not a generic class")
        if len(params) != expected:
            many = "many" if len(params) > expected else "few"
            raise TypeError(f"Too {many} arguments for {self!r}; actual {len(params)}, expected {expected}")
        subst = dict(zip(self.__parameters__, params))

        def replace(arg):
            if isinstance(arg, TypeVar):
                return subst.get(arg, arg)
            inner = () if isinstance(arg, type) else getattr(arg, "__parameters__", ())
            if not inner:
                return arg
            return arg[tuple(subst[p] for p in inner) if len(inner) > 1 else subst[inner[0]]]

        return self._copy_with(tuple(replace(a) for a in self.__args__))

    def _copy_with(self, args):
        # the same kind of alias over other arguments (after substituting type variables)
        return _GenericAlias(self.__origin__, args, name=self._name, inst=self._inst)


class _LiteralGenericAlias(_GenericAlias):
    """Literal[...]: its values compare as a set, each with its type."""

    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"

    def _keys(self):
        return {(v, type(v)) for v in self.__args__}

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return self._keys() == other._keys()

    def __hash__(self):
        return hash(frozenset(self._keys()))


class _UnpackGenericAlias(_GenericAlias):
    """Unpack[X], shown *X."""

    def __repr__(self):
        return "*" + repr(self.__args__[0])


class _AnnotatedAlias(_NotIterable, _GenericAlias):
    """Annotated[T, x, ...]: the type T (its __origin__) with the metadata x, ..."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,), name=None)
        self.__metadata__ = metadata

    def __repr__(self):
        shown = ", ".join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {shown}]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def _copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)


class Annotated:
    """Annotated[T, x]: the type T carrying the metadata x (for tools; T for everything else)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type "
                            "and an annotation).")
        return _AnnotatedAlias(_type_check(params[0]), tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


class _UnionGenericAlias(_NotIterable, _GenericAlias):
    def __init__(self, args):
        super().__init__(Union, args, name="Union")

    def _copy_with(self, args):
        return Union[args]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f"typing.Optional[{_type_repr(other)}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __eq__(self, other):
        # Equal to the same members, including an `int | str` union (types.UnionType).
        if not isinstance(other, (_UnionGenericAlias, type(int | str))):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        # Each member decides (a List alias checks its origin; a subscripted one raises).
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _SpecialGenericAlias(_NotIterable, _Final):
    """The unsubscripted aliases: List, Dict, Iterable ... (isinstance works on them)."""

    def __init__(self, origin, nparams, *, name, inst=True, defaults=()):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams and not (self._name == "Tuple"):
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for "
                            f"typing.{self._name}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if _is_param_args(args):
            return _CallableGenericAlias((args, _type_check(result)))
        if not isinstance(args, list):
            args = [args]
        return _CallableGenericAlias(tuple(_type_check(a) for a in args) + (_type_check(result),))


def _is_param_args(args):
    """Whether the first argument of Callable[...] stands for a whole parameter list."""
    return args is ... or isinstance(args, ParamSpec) or (
        isinstance(args, _GenericAlias) and args._name == "Concatenate")


class _CallableGenericAlias(_NotIterable, _GenericAlias):
    def __init__(self, args):
        super().__init__(_collections_abc_callable, args, name="Callable")

    def _copy_with(self, args):
        return _CallableGenericAlias(args)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_args(args[0]):
            return f"typing.Callable[{_type_repr(args[0])}, {_type_repr(args[1])}]"
        return f"typing.Callable[[{', '.join(_type_repr(a) for a in args[:-1])}], {_type_repr(args[-1])}]"


class _CallableABC:
    pass


def _collections_abc_callable_check(obj):
    return callable(obj)


class _CallableMeta(type):
    def __instancecheck__(cls, obj):
        return callable(obj)

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "__call__")


class _collections_abc_callable(metaclass=_CallableMeta):
    pass


_collections_abc_callable.__module__ = "collections.abc"
_collections_abc_callable.__qualname__ = "Callable"
_collections_abc_callable.__name__ = "Callable"


# The aliases' origins are collections.abc's classes (as CPython's), so isinstance and
# issubclass follow their registrations (dict is no Sequence, list is not Hashable).
from collections.abc import (
    Iterable as _Iterable, Iterator as _Iterator, Generator as _Generator, Sized as _Sized,
    Container as _Container, Collection as _Collection, Sequence as _Sequence,
    MutableSequence as _MutableSequence, Mapping as _Mapping, MutableMapping as _MutableMapping,
    Set as _AbstractSet, MutableSet as _MutableSet, Hashable as _Hashable,
    Reversible as _Reversible, Awaitable as _Awaitable, Coroutine as _Coroutine,
    AsyncIterable as _AsyncIterable, AsyncIterator as _AsyncIterator,
    AsyncGenerator as _AsyncGenerator)

List = _SpecialGenericAlias(list, 1, name="List", inst=False)
Dict = _SpecialGenericAlias(dict, 2, name="Dict", inst=False)
Set = _SpecialGenericAlias(set, 1, name="Set", inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, name="FrozenSet", inst=False)
class _TupleType(_SpecialGenericAlias):
    """typing.Tuple: Tuple[int, ...] takes any number of parameters."""


Tuple = _TupleType(tuple, -1, name="Tuple", inst=False)
Type = _SpecialGenericAlias(type, 1, name="Type", inst=False)
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, name="OrderedDict")
Counter = _SpecialGenericAlias(_collections.Counter, 1, name="Counter")
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 2, name="ChainMap")
Deque = _SpecialGenericAlias(_collections.deque, 1, name="Deque")
Callable = _CallableType(_collections_abc_callable, 2, name="Callable", inst=False)
Iterable = _SpecialGenericAlias(_Iterable, 1, name="Iterable", inst=False)
Iterator = _SpecialGenericAlias(_Iterator, 1, name="Iterator", inst=False)
Generator = _SpecialGenericAlias(_Generator, 3, name="Generator", inst=False)
Sized = _SpecialGenericAlias(_Sized, 0, name="Sized", inst=False)
Container = _SpecialGenericAlias(_Container, 1, name="Container", inst=False)
Collection = _SpecialGenericAlias(_Collection, 1, name="Collection", inst=False)
Sequence = _SpecialGenericAlias(_Sequence, 1, name="Sequence", inst=False)
MutableSequence = _SpecialGenericAlias(_MutableSequence, 1, name="MutableSequence", inst=False)
Mapping = _SpecialGenericAlias(_Mapping, 2, name="Mapping", inst=False)
MutableMapping = _SpecialGenericAlias(_MutableMapping, 2, name="MutableMapping", inst=False)
AbstractSet = _SpecialGenericAlias(_AbstractSet, 1, name="AbstractSet", inst=False)
MutableSet = _SpecialGenericAlias(_MutableSet, 1, name="MutableSet", inst=False)
Hashable = _SpecialGenericAlias(_Hashable, 0, name="Hashable", inst=False)
Reversible = _SpecialGenericAlias(_Reversible, 1, name="Reversible", inst=False)
Awaitable = _SpecialGenericAlias(_Awaitable, 1, name="Awaitable", inst=False)
Coroutine = _SpecialGenericAlias(_Coroutine, 3, name="Coroutine", inst=False)
AsyncIterable = _SpecialGenericAlias(_AsyncIterable, 1, name="AsyncIterable", inst=False)
AsyncIterator = _SpecialGenericAlias(_AsyncIterator, 1, name="AsyncIterator", inst=False)
AsyncGenerator = _SpecialGenericAlias(_AsyncGenerator, 2, name="AsyncGenerator", inst=False)
Text = str


class TypeVar(_Final):
    """TypeVar('T', *constraints, bound=None): a type variable for generic definitions."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = None if bound is None else _type_check(bound)
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        try:
            self.__module__ = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __typing_subst__(self, arg):
        return arg

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar("AnyStr", bytes, str)


def _caller_module(depth=2):
    try:
        return _sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return None


def _param_spec_part(kind):
    """The __init__, __repr__ and __eq__ of P.args / P.kwargs (kind 'args' or 'kwargs'): a view
    of its ParamSpec, equal to the same view of an equal ParamSpec (and, as in CPython 3.11,
    unhashable: __eq__ without __hash__)."""
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.{kind}"

    def __eq__(self, other):
        return isinstance(other, type(self)) and self.__origin__ == other.__origin__
    return __init__, __repr__, __eq__


class ParamSpecArgs(_Final):
    """P.args: the positional arguments of a ParamSpec P."""

    __init__, __repr__, __eq__ = _param_spec_part('args')


class ParamSpecKwargs(_Final):
    """P.kwargs: the keyword arguments of a ParamSpec P."""

    __init__, __repr__, __eq__ = _param_spec_part('kwargs')


class ParamSpec(_Final):
    """ParamSpec('P'): stands for the whole parameter list of a callable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__name__ = name
        self.__bound__ = None if bound is None else _type_check(bound)
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        module = _caller_module()
        if module is not None:
            self.__module__ = module

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class TypeVarTuple(_Final):
    """TypeVarTuple('Ts'): stands for any number of types (used unpacked: *Ts)."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller_module()
        if module is not None:
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class Generic:
    """Base of user generic classes: class Stack(Generic[T])."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f"Parameter list to {cls.__name__}[...] cannot be empty")
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple, _UnpackGenericAlias)):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                    "variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _GenericClassAlias(cls, params)
        expected = len(getattr(cls, "__parameters__", ()))
        if not expected:
            raise TypeError(f"{cls!r} is not a generic class")
        if len(params) != expected:
            many = "many" if len(params) > expected else "few"
            raise TypeError(f"Too {many} arguments for {cls!r}; actual {len(params)}, expected {expected}")
        return _GenericClassAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        bases = cls.__dict__.get("__orig_bases__", ())
        # the type variables of the subscripted bases, or exactly those of its Generic[...] base
        declared = [b for b in bases if isinstance(b, _GenericClassAlias)
                    and b.__origin__ in (Generic, Protocol)]
        if len([b for b in declared if b.__origin__ is Generic]) > 1:
            raise TypeError("Cannot inherit from Generic[...] multiple times.")
        params = []
        for base in bases:
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in params:
                        params.append(p)
        if declared:
            listed = declared[0].__args__
            missing = [p for p in params if p not in listed]
            if missing:
                raise TypeError(f"Some type variables ({', '.join(map(repr, missing))}) are not "
                                f"listed in {declared[0].__origin__.__name__}"
                                f"[{', '.join(map(repr, listed))}]")
            params = list(listed)
        cls.__parameters__ = tuple(params)


class _GenericClassAlias(_GenericAlias):
    def _copy_with(self, args):
        return _GenericClassAlias(self.__origin__, args)
    def __repr__(self):
        origin = self.__origin__
        name = f"typing.{origin.__name__}" if origin in (Generic, Protocol) else _type_repr(origin)
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is Generic or origin is Protocol:
            # a later base that is generic already brings Generic into the MRO
            at = [i for i, b in enumerate(bases) if b is self]
            later = bases[at[0] + 1:] if at else ()
            if origin is Generic and (Protocol in bases or any(
                    isinstance(b, _GenericAlias) or isinstance(b, type) and issubclass(b, Generic)
                    for b in later)):
                return ()
        return (origin,)


class _ProtocolMeta(type):
    """isinstance() on a @runtime_checkable protocol checks for its members."""

    def __instancecheck__(cls, obj):
        if cls.__dict__.get("_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            return all(hasattr(obj, m) for m in _protocol_members(cls))
        return super().__instancecheck__(obj)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get("_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            members = _protocol_members(cls)
            for base in cls.__mro__[:-1]:
                if base in (Protocol, Generic):
                    continue
                if any(m in base.__dict__.get("__annotations__", {}) or m in base.__dict__ and
                       not callable(base.__dict__[m]) for m in members):
                    raise TypeError("Protocols with non-method members don't support "
                                    "issubclass()")
            return all(any(m in k.__dict__ for k in other.__mro__) for m in members)
        return super().__subclasscheck__(other)


def _protocol_members(cls):
    members = set()
    for base in cls.__mro__[:-1]:
        if base in (Protocol, Generic):
            continue
        for name in base.__dict__:
            if not name.startswith("_abc_") and name not in (
                    "__module__", "__qualname__", "__doc__", "__dict__", "__weakref__",
                    "__annotations__", "__parameters__", "__orig_bases__", "_is_protocol",
                    "_is_runtime_protocol", "__init_subclass__", "__slots__", "__init__",
                    "__class_getitem__", "__protocol_attrs__"):
                members.add(name)
        members.update(base.__dict__.get("__annotations__", {}))
    return members


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types; @runtime_checkable enables isinstance checks."""

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and "__init__" not in cls.__dict__:
            cls.__init__ = _protocol_init


def _protocol_init(self, *args, **kwargs):
    # a protocol class itself cannot be instantiated; a class implementing it runs the first
    # other __init__ of its MRO
    cls = type(self)
    if cls.__dict__.get("_is_protocol", False):
        raise TypeError("Protocols cannot be instantiated")
    for base in cls.__mro__:
        init = base.__dict__.get("__init__")
        if init is not None and init is not _protocol_init:
            if base is object:
                return None
            return init(self, *args, **kwargs)


def runtime_checkable(cls):
    """Lets isinstance() check a Protocol by the presence of its members."""
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        f"got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Returns val unchanged (a hint for type checkers)."""
    return val


def assert_never(arg, /):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


# (module, qualname) -> {first line: function} of the @overload-ed definitions
_overloads = {}


def _overload_key(func):
    func = getattr(func, "__func__", func)
    return getattr(func, "__module__", None), getattr(func, "__qualname__", None)


def get_overloads(func):
    """The @overload-ed definitions of func, in the order they were made."""
    return list(_overloads.get(_overload_key(func), {}).values())


def clear_overloads():
    """Forgets every @overload-ed definition."""
    _overloads.clear()


def assert_type(val, typ, /):
    """Returns val (type checkers check that val has type typ)."""
    return val


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator marking a dataclass-like decorator, base class or metaclass."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs}
        return cls_or_fn
    return decorator


def no_type_check_decorator(decorator):
    """Makes decorator's results behave as if @no_type_check applied to them."""
    import functools

    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def overload(func):
    inner = getattr(func, "__func__", func)
    try:
        _overloads.setdefault(_overload_key(func), {})[inner.__code__.co_firstlineno] = func
    except AttributeError:
        pass

    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @typing.overload-decorated "
            "functions outside a stub module should always be followed by an implementation "
            "that is not @typing.overload-ed.")
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        if isinstance(tp, _UnionGenericAlias):
            return Union
        origin = tp.__origin__
        if isinstance(origin, _SpecialForm):
            return origin
        return origin
    if tp is Generic:
        return Generic
    if type(tp).__name__ == "UnionType":
        return type(tp)
    return getattr(tp, "__origin__", None) if type(tp).__name__ == "GenericAlias" else None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if _is_param_args(args[0]):
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return tp.__args__
    return ()


def _strip_extras(hint):
    # Annotated[T, ...] -> T, Required[T] / NotRequired[T] -> T, also inside other aliases
    if isinstance(hint, _AnnotatedAlias):
        return _strip_extras(hint.__origin__)
    if isinstance(hint, _GenericAlias) and hint._name in ("Required", "NotRequired"):
        return _strip_extras(hint.__args__[0])
    if isinstance(hint, _UnionGenericAlias):
        stripped = tuple(_strip_extras(a) for a in hint.__args__)
        return hint if stripped == hint.__args__ else Union[stripped]
    return hint


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its MRO, base first), function or module, strings evaluated."""
    hints = _get_type_hints(obj, globalns, localns)
    if not include_extras:
        hints = {name: _strip_extras(hint) for name, hint in hints.items()}
    return hints


def _get_type_hints(obj, globalns, localns):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            g = _sys.modules[base.__module__].__dict__ if base.__module__ in _sys.modules else {}
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g if globalns is None else globalns, localns)
        return hints
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    g = getattr(obj, "__globals__", {}) if globalns is None else globalns
    for name, value in ann.items():
        hints[name] = _eval_hint(value, g, localns)
    return hints


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return _eval_hint(eval(value, globalns, localns), globalns, localns)
    if isinstance(value, ForwardRef):
        return _eval_hint(value.__forward_arg__, globalns, localns)
    # forward references inside Optional["X"], List["X"], list["X"] ...
    if isinstance(value, _UnionGenericAlias):
        args = tuple(_eval_hint(a, globalns, localns) for a in value.__args__)
        return value if args == value.__args__ else Union[args]
    if type(value) is _GenericAlias or type(value) is _GenericAlias_builtin:
        args = tuple(_eval_hint(a, globalns, localns) for a in value.__args__)
        if args == value.__args__:
            return value
        if type(value) is _GenericAlias_builtin:
            return _GenericAlias_builtin(value.__origin__, args)
        return _GenericAlias(value.__origin__, args, name=value._name, inst=value._inst)
    return value


_GenericAlias_builtin = type(list[int])


class NewType:
    """NewType('UserId', int): a distinct name for a type; calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module is not None:
            self.__module__ = module

    def __call__(self, *args):
        if len(args) != 1:
            raise TypeError(f"_typing._idfunc() takes exactly one argument ({len(args)} given)")
        return args[0]

    def __mro_entries__(self, bases):
        # the error names the class being defined, which only its __init_subclass__ knows
        supertype_name = self.__name__

        class Refuse:
            def __init_subclass__(cls):
                sub = cls.__name__
                raise TypeError("Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{sub} = NewType({sub!r}, {supertype_name})`")

        return (Refuse,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


@runtime_checkable
class SupportsInt(Protocol):
    def __int__(self): ...


@runtime_checkable
class SupportsFloat(Protocol):
    def __float__(self): ...


@runtime_checkable
class SupportsIndex(Protocol):
    def __index__(self): ...


T_co = TypeVar("T_co", covariant=True)


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    def __abs__(self): ...


@runtime_checkable
class SupportsBytes(Protocol):
    def __bytes__(self): ...


@runtime_checkable
class SupportsComplex(Protocol):
    def __complex__(self): ...


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    def __round__(self, ndigits=0): ...


class IO(Generic[AnyStr]):
    """The generic type of file objects (for annotations; open() returns io's classes)."""

    __slots__ = ()


class BinaryIO(IO[bytes]):
    """A file object of bytes."""

    __slots__ = ()


class TextIO(IO[str]):
    """A file object of text."""

    __slots__ = ()


from collections.abc import (
    MappingView as _MappingView, KeysView as _KeysView, ItemsView as _ItemsView,
    ValuesView as _ValuesView, ByteString as _ByteString)
from contextlib import (
    AbstractContextManager as _AbstractContextManager,
    AbstractAsyncContextManager as _AbstractAsyncContextManager)

MappingView = _SpecialGenericAlias(_MappingView, 1, name="MappingView", inst=False)
KeysView = _SpecialGenericAlias(_KeysView, 1, name="KeysView", inst=False)
ItemsView = _SpecialGenericAlias(_ItemsView, 2, name="ItemsView", inst=False)
ValuesView = _SpecialGenericAlias(_ValuesView, 1, name="ValuesView", inst=False)
ByteString = _SpecialGenericAlias(_ByteString, 0, name="ByteString", inst=False)
ContextManager = _SpecialGenericAlias(_AbstractContextManager, 1, name="ContextManager",
                                      inst=False)
AsyncContextManager = _SpecialGenericAlias(_AbstractAsyncContextManager, 1,
                                           name="AsyncContextManager", inst=False)


def _make_nmtuple(name, types, module, defaults=()):
    types = [(n, _type_check(t)) for n, t in types]
    fields = [n for n, t in types]
    nt = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nt.__annotations__ = dict(types)
    return nt


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default "
                                f"field{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(), ns["__module__"],
                               defaults=[ns[n] for n in default_names])
        for key in ns:
            if key in ("__module__", "__qualname__", "__annotations__", "_fields", "_field_defaults",
                       "__new__", "__init__", "__slots__", "__getnewargs__", "_make", "_replace",
                       "_asdict", "_source"):
                continue
            if key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed namedtuple: class P(NamedTuple): x: int, or NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    try:
        module = _sys._getframe(1).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        module = None
    return _make_nmtuple(typename, list(fields), module)


_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        module = ns.get("__module__", tp.__module__)
        own = {key: _type_check(hint, module) for key, hint in ns.get("__annotations__", {}).items()}
        annotations.update(own)
        for key, hint in own.items():
            # Required[...] / NotRequired[...] override the class's totality (Annotated around
            # them counts too)
            while isinstance(hint, _AnnotatedAlias):
                hint = hint.__origin__
            marker = hint._name if isinstance(hint, _GenericAlias) else None
            if marker == "Required" or marker != "NotRequired" and total:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp.__annotations__ = annotations
        tp.__required_keys__ = frozenset(required)
        tp.__optional_keys__ = frozenset(optional)
        tp.__total__ = total
        return tp

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """Typed dict: class Movie(TypedDict): title: str — instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields)}
    module = _caller_module()
    if module is not None:
        ns["__module__"] = module
    return _TypedDictMeta(typename, (), ns, total=total)


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def __getattr__(name):
    # Pattern and Match need re, imported only when they are first asked for
    if name in ("Pattern", "Match"):
        import re
        alias = _SpecialGenericAlias(getattr(re, name), 1, name=name)
        globals()[name] = alias
        return alias
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
