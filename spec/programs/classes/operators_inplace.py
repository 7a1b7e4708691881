# In-place operators: __iadd__ mutates, falling back to __add__ when absent.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __add__(self, other):
        print('__add__')
        return Bag(self.items + other.items)

    def __iadd__(self, other):
        print('__iadd__')
        self.items.extend(other.items)
        return self


class Plain:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        print('Plain.__add__')
        return Plain(self.n + other)


a = Bag([1])
alias = a
a += Bag([2])
print(a is alias, a.items)
a = a + Bag([3])
print(a is alias, alias.items)
p = Plain(1)
q = p
p += 5
print(p is q, p.n, q.n)


class ReturnsOther:
    def __imul__(self, k):
        return 'imul result'


r = ReturnsOther()
r *= 2
print(r)
lst = [1]
lst2 = lst
lst += (2, 3)
print(lst is lst2, lst)
try:
    lst = lst + (4,)
except TypeError as e:
    print(type(e).__name__, e)
