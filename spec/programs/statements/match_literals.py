# match with literal, capture, wildcard, value and or-patterns.
RED = 'red'


class Color:
    GREEN = 'green'


def describe(v):
    match v:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case 'hello':
            return 'greeting'
        case True:
            return 'true'
        case None:
            return 'none'
        case -1.5:
            return 'negative float'
        case Color.GREEN:
            return 'green via value pattern'
        case str() as s if s.startswith('x'):
            return 'x-string ' + s
        case other:
            return f'other {other!r}'


for v in (0, 2, 'hello', True, 1.0, None, -1.5, 'green', 'xyz', RED, [], 3 + 0j):
    print(repr(v), '->', describe(v))
