# Subclassing immutable builtins: __new__ picks the value.
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)

    def __repr__(self):
        return f'Even({int(self)})'


e = Even(7)
print(e, e + 1, type(e + 1).__name__, repr(e), e == 6, isinstance(e, int))


class Tag(str):
    def __new__(cls, text, level=1):
        obj = super().__new__(cls, text.upper())
        obj.level = level
        return obj

    def shout(self):
        return self + '!' * self.level


t = Tag('hi', 3)
print(t, t.level, t.shout(), type(t.shout()).__name__, type(t.lower()).__name__)
print(len(t), t[0], t == 'HI', hash(t) == hash('HI'))


class Bool(int):
    def __bool__(self):
        return False


print(bool(Bool(5)), Bool(5) + 0)
print(int.__new__(Even, 3), type(int.__new__(Even, 3)).__name__)
