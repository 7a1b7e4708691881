# typing: Self in hints and its errors, instantiating aliases, the alias classes' names,
# a string TypeVar bound, unions with TypeVars, special forms called or subscripted
from typing import *
import typing
def tryit(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
class Shape:
    def set_scale(self, scale: float) -> Self:
        return self
print(get_type_hints(Shape.set_scale))
tryit(lambda: Self())
tryit(lambda: Self[int])
tryit(lambda: isinstance(1, Self))
tryit(lambda: Union[int, str]())
tryit(lambda: List[int]())
tryit(lambda: Dict())
tryit(lambda: typing.DefaultDict[str, int]())
tryit(lambda: typing.Counter[str]("aab"))
tryit(lambda: typing.Deque[int]([1]))
tryit(lambda: Tuple[int]((1,)))
tryit(lambda: Type[int]())
print(typing.Optional.__class__.__name__, type(List).__name__, type(List[int]).__name__, type(Callable[[], int]).__name__, type(Literal[1]).__name__)
print(typing.Any.__class__, type(TypeVar("T")), typing.NoReturn == typing.NoReturn, Never is typing.Never)
print(TypeVar("T").__name__, TypeVar("T", bound="X").__bound__)
tryit(lambda: TypeVar("T") | 5)
print(TypeVar("T") | int, int | TypeVar("T"), Optional[TypeVar("T")])
print(Literal["a"] | Literal["b"], ClassVar[int] == ClassVar[int], Final[int] != Final[str])
tryit(lambda: issubclass(int, Literal[1]))
tryit(lambda: Literal[1]())
tryit(lambda: ClassVar[int]())
print(typing.get_type_hints(typing.get_type_hints)['obj'] if False else '')
print(Generic.__name__, Protocol.__name__, Protocol.__module__, NamedTuple.__name__ if hasattr(NamedTuple, '__name__') else '')
