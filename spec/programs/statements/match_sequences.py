# Sequence patterns: fixed length, star captures, nesting; strings are not sequences here.
def shape(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return f'one: {x}'
        case [x, y]:
            return f'pair: {x}, {y}'
        case [first, *rest] if len(rest) > 3:
            return f'long: {first} + {len(rest)} more'
        case [first, *middle, last]:
            return f'first {first}, middle {middle}, last {last}'
        case _:
            return 'not a sequence'


for v in ([], [1], (1, 2), [1, 2, 3], list(range(6)), 'ab', range(2), {'a': 1}, 5):
    print(repr(v), '->', shape(v))


def nested(v):
    match v:
        case [(a, b), [c, *_]]:
            return a, b, c
        case [[*inner]]:
            return inner
    return 'no match'


print(nested([(1, 2), [3, 4, 5]]), nested([[9, 8]]), nested([[1], 2]))
