t = ([1], 2)
try:
    t[0] += [3]
except TypeError as e:
    print(e)
print(t)
class Acc:
    def __init__(self):
        self.v = []
    def __iadd__(self, o):
        self.v.append(o)
        return self
    def __add__(self, o):
        return "add"
a = Acc()
b = a
a += 1
print(a is b, a.v)
x = [1]
y = x
x += [2]
print(y)
x = x + [3]
print(y, x)
s = "ab"
s += "c"
print(s)
class OnlyAdd:
    def __add__(self, o):
        return "plain add"
o = OnlyAdd()
o += 1
print(o)
