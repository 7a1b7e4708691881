# Sequence patterns read an exact list or tuple directly, but call a subclass's __len__ and
# __iter__ (a negative __len__ is a ValueError).
class L(list):
    def __len__(self):
        return -1

try:
    match L([1, 2]):
        case [a, *b]:
            print('matched', a, b)
        case _:
            print('no match')
except ValueError as e:
    print('ValueError', e)

class It(list):
    def __iter__(self):
        return iter([7, 8])
    def __len__(self):
        return 2

match It([1, 2, 3]):
    case [a, b]:
        print('two', a, b)
    case _:
        print('no match')

match It([1, 2, 3]):
    case [a, *rest]:
        print('star', a, rest)

class Tu(tuple):
    def __iter__(self):
        return iter(['x', 'y'])

match Tu((1, 2)):
    case (p, q):
        print('tuple', p, q)

class Short(tuple):
    def __len__(self):
        return 1

try:
    match Short((1, 2)):
        case [a, b]:
            print('two items', a, b)
        case [a]:
            print('one item', a)
        case _:
            print('no match')
except ValueError as e:
    print('ValueError', e)

class Long(list):
    def __len__(self):
        return 5

for i in range(3):
    try:
        match Long([1, 2]):
            case [a, b, c, d, e] if i == 0:
                print('five')
            case [a, *b, c, d] if i == 1:
                print('star')
            case [*_, x] if i == 2:
                print('last', x)
    except ValueError as e:
        print(i, 'ValueError', e)
