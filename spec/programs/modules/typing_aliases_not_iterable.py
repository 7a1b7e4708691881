# typing's subscriptable markers and aliases (List, Union[...], Optional[...], Callable, Tuple,
# Annotated[...], Any, Generic) are not iterable, as in CPython; a subscripted generic alias
# (List[int], Tuple[int], Literal[...]) iterates to one unpacked alias, shown *X, as Unpack[X] is.
import typing
from typing import List, Dict, Union, Optional, Callable, Tuple, Literal, Annotated, Any, Generic, Unpack, TypeVarTuple
for x in (List, Union[int, str], List[int], Optional[int], Callable[[int], str], Dict, Tuple[int], Literal[1, 2],
          Annotated[int, 'm'], Any, Generic, Optional, Union, Callable, Tuple, Dict[str, int], Unpack[Tuple[int]]):
    try:
        print(repr(x), list(x))
    except TypeError as e:
        print(repr(x), type(e).__name__, e)
Ts = TypeVarTuple('Ts')
print(list(Ts), repr(Unpack[Ts]), repr(Unpack[Tuple[int, str]]), repr(Unpack[tuple[int]]))
print(Tuple[int, *Ts], Tuple[*Tuple[int, str]])
