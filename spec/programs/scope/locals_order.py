# The order of co_varnames and of locals(): the parameters (a parameter captured by a closure
# keeps its place), then the other locals in the order the compiler meets them (a walrus in a
# value before the assignment's targets; an annotation-only local is not there at all), then
# the other cell variables, then the free variables. Found by tools/fuzz-scope.py's probes (the
# tree-walker listed captured parameters last and followed the symbol table's order).
def f():
    zz = 1
    c = 2
    a = (b := 3)
    yy = 4

    def g():
        return c, zz
    print(list(locals()))


f()


def h(p, zc, q):
    x: int
    r = 1
    x = 2

    def g():
        return zc, p
    print(list(locals()))
    return g


print(h(1, 2, 3).__code__.co_freevars, h.__code__.co_varnames, h.__code__.co_cellvars)


def only_annotated():
    x: int
    y: str
    return 1


print(only_annotated.__code__.co_varnames, only_annotated.__code__.co_nlocals)


def o():
    m = 1
    n = 2

    def i():
        k = 0
        print(list(locals()))
        return n, m, k
    i()


o()


def pats(exc_local):
    try:
        raise KeyError
    except (exc_local or KeyError) as err:
        pass
    match {'k': 1, 'j': 2}:
        case [aa] as bb:
            pass
        case {'k': cc, **dd} as ee:
            pass
    v2 = v1 = (v3 := 1)
    print(list(locals()))


pats(None)
print(pats.__code__.co_varnames)


def walrus_order():
    (a := (b := 1))
    for c in (d := []):
        pass
    e = 1
    e += (g := 2)
    print([(h := i) for i in 'x'], h)
    print(list(locals()))


walrus_order()
print(walrus_order.__code__.co_varnames, walrus_order.__code__.co_cellvars)


def dict_order():
    d = {(a := 1): (b := 2), **{}, (c := 3): 4}
    return d


print(dict_order.__code__.co_varnames, dict_order())
