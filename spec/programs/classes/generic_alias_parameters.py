# types.GenericAlias / typing aliases: type parameters, substitution, arity errors; reprs with a
# Callable parameter list; mappingproxy is unhashable.
import collections.abc as cabc
import types
from typing import Dict, Generic, List, Optional, Tuple, TypeVar

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class G(Generic[T]):
    pass


class M(Generic[K, V]):
    pass


class C(G[int]):
    pass


class D(G[T]):
    pass


cases = [
    lambda: list[T], lambda: list[T][int], lambda: list[T].__parameters__,
    lambda: dict[K, V][int, str], lambda: dict[K, list[V]][int, str], lambda: dict[K, list[V]].__parameters__,
    lambda: dict[K, V][int], lambda: list[T][int, str], lambda: list[int][str],
    lambda: (list[T] | None).__parameters__, lambda: list[int].__parameters__,
    lambda: tuple[T, ...][int], lambda: list[T][list[K]], lambda: list[T][list[K]].__parameters__,
    lambda: G[int], lambda: G[int, str], lambda: M[int], lambda: M[int, str], lambda: C[int], lambda: D[str],
    lambda: G[int][str],
    lambda: List[T][int], lambda: Dict[str, T][float], lambda: Optional[T], lambda: Tuple[T, T][int],
    lambda: List[int][str], lambda: Dict[str, T][int, str], lambda: List[List[T]][int],
    lambda: Dict[T, List[T]].__parameters__, lambda: Dict[T, List[T]][str],
    lambda: cabc.Callable[[int, str], bool], lambda: cabc.Callable[..., int], lambda: cabc.Callable[[], None],
    lambda: cabc.Callable[[T], T][int], lambda: cabc.Callable[[T], K].__parameters__,
]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)

print(types.MappingProxyType.__hash__, type(vars(int)).__hash__)
for proxy in (int.__dict__, types.MappingProxyType({'a': 1})):
    try:
        hash(proxy)
    except TypeError as e:
        print(type(e).__name__, e)
