# Class calls and attribute stores in loops (the VM specialises both): rebinding __init__,
# __new__ or __setattr__ after warm-up, properties added later, __init__ returning a value,
# metaclass __call__, replaced instance dicts, __slots__, exceptions in __init__.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def make(n):
    out = []
    for i in range(n):
        out.append(P(i, -i))
    return out

print(sum(p.x + p.y * 2 for p in make(100)))

def init2(self, x, y):
    self.x = x * 10
    self.y = y
P.__init__ = init2
print([p.x for p in make(3)])

def new(cls, *args):
    o = object.__new__(cls)
    o.made_by_new = True
    return o
P.__new__ = new
print([getattr(p, 'made_by_new', False) for p in make(2)])

log = []
def setattr_(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)
P.__setattr__ = setattr_
make(2)
print(log)
del P.__setattr__

class Q:
    def __init__(self, v):
        self.v = v
qs = [Q(i) for i in range(60)]
def setv(self, value):
    self.__dict__['v'] = ('prop', value)
Q.v = property(lambda self: self.__dict__['v'], setv)
qs = [Q(i) for i in range(3)]
print([q.v for q in qs])

class R:
    def __init__(self, a):
        self.a = a
        return a
for i in range(60):
    try:
        R(None)
        R(i)
    except TypeError as e:
        msg = str(e)
print(msg)

class Meta(type):
    def __call__(cls, *args):
        return ('meta', args)
class S(metaclass=Meta):
    def __init__(self, a):
        self.a = a
print([S(i) for i in range(3)][-1])

class T2:
    def __init__(self, a):
        self.a = a
class U(T2):
    pass
objs = [T2(i) if i % 2 else U(i) for i in range(60)]
print(sum(o.a for o in objs), type(objs[0]).__name__)

class W:
    def __init__(self, a):
        self.a = a
ws = []
for i in range(60):
    w = W(i)
    if i == 30:
        w.__dict__ = {'z': 1}
    w.a = i * 2
    ws.append(w)
print(ws[30].__dict__, ws[31].__dict__)

class Sl:
    __slots__ = ('a',)
    def __init__(self, a):
        self.a = a
print(sum(Sl(i).a for i in range(60)))
try:
    for i in range(60):
        s = Sl(i)
        s.b = 1
except AttributeError as e:
    print('AttributeError:', e)

class Bad:
    def __init__(self, a):
        if a == 55:
            raise ValueError(a)
        self.a = a
try:
    bs = [Bad(i) for i in range(60)]
except ValueError as e:
    print('ValueError', e)
try:
    Bad()
except TypeError as e:
    print('TypeError:', e)
class Later:
    def __init__(self, a):
        self.a = a
made = [Later(i) for i in range(60)]
Later.__init__ = lambda self, a, b=2: setattr(self, 'a', a + b)
print(Later(1).a)
