# A value pattern compares with `==` (COMPARE_OP), without the identity shortcut of
# containers' comparisons: the same NaN object does not match itself, and __eq__ always runs.
class C:
    NAN = float("nan")
    ONE = 1

class Loud:
    def __eq__(self, other):
        print("Loud.__eq__", type(other).__name__)
        return False
    __hash__ = object.__hash__

class K:
    L = Loud()

match C.NAN:
    case C.NAN:
        print("nan matched")
    case _:
        print("nan does not match itself")

match K.L:
    case K.L:
        print("identical object matched")
    case _:
        print("__eq__ said no")

match [C.NAN]:
    case [C.NAN]:
        print("in a sequence: still ==")
    case _:
        print("sequence item nan no match")

print([C.NAN] == [C.NAN], C.NAN in [C.NAN])

for v in [1, 1.0, True, 2]:
    match v:
        case C.ONE:
            print(repr(v), "== 1")
        case _:
            print(repr(v), "!= 1")
