# Reflected operators run when the left operand does not support the operation.
class Money:
    def __init__(self, amount):
        self.amount = amount

    def __repr__(self):
        return f'Money({self.amount})'

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.amount + other.amount)
        if isinstance(other, int):
            return Money(self.amount + other)
        return NotImplemented

    __radd__ = __add__

    def __rsub__(self, other):
        return Money(other - self.amount)

    def __rmul__(self, other):
        return Money(other * self.amount)


m = Money(5)
print(m + 1, 1 + m, m + m)
print(10 - m, 3 * m)
print(sum([Money(1), Money(2), Money(3)]))


class Sub(Money):
    def __radd__(self, other):
        return 'Sub.__radd__ first'


print(Money(1) + Sub(2))
print(Sub(2) + Money(1))
try:
    m - 1
except TypeError as e:
    print(type(e).__name__, e)
