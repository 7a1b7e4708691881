class S:
    __slots__=("a",)
print(S.a.__name__, S.a.__objclass__, repr(int.real), repr(str.join), repr(int.__add__), repr(type.__dict__["__name__"]))
