# type(name, bases, ns) copies ns as PyDict_Copy does: a non-empty dict subclass overriding
# __iter__ is read through its keys() and __getitem__ (an empty one, or one keeping dict's
# iteration, is copied directly) -- also the namespace a metaclass __prepare__ returned.
class D(dict):
    def __getitem__(self, k):
        print('D.getitem', k)
        return 'dv'
    def keys(self):
        print('D.keys')
        return ['a']
    def __iter__(self):
        print('D.iter')
        return iter(['a'])
C = type('C', (), D(a=1, b=2))
print(C.a, hasattr(C, 'b'))
C2 = type('C2', (), D())
print(sorted(k for k in vars(C2) if not k.startswith('__')))
class E(dict):
    def __getitem__(self, k):
        print('E.getitem', k)
        return 0
C3 = type('C3', (), E(x=1))
print(C3.x)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return D()
class K(metaclass=Meta):
    y = 5
print(sorted(k for k in vars(K) if not k.startswith('__')))
