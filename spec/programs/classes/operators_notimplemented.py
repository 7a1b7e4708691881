# NotImplemented from both sides gives a TypeError naming both types.
class A:
    def __add__(self, other):
        print('A.__add__')
        return NotImplemented

    def __lt__(self, other):
        print('A.__lt__')
        return NotImplemented


class B:
    def __radd__(self, other):
        print('B.__radd__')
        return NotImplemented

    def __gt__(self, other):
        print('B.__gt__')
        return NotImplemented


for expr in (lambda: A() + B(), lambda: A() < B(), lambda: A() * 2, lambda: 'a' - 1,
             lambda: [] + (), lambda: 1 < 'x', lambda: A() >= A(), lambda: -A()):
    try:
        expr()
    except TypeError as e:
        print(type(e).__name__, e)
print(type(NotImplemented).__name__, repr(NotImplemented))
print(A() == A(), A() != A())
