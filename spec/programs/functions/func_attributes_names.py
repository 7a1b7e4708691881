# __name__, __qualname__ and __module__ of functions in various positions.
def top():
    def nested():
        def deeper():
            pass
        return deeper
    return nested


class K:
    def method(self):
        def local():
            pass
        return local

    class Inner:
        def m(self):
            pass


lam = lambda: None
for fn in (top, top(), top()(), K.method, K().method(), K.Inner.m, lam, (lambda: lambda: 0)()):
    print(fn.__name__, '|', fn.__qualname__, '|', fn.__module__)
top.__name__ = 'renamed'
print(top.__name__, top.__qualname__)
top.__qualname__ = 'Q.renamed'
print(top.__qualname__)
try:
    top.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
