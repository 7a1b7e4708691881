# Every binding statement makes the name local: for, with, def, class, import, unpacking.
class Ctx:
    def __enter__(self):
        return 'ctx value'

    def __exit__(self, *a):
        return False


def f():
    results = {}
    for a in [1]:
        pass
    with Ctx() as b:
        pass
    def c():
        pass
    class d:
        pass
    import sys as e
    g, *h = 1, 2, 3
    [i, (j, k)] = 4, (5, 6)
    results['names'] = sorted(locals())
    return results


print(f())
print(f.__code__.co_varnames)


def uses_before_def():
    try:
        inner()
    except UnboundLocalError as e:
        print(type(e).__name__, e)

    def inner():
        return 1


uses_before_def()
