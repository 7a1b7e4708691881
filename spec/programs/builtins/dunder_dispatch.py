# Builtins dispatch to special methods: round, abs, len, hash, bool, reversed, divmod.
class Num:
    def __init__(self, v):
        self.v = v

    def __round__(self, ndigits=None):
        return f'round({self.v}, {ndigits})'

    def __abs__(self):
        return f'abs({self.v})'

    def __divmod__(self, other):
        return 'divmod called'

    def __rdivmod__(self, other):
        return 'rdivmod called'

    def __hash__(self):
        return 2 ** 70

    def __len__(self):
        return 7

    def __trunc__(self):
        return 99

    def __floor__(self):
        return 'floor'


import math

n = Num(3.5)
print(round(n), round(n, 2), abs(n), divmod(n, 1), divmod(1, n), len(n))
print(hash(n) == hash(2 ** 70), type(hash(n)).__name__, math.floor(n), math.trunc(n))
print(bool(n), round(Num(1)))
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)
