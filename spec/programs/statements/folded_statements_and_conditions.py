# What CPython's AST optimizer folds, seen from Python code: an expression statement that folds
# to a constant compiles to nothing (its value is not a constant of the code), except a body's
# first statement that only folding made a str (it stays out of __doc__ but loads its value);
# a condition that folds (2 ** 3, 'ab'[2:], (1, 2)[0] - 1, not ()) decides its branch at
# compile time, so names only in the dead branch are not in co_names.


def stmts(x):
    1 + 1
    (1, 2)
    'ab'[0]
    -1
    ~5
    (1, 2) * 2
    return x


def first_str():
    'a' + 'b'
    return 1


def first_item():
    ('x', 'y')[0]
    return 2


def first_number():
    2 * 21
    return 3


class K:
    'p' * 2
    q = 1


def conditions():
    if 2 ** 3:
        a = 1
    else:
        b = undefined_one
    if 'ab'[2:]:
        c = dead_two
    while ():
        d = never_loaded
    if (1, 2)[0] - 1:
        e = dead_name
    if not ():
        f = 2
    return a, f


def big_power():
    # 2 ** 70 needs more than 128 bits' worth of work: not folded, the name stays
    return 1 if 2 ** 70 else kept_name


def limits():
    # The optimizer limits the operands of *, ** and << only: a sum may exceed them
    return (('a' * 4000) + ('b' * 4000), (1 << 127) + (1 << 127), 0 << 200, 'ab' * -1,
            (1, 2) * -1, 2 ** 64, 2 ** 65, 3 ** 80, 'x' * 4097, (0,) * 257)


def non_constant(y):
    y + 1
    [1, 2]
    return y


for fn in (stmts, first_str, first_item, first_number, conditions, big_power, non_constant):
    co = fn.__code__
    print(fn.__name__, repr(fn.__doc__), co.co_consts, co.co_names, co.co_varnames)
print(repr(K.__doc__), K.q)
print([(type(c).__name__, len(c) if isinstance(c, (str, tuple)) else c) for c in limits.__code__.co_consts])
print([len(v) if isinstance(v, (str, tuple)) else v for v in limits()])
print(stmts(5), first_str(), first_item(), first_number(), conditions(), big_power(), non_constant(1))
src = "'x' * 3\n4 + 5\nprint(__doc__)\n"
code = compile(src, '<folded>', 'exec')
print(code.co_consts, code.co_names)
exec(code)
