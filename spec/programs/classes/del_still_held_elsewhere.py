class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return isinstance(o, D) and o.n == self.n

def t_dict():
    d = {}
    x = D("dict")
    d.setdefault("k", x)
    x = None
    print("t_dict", d["k"].n)
    return d
kept_d = t_dict()

def t_set():
    s = set()
    x = D("set")
    s.add(x)
    x = None
    print("t_set", len(s))
    return s
kept_s = t_set()


def t_default(a=D("default")):
    a = None
    print("t_default")
t_default()
t_default()

class K:
    attr = D("classattr")
def t_cls():
    v = K.attr
    v = None
    print("t_cls", K.attr.n)
t_cls()

fs = []
def t_lambda():
    x = D("lam")
    y = x
    fs.append(lambda: y.n)
    x = None
    print("t_lambda", fs[0]())
t_lambda()

def t_iter_callable():
    x = D("ic")
    it = iter(x.__hash__, None)
    x = None
    print("t_ic", next(it) == hash("ic"))
t_iter_callable()

def t_method():
    m = D("bm").__eq__
    print("t_method", m(D("bm")))
t_method()

def t_super():
    class B:
        def who(self): return "B"
    class C(B, D):
        def __init__(self):
            D.__init__(self, "sup")
        def who(self):
            s = super()
            me = self
            me = None
            return s.who()
    c = C()
    print("t_super", c.who())
    c = None
    print("c cleared")
t_super()

def t_nested_list():
    outer = [[D("nl")]]
    inner = outer[0]
    outer = None
    print("t_nested", inner[0].n)
    inner = None
    print("inner cleared")
t_nested_list()

def t_zip_hold():
    z = zip([D("z1")], [D("z2")])
    a = list(z)
    print("t_zip", a[0][0].n)
    z = None
    print("z cleared")
t_zip_hold()
print("end")
del kept_s
print("set gone")
del kept_d
print("dict gone")
