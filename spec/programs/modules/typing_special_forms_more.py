# typing: Annotated, Literal dedup/equality, Required/NotRequired and TypedDict keys,
# ParamSpec/Concatenate/TypeVarTuple/Unpack reprs, NewType as a class, Optional/ClassVar
# argument errors, Any(), forward references inside aliases in get_type_hints
import typing
from typing import *


def tryit(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


class TD(TypedDict, total=False):
    a: Required[int]
    b: NotRequired[str]
    c: float


class TD2(TD):
    d: int


print(TD.__annotations__, sorted(TD.__required_keys__), sorted(TD.__optional_keys__), TD.__total__)
print(sorted(TD2.__required_keys__), sorted(TD2.__optional_keys__), TD2.__total__, TD2.__bases__)
print(TD(a=1), TD2.__annotations__)
print(get_type_hints(TD), get_type_hints(TD, include_extras=True))
print(typing.is_typeddict(TD), typing.is_typeddict(dict), TD.__name__, TD.__module__)
tryit(lambda: TypedDict("X", {"a": int}, b=int))
X = TypedDict("X", {"a": int}, total=False)
print(X.__optional_keys__, X.__total__, X.__module__, X(a=1))

A = Annotated[int, "m", 5]
print(A, A.__origin__, A.__metadata__, get_args(A), get_origin(A), Annotated[Annotated[int, 1], 2])
print(A == Annotated[int, "m", 5], A == Annotated[int, "m"], A(3))
tryit(lambda: Annotated[int])
tryit(lambda: Annotated())
print(Annotated[List[int], "x"], Annotated[Optional[int], 1])


def f(x: Annotated[int, "pos"], y: Optional["int"] = None) -> Annotated[str, 1]: ...


print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))

print(Literal[1] | None, Literal[1, 1, 2], Literal[Literal[1, 2], 3], Literal[True, 1, True])
print(Literal[True] == Literal[1], Literal[1, 2] == Literal[2, 1], hash(Literal[1]) == hash(Literal[1]))

P = ParamSpec("P")
print(P, P.args, P.kwargs, P.__name__, ParamSpec("Q", covariant=True), get_origin(P.args) is P)
print(Callable[P, int], Concatenate[int, P], Callable[Concatenate[int, P], int], Callable[int, str])
print(get_args(Callable[P, int]), get_args(Callable[[int], str]))
Ts = TypeVarTuple("Ts")
print(Ts, Unpack[Ts], [*Ts], Tuple[Unpack[Ts]], tuple[int, Unpack[Ts]], get_origin(Unpack[Ts]))
print(TypeGuard[int], Required[int], get_origin(Required[int]), get_args(NotRequired[int]))

UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__name__, UserId.__qualname__, UserId.__module__, UserId.__supertype__)
print(type(UserId), UserId | None, Optional[UserId], List[UserId], NewType("Derived", UserId))


def subclass_newtype():
    class ProUser(UserId):
        pass


tryit(subclass_newtype)
tryit(lambda: UserId(1, 2))
tryit(lambda: Optional[int, str])
tryit(lambda: ClassVar[int, str])
tryit(lambda: Final[()])
tryit(lambda: Any())
T = TypeVar("T")
tryit(lambda: Generic[T, T])
tryit(lambda: Generic[()])
tryit(lambda: Protocol[int])
tryit(lambda: Generic[int])
print(IO, TextIO, BinaryIO, IO[str], TextIO.__mro__)
print(ContextManager[int], AsyncContextManager, KeysView[str], ItemsView, ValuesView[int], ByteString)
print(SupportsAbs, SupportsRound[int], isinstance(3, SupportsAbs), isinstance("a", SupportsAbs))
print(typing.Pattern, typing.Match[str], typing.assert_type(3, str))


@overload
def ov(x: int) -> int: ...
@overload
def ov(x: str) -> str: ...
def ov(x):
    return x


print(len(get_overloads(ov)), ov("s"))
clear_overloads()
print(get_overloads(ov))


@dataclass_transform()
def deco(cls):
    return cls


print(deco.__dataclass_transform__)
