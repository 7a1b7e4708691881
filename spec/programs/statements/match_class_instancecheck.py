# A class pattern asks isinstance(), so a metaclass's __instancecheck__ and ABC registration
# decide whether the subject matches.
from abc import ABC

class Always(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return True

class Anything(metaclass=Always):
    pass

class Never(type):
    def __instancecheck__(cls, inst):
        return False

class Nothing(metaclass=Never):
    pass

for v in [5, "s", [1]]:
    match v:
        case Nothing():
            print("nothing?")
        case Anything():
            print("anything", v)

class Base(ABC):
    pass

Base.register(int)
match 3:
    case Base():
        print("registered int matches Base")

class WithArgs(metaclass=Always):
    __match_args__ = ("real",)

match 7:
    case WithArgs(r):
        print("real via __match_args__", r)

match 2.5:
    case WithArgs(real=x) if x > 2:
        print("keyword", x)

class Missing(metaclass=Always):
    __match_args__ = ("nope",)

match 1:
    case Missing(1):
        print("no")
    case _:
        print("missing attribute: no match")
