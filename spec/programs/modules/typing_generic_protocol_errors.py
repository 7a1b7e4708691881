# typing: Generic subclassing rules and their errors, substitution through Union/Optional/
# Callable aliases, Protocol instantiation and runtime checks with inherited runtime_checkable
from typing import *


def tryit(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


T = TypeVar("T")
S = TypeVar("S")


class Box(Generic[T]):
    pass


class Pair(Box[T], Generic[T, S]):
    pass


print(Pair[int, str], Pair.__parameters__, Pair.__mro__)


def twice():
    class B(Generic[T], Generic[S]):
        pass


def unlisted():
    class B(Box[T], Generic[S]):
        pass


tryit(twice)
tryit(unlisted)
print(Dict[T, List[S]][int, str], Callable[[T], S][int, str], Union[T, int][str], Optional[T][int])
print(Tuple[T, ...][int], list[T][int], Box[List[T]][int], Annotated[List[T], "x"][int])
tryit(lambda: Box[int][int])
tryit(lambda: Pair[int])


@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...


@runtime_checkable
class HasName(Protocol):
    name: str


class Named:
    def __init__(self):
        self.name = "x"


class Plain(Protocol):
    def close(self): ...


class SubProto(HasLen, Protocol):
    def extra(self): ...


class Impl(HasLen):
    def __len__(self):
        return 3


class Concrete(Plain):
    def __init__(self, v):
        self.v = v


print(isinstance([], HasLen), isinstance(3, HasLen), issubclass(str, HasLen))
print(isinstance(Named(), HasName), isinstance(3, HasName))
tryit(lambda: issubclass(Named, HasName))
tryit(lambda: isinstance(Named(), Plain))
tryit(lambda: Plain())
tryit(lambda: HasLen())
print(len(Impl()), isinstance(Impl(), HasLen), Concrete(4).v, isinstance([], SubProto))
tryit(lambda: runtime_checkable(Box))
tryit(lambda: NamedTuple("Bad", [("a", int)], b=int))
