import typing
from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, Protocol, runtime_checkable, NamedTuple, TypedDict, cast, Iterable, Iterator
print(List[int], Dict[str, int], Optional[int], Union[int, str], Any, Callable[[int], str], Tuple[int, ...], List, typing.Iterable[int], Callable[..., int])
T = TypeVar("T")
print(T, repr(T), TypeVar("U", bound=int).__bound__)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__mro__, Stack.__parameters__)
print(isinstance([], List), isinstance({}, Dict), Optional[int] == Union[int, None], Union[int], Union[int, int], Union[int, Union[str, int]])
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
print(P(1), P._fields, P(3, -4).norm(), isinstance(P(1), tuple))
Q = NamedTuple("Q", [("a", str), ("b", int)])
print(Q("s", 2))
class TD(TypedDict):
    a: int
    b: str
td = TD(a=1, b="x")
print(td, type(td).__name__)
print(cast(int, "x"), typing.TYPE_CHECKING, typing.get_type_hints(P), typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Callable[[int], str]))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class NotRT(Protocol):
    def run(self): ...
try:
    isinstance(F(), NotRT)
except TypeError as e:
    print("TypeError:", e)
def f(xs: List[int], cb: Optional[Callable[[int], int]] = None) -> Dict[str, Any]:
    return {"n": len(xs)}
print(f([1, 2]), f.__annotations__["xs"], f.__annotations__["return"])
def gen() -> Iterator[int]:
    yield 1
print(list(gen()), typing.get_type_hints(f)["cb"])
try:
    List()
except TypeError as e:
    print("TypeError:", e)
UserId = typing.NewType("UserId", int)
print(UserId(5), UserId.__name__)
print(int | None, Optional[List[int]], Union[None, int], Union[List[int], Dict[str, int]])
