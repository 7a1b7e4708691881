# A yield inside every kind of expression operand (binary operators, displays, calls with
# keywords, subscripts and slices, augmented assignment, unpacking, conditionals, chained
# comparisons, boolean operators, f-strings, assert/del/with/for/while/if/raise/match headers):
# the values sent in land where CPython puts them, and the other operands are evaluated in order.

def drive(g, sends):
    out = []
    try:
        out.append(next(g))
        for s in sends:
            out.append(g.send(s))
    except StopIteration as e:
        out.append(('stop', e.value))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    return out
def tr(x):
    print('  eval', x)
    return x
def g1():
    r = tr(1) + (yield 'a') * tr(2) - (yield 'b')
    return r
print(drive(g1(), [10, 20]))
def g2():
    r = [tr(1), (yield 'a'), tr(3), (yield 'b')]
    return r
print(drive(g2(), ['x', 'y']))
def g3():
    r = {tr('k1'): (yield 'a'), (yield 'b'): tr('v2')}
    return r
print(drive(g3(), ['v1', 'k2']))
def g4():
    r = tr(print)( (yield 'a'), tr('mid'), sep=(yield 'b'))
    return r
print(drive(g4(), ['A', '|']))
def g5():
    d = {}
    d[(yield 'key')] = (yield 'value')
    return d
print(drive(g5(), ['K', 'V']))
def g6():
    x = 5
    x += yield 'aug'
    lst = [1, 2]
    lst[(yield 'idx')] += (yield 'inc')
    return x, lst
print(drive(g6(), [3, 1, 100]))
def g7():
    a, *b = yield 'unpack'
    return a, b
print(drive(g7(), [[1, 2, 3]]))
def g8():
    r = (yield 'c1') if (yield 'cond') else (yield 'c2')
    return r
print(drive(g8(), [0, 'else']))
print(drive(g8(), [1, 'then']))
def g9():
    r = (yield 'l') < (yield 'm') < (yield 'r')
    return r
print(drive(g9(), [1, 2, 3]))
print(drive(g9(), [2, 1, 3]))
def g10():
    r = (yield 'a') and (yield 'b') or (yield 'c')
    return r
print(drive(g10(), [1, 0, 'C']))
print(drive(g10(), [0, 'C']))
def g11():
    r = f'{(yield "f1")}-{(yield "f2")!r:>5}'
    return r
print(drive(g11(), ['x', 'y']))
def g12():
    s = 'abcdef'
    return s[(yield 'lo'):(yield 'hi'):(yield 'step')]
print(drive(g12(), [1, 5, 2]))
def g13():
    r = [*(yield 'star'), *(yield 'star2')]
    return r
print(drive(g13(), [[1], (2, 3)]))
def g14():
    r = {**(yield 'm1'), 'z': tr(0), **(yield 'm2')}
    return r
print(drive(g14(), [{'a': 1}, {'z': 9}]))
def g15():
    x = yield
    y = yield x
    return (yield y)
print(drive(g15(), [1, 2, 3]))
g17 = lambda: (yield 'lam')
print(drive(g17(), ['back']))
def g18():
    class C:
        attr = 1
    obj = C()
    obj.attr, obj.other = (yield 'tuple')
    return obj.attr, obj.other
print(drive(g18(), [(5, 6)]))
def g19():
    r = -(yield 'neg') + ~(yield 'inv')
    return r
print(drive(g19(), [1, 2]))
def g20():
    r = tr(1) + (yield 'a')
    return r
print(drive(g20(), ['str']))
def g21():
    try:
        r = tr(1) / (yield 'div')
    except ZeroDivisionError as e:
        r = 'zde ' + str(e)
    return r
print(drive(g21(), [0]))
def g22():
    assert (yield 'assert'), (yield 'msg')
print(drive(g22(), [0, 'the message']))
def g23():
    del (yield 'del')[0]
print(drive(g23(), [[1]]))
def g24():
    with (yield 'cm') as v:
        return v
import contextlib
print(drive(g24(), [contextlib.nullcontext('ctx')]))
def g25():
    for x in (yield 'iter'):
        yield x
print(drive(g25(), [[7, 8], None, None]))
def g26():
    while (yield 'test'):
        print('  loop')
    return 'done'
print(drive(g26(), [1, 1, 0]))
def g27():
    if (yield 'if'):
        return 'yes'
    elif (yield 'elif'):
        return 'elif-yes'
    return 'no'
print(drive(g27(), [0, 1]))
def g28():
    raise (yield 'exc') from (yield 'cause')
print(drive(g28(), [ValueError('v'), KeyError('k')]))
def g29():
    match (yield 'subject'):
        case [a, b]:
            return a + b
        case _:
            return 'other'
print(drive(g29(), [[1, 2]]))
def g30():
    x = [i for i in (yield 'comp-iter')]
    return x
print(drive(g30(), [range(3)]))
def g31():
    return {(yield 'set1'), (yield 'set2')}
print(sorted(drive(g31(), [1, 2])[-1][1]))
def g32(n):
    if n == 0:
        return 'base'
    r = yield from g32(n - 1)
    yield n
    return r + str(n)
print(list(g32(3)), drive(g32(2), [None, None, None]))
