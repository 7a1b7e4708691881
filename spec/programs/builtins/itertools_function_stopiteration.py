# A StopIteration raised by the function an itertools iterator calls (takewhile's predicate,
# starmap's function, accumulate's func, groupby's key...) ends the iteration for list(), a
# for loop or sum(), as for map() and filter(): CPython's consumers take a StopIteration left set
# by tp_iternext for exhaustion. It used to propagate out of them.
import itertools


def stop(*args):
    raise StopIteration('from the function')


def stop_at(n):
    def f(*args):
        if args[0] == n:
            raise StopIteration
        return args[0]
    return f


def attempt(label, make):
    try:
        print(label, list(make()), [x for x in make()], sum(1 for _ in make()))
    except BaseException as e:
        print(label, type(e).__name__, e)


attempt('takewhile', lambda: itertools.takewhile(stop_at(3), [1, 2, 3, 4]))
attempt('dropwhile', lambda: itertools.dropwhile(stop_at(3), [1, 2, 3, 4]))
attempt('filterfalse', lambda: itertools.filterfalse(stop_at(3), [0, 0, 3, 0]))
attempt('starmap', lambda: itertools.starmap(stop_at(3), [(1,), (2,), (3,), (4,)]))
attempt('accumulate', lambda: itertools.accumulate([1, 2, 3], stop))
attempt('groupby', lambda: (k for k, g in itertools.groupby([1, 2, 3], stop_at(2))))
attempt('map', lambda: map(stop_at(3), [1, 2, 3, 4]))
print([(k, list(g)) for k, g in itertools.groupby([1, 1, 2, 5], stop_at(2))])
print([list(g) for k, g in itertools.groupby([1, 2], lambda x: stop() if x == 2 else x)])
total = 0
for x in itertools.takewhile(stop_at(4), range(1, 10)):
    total += x
print(total, sorted(itertools.starmap(stop_at(9), [(5,), (1,), (9,)])))
print(next(itertools.takewhile(stop, [1]), 'default'), dict(itertools.starmap(lambda k: stop(), [(1,)])))
