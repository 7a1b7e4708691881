# typing: NamedTuple and TypedDict store string annotations as ForwardRef (TypedDict's with the
# module) and None as NoneType; ForwardRef's arguments, repr, equality and errors
from typing import NamedTuple, TypedDict, ForwardRef, List, get_type_hints


class N(NamedTuple):
    a: None
    b: "int"
    c: List["int"]


print(N.__annotations__, get_type_hints(N))


class T(TypedDict):
    a: None
    b: "int"


print(T.__annotations__, get_type_hints(T))
N2 = NamedTuple("N2", [("a", "int"), ("b", None)])
print(N2.__annotations__)
T2 = TypedDict("T2", {"a": "int", "b": None})
print(T2.__annotations__)
print(ForwardRef("x", module="m"), ForwardRef("x", is_argument=False), ForwardRef("x", is_class=True))
print(ForwardRef("x") == ForwardRef("x"), ForwardRef("x") == ForwardRef("x", module="m"))
print(ForwardRef("x").__forward_arg__, ForwardRef("x").__forward_evaluated__, ForwardRef("x").__forward_module__)
for bad in (5, "1 +"):
    try:
        ForwardRef(bad)
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
