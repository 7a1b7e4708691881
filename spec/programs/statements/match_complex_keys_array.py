# Mapping patterns whose keys are complex literals find the equal int keys; class patterns
# with complex keyword values; array.array is a sequence for sequence patterns.
import array


def classify(x):
    match x:
        case {-0-0j: 0, 1+0j: one}:
            return f'both keys, one={one}'
        case {0j: v}:
            return f'zero key -> {v}'
        case int(real=0+0j, imag=0-0j):
            return 'int zero'
        case (a, b, c):
            return f'triple {a} {b} {c}'
        case [first, *rest]:
            return f'seq {first} + {len(rest)}'
        case _:
            return 'other'


for subject in ({0: 0, 1: 'x'}, {0: 'z'}, {0.0: 'f'}, 0, 5, array.array('b', b'abc'),
                array.array('d', [1.5, 2.5]), array.array('i'), [[{0: 0}]], 'abc'):
    print(repr(subject), '->', classify(subject))

x = [[{0: 0}]]
match x:
    case list([({-0-0j: int(real=0+0j, imag=0-0j) | (1) as z},)]):
        print('nested', z)
