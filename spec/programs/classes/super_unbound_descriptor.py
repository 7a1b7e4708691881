# An unbound super(C) is a descriptor: fetched through an instance (or bound with __get__) it
# becomes super(C, obj). type.mro() takes no arguments.

class A:
    def f(self):
        return 'A.f'
    @classmethod
    def c(cls):
        return 'A.c ' + cls.__name__

class B(A):
    def f(self):
        return 'B.f'

s = super(B)
print(repr(s), s.__self__, s.__self_class__)
b = B()
bound = s.__get__(b)
print(repr(bound), bound.f(), bound.__self__ is b)
print(s.__get__(b, B).c())
print(s.__get__(None, B) is s, bound.__get__(A()) is bound)

class Holder(B):
    sup = super(B)
    def via_attr(self):
        return self.sup.f()

print(Holder().via_attr(), Holder.sup is Holder.__dict__['sup'])
try:
    s.f()
except AttributeError as e:
    print('AttributeError', e)

class MySuper(super):
    pass

ms = MySuper(B)
print(type(ms.__get__(b)).__name__, ms.__get__(b).f())
print(B.mro())
try:
    B.mro(1)
except TypeError as e:
    print('TypeError', e)
