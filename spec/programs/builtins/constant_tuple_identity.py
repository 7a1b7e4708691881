# Identity of tuple constants, as CPython's compiler folds them: `()` is the empty-tuple
# singleton (also what tuple() and empty slices give); equal constant tuples of one source
# file are one object, across functions and calls; a tuple built from a variable, or compiled
# separately by eval(), is a new object. 1, 1.0 and True stay distinct.
def f():
    return (1, 2)


def g():
    return (1, 2)


def h():
    return (1, 2.0)


def empty():
    return ()


def nested():
    return (1, ('a', -3), None)


here = (1, 2)
same = (1, ('a', -3), None)
print('calls of one function:', f() is f())
print('two functions:', f() is g(), 'module level:', here is f())
print('1.0 is not 2:', f() is h(), 'True is not 1:', (1, True) == (1, 1), id((1, True)) == id((1, 1)))
print('nested:', nested() is nested(), nested() is same, nested()[1] is same[1])
e = ()
print('empty:', empty() is e, tuple() is e, tuple([]) is e, tuple(x for x in []) is e, here[:0] is e)
print('concat with empty:', here + e is here, e + here is here, here * 1 is here)
x = 1
print('built from a variable:', (x, 2) is (x, 2), (x, 2) == here)
print('eval compiles apart:', eval('(1, 2)') is here, eval('(1, 2)') == here)
loop = [(1, 2) for _ in range(3)]
print('comprehension:', loop[0] is loop[2], loop[0] is here)
class T(tuple):
    pass
print('subclass:', T() is e, type(T()).__name__, T() == e)
