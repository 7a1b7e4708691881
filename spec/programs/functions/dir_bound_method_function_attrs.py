# dir() of a bound method includes its function's attributes (method.__dict__ is the function's).
class C:
    def m(self): pass
C.m.known = 1
b = C().m
print('known' in dir(b), b.known, b.__dict__)
def f(): pass
f.tag = 'x'
print('tag' in dir(f), 'tag' in dir(f.__get__(1)))
