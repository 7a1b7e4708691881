class Counter:
    instances = []
    total = 0
    def __init__(self):
        Counter.instances.append(self)
        self.total += 1   # creates instance attr
c1 = Counter(); c2 = Counter()
print(Counter.total, c1.total, len(Counter.instances))
Counter.total = 10
print(c1.total, Counter().total)
c1.__class__.extra = "x"
print(c2.extra)
print(sorted(k for k in vars(Counter) if not k.startswith('__')))
print(Counter.__name__, Counter.__qualname__, Counter.__module__)
def outer():
    class Inner:
        def m(self): pass
    return Inner
I = outer()
print(I.__qualname__, I.m.__qualname__)
setattr(Counter, 'dyn', lambda self: 42)
print(c1.dyn())
delattr(Counter, 'dyn')
print(hasattr(c1, 'dyn'))
