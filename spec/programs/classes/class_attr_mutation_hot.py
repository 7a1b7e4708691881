# Class attributes rebound in hot code (class-level counters, a method replaced, a dunder
# replaced, an attribute deleted and re-added) seen at once through the class, its instances and
# its subclasses, including one that shadows the name.
class Base:
    count = 0
    tag = "base"
    def __init__(self):
        Base.count += 1
    def who(self):
        return "Base.who"
    def __enter__(self):
        type(self).count += 10
        return self
    def __exit__(self, *a):
        type(self).count -= 1
        return False

class Child(Base):
    pass

class Shadow(Base):
    tag = "shadow"

for i in range(300):
    Base()
    c = Child()
    with c:
        pass
print(Base.count, Child.count, Shadow.count, "count" in Child.__dict__)

seen = []
for i in range(200):
    if i == 50:
        Base.tag = "base2"
    if i == 100:
        del Base.tag
    if i == 150:
        Base.tag = "base3"
    try:
        seen.append((Base.tag, Child.tag, Shadow.tag, Child().tag))
    except AttributeError as e:
        seen.append(str(e))
print(seen[0], seen[50], seen[100], seen[150], seen[-1])

out = []
for i in range(120):
    if i == 40:
        Base.who = lambda self: "patched"
    if i == 80:
        Child.who = lambda self: "child-own"
    out.append((Base().who(), Child().who(), Shadow().who()))
print(out[0], out[40], out[80])

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + o.v)
acc = Num(0)
for i in range(100):
    if i == 60:
        Num.__add__ = lambda self, o: Num(self.v * 10 + o.v)
    acc = acc + Num(1)
print(acc.v)
