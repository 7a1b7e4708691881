# typing's container aliases check through collections.abc (dict is no Sequence, list not Hashable); SupportsInt/SupportsIndex are runtime-checkable; get_origin of an X | Y union.
import typing, collections.abc as cabc
from typing import Callable, Iterable, Sequence, Mapping, Optional, Union, Any, List, Dict, Tuple, Type, Literal
def chk(v, t):
    try: return isinstance(v, t)
    except TypeError as e: return "TE: " + str(e)[:50]
for v in (len, 3, [], {}, (), "s", None, lambda: 0):
    print(repr(v)[:12], [chk(v, t) for t in (Callable, Iterable, Sequence, Mapping, typing.Hashable, typing.Sized, Any, Type, typing.SupportsInt, typing.SupportsIndex)])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(int | str), typing.get_args(Optional[int]))
print(typing.get_origin(Callable[[int], str]), typing.get_args(Callable[[int], str]), typing.get_args(Literal[1, 2]))
print(Union[int, int], Union[int, Union[str, float]], Optional[Union[int, None]], int | None == Optional[int])
print(List[int] == List[int], List[int] == list[int], hash(List[int]) == hash(List[int]))
print(issubclass(list, typing.Sequence), issubclass(dict, typing.MutableMapping), issubclass(int, typing.Hashable))
class P(typing.Protocol):
    def meth(self) -> int: ...
@typing.runtime_checkable
class R(typing.Protocol):
    def meth(self) -> int: ...
class Impl:
    def meth(self): return 1
print(isinstance(Impl(), R), isinstance(3, R), chk(Impl(), P))
T = typing.TypeVar('T')
class G(typing.Generic[T]): pass
print(G[int], G.__parameters__, typing.get_origin(G[int]) is G, isinstance(G(), G))
print(typing.cast(int, "x"), typing.NamedTuple("NT", [("a", int)])(1))
