# CPython 3.11: calling locals() again in the same frame refreshes and returns the same dict.
def f():
    x = 1
    d = locals()
    x = 2
    print(d['x'])
    d2 = locals()
    print(d is d2, d['x'])
    d['extra'] = 'kept'
    print(sorted(locals()))
    del x
    print(sorted(locals()))


f()
