# The global statement in functions: counters, lazy initialisation, and reading after writing.
calls = 0
cache = None


def counted():
    global calls
    calls += 1
    return calls


def get_cache():
    global cache
    if cache is None:
        print('initialising cache')
        cache = {'ready': True}
    return cache


counted()
counted()
print(calls, counted(), calls)
print(get_cache(), get_cache() is get_cache())


def swap_globals():
    global calls, cache
    calls, cache = cache, calls


swap_globals()
print(calls, cache)
