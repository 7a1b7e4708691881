# Truth tests in function loops (if / while / not) on None, strs, lists and the types that
# define their own truth: exact types are read directly, subclasses keep __bool__/__len__.
class L(list):
    def __len__(self):
        print('len called')
        return 0
class B(list):
    def __bool__(self):
        return False
class S(str):
    def __len__(self):
        return 0
class N:
    def __bool__(self):
        return 'yes'
def run():
    vals = [None, '', 'a', [], [0], L([1, 2]), B([1]), S('abc'), S(''), 0, 2, 0.0, (), (0,), {}, {1: 2}, set(), range(0), b'', b'x']
    out = []
    for v in vals:
        a = 1 if v else 0
        b = 1 if not v else 0
        out.append((a, b))
    print(out)
    q = [1, 2, 3]
    n = 0
    while q:
        q.pop()
        n += 1
    s = 'abc'
    while s:
        s = s[1:]
        n += 1
    print(n, q, repr(s))
    try:
        if N():
            pass
    except TypeError as e:
        print('TypeError', e)
    try:
        while not N():
            pass
    except TypeError as e:
        print('TypeError', e)
    c = 0
    for i in range(3000):
        x = [i] if i % 3 else []
        t = 'k' * (i % 2)
        if x and t:
            c += 1
        if not x or not t:
            c += 2
        if None or x:
            c += 3
    print(c)
run()
