# obj.__class__ = C: heap types with the same layout only (native base, instance dict and
# __slots__ members alike), else CPython's "object layout differs"; builtin instances refuse.
class A: pass
class B: pass
class S1:
    __slots__ = ('x',)
class S2:
    __slots__ = ('x',)
class S3:
    __slots__ = ('y',)
class L(list): pass
class L2(list): pass
class S4(S1): pass
class AB(A): pass
for a, b in [(A, B), (A, AB), (AB, B), (A, S1), (S1, A), (S1, S2), (S1, S3), (A, L), (L, A), (L, L2), (S1, S4), (S4, S1)]:
    o = a()
    try:
        o.__class__ = b
        print('ok', a.__name__, '->', type(o).__name__)
    except TypeError as e:
        print(e)
for v, c in [(1, bool), (A(), int), ([], L)]:
    try:
        v.__class__ = c
    except TypeError as e:
        print(e)
o = A()
try:
    o.__class__ = 5
except TypeError as e:
    print(e)
try:
    del o.__class__
except TypeError as e:
    print(e)
class Dog:
    def speak(self): return 'woof'
class Cat:
    def speak(self): return 'meow'
pet = Dog(); pet.name = 'rex'
pet.__class__ = Cat
print(pet.speak(), pet.name, isinstance(pet, Cat))
