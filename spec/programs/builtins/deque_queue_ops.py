# deque's queue operations called in loops (append/appendleft/pop/popleft): results, maxlen,
# empty-deque errors, mutation during iteration, and subclasses overriding them.
from collections import deque
def run():
    q = deque()
    for i in range(50):
        q.append(i)
        if i % 3 == 0:
            q.appendleft(-i)
    out = []
    while q:
        out.append(q.popleft())
        if q:
            out.append(q.pop())
    print(out[:12], len(out))
    for op in ('pop', 'popleft'):
        try:
            getattr(deque(), op)()
        except IndexError as e:
            print(op, 'IndexError', e)
    try:
        deque().popleft(1)
    except TypeError as e:
        print('TypeError', e)
    b = deque(maxlen=3)
    for i in range(6):
        b.append(i)
    print(b, b.maxlen)
    for i in range(6, 8):
        b.appendleft(i)
    print(b)
    z = deque(maxlen=0)
    z.append(1); z.appendleft(2)
    print(z, len(z))
    d = deque([1, 2, 3])
    try:
        for x in d:
            d.append(x)
    except RuntimeError as e:
        print('RuntimeError', e)
    class LoudDeque(deque):
        def append(self, x):
            print('append', x)
            super().append(x * 10)
        def popleft(self):
            v = super().popleft()
            print('popleft', v)
            return v
    ld = LoudDeque()
    for i in range(3):
        ld.append(i)
        ld.appendleft(-i)
    while ld:
        ld.popleft()
    print(ld, type(ld).__name__)
    r = deque(range(5))
    s = 0
    for _ in range(1000):
        r.append(r.popleft())
        s += r[0]
    print(s, r)
run()
