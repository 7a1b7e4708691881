# Attribute and method reads in hot (compiled) loops on instances whose __dict__ holds a key
# with its own __eq__ that hashes like the attribute name: every read consults that __eq__ (how
# many times per read is CPython's lookup detail: only whether it ran is printed), and a
# changing answer is seen at once.
calls = 0


class Key:
    def __init__(self, name):
        self.name = name
        self.answer = False

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        global calls
        calls += 1
        return self.answer


class C:
    label = "class label"

    def meth(self):
        return "meth"


def loop(c, n):
    out = []
    for i in range(n):
        out.append(c.label)
        out.append(c.meth())
    return out


plain = C()
print(loop(plain, 200)[-2:], calls > 0)
c = C()
k1 = Key("label")
k2 = Key("meth")
c.__dict__[k1] = "instance label"
c.__dict__[k2] = lambda: "instance meth"
r = loop(c, 200)
print(r[:2], r[-2:], calls >= 400)
calls = 0
k1.answer = True
r = loop(c, 50)
print(r[-2:], calls >= 100)
k2.answer = True
calls = 0
r = loop(c, 50)
print(r[-2:], calls >= 100)
calls = 0
print(loop(plain, 100)[-2:], calls)
