# super objects: repr() and the __repr__ slot wrapper agree (an unbound super has no object to
# skip to, so its attribute lookups fall back to the super object itself).
class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        s = super()
        print(repr(s), s.__repr__() == repr(s))
        return s.who()

print(B().who())
print(repr(super(B)), super(B).__repr__())
print(super(int).__repr__(), type(super(int)).__repr__(super(B, B())))
print("__repr__" in super.__dict__, type(super.__dict__["__repr__"]).__name__)
print(super(B, B).who(B()), super(B, B()).__self_class__.__name__, super(B).__self__)
