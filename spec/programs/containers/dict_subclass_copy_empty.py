# dict.copy() (and dict | other, which copies first) of a dict subclass that overrides __iter__
# goes through keys() and __getitem__ -- except when the dict is empty: then a new empty dict,
# nothing called. dict(d), {**d} and update() always use keys().
class D(dict):
    def keys(self):
        print("keys()")
        return ["k"]

    def __iter__(self):
        print("__iter__")
        return iter(dict.keys(self))

    def __getitem__(self, k):
        print("getitem", k)
        return 5


print(D().copy(), type(D().copy()).__name__)
print(D(a=1).copy())
print(D() | {1: 2})
print(D(a=1) | {1: 2})
print({1: 2} | D())
print(dict(D()), {**D()})
x = {}
x.update(D())
print(x)
d = D(a=1)
d |= D(z=1)
print(dict.__repr__(d))


class Plain(dict):
    pass


print(Plain().copy(), Plain(a=1).copy(), type(Plain(a=1).copy()).__name__)
