# Truth testing uses __bool__, then __len__; len() validates the result.
class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class WithBool:
    def __bool__(self):
        print('__bool__ called')
        return False

    def __len__(self):
        return 10


print(bool(WithLen(0)), bool(WithLen(3)), len(WithLen(3)))
print(bool(WithBool()), len(WithBool()))
print(bool(object()), 'yes' if WithLen(2) else 'no', not WithLen(0))
for bad in (-1, 'x', 2 ** 70):
    try:
        len(WithLen(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
