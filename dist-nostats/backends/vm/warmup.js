// The VM's warm-up (issue 5): before the first program of the process, the VM runs a small
// Python program of its own, silently and in a throwaway interpreter, so that V8 has type
// feedback for every common path of the dispatch loop (`run`, vm.ts) and of the functions it
// calls before it optimises them. The whole program runs inside one activation of `run`, so V8
// optimises it by on-stack replacement; a path that had never run before then deoptimises it,
// and it is recompiled (30-70 ms of compiler time each, the loop running unoptimised
// meanwhile) as often as new paths turn up: 2-10 times per benchmark program. Run first, this
// program shows V8 the common paths once. It is general code (ints, floats, str, containers,
// classes, closures, generators, exceptions, calls), not a copy of any benchmark.
//
// The source is warmup.py (kept beside this file so python3 can run it: spec/vm.test.ts checks
// that it runs there and that this copy is identical). DYAD_NO_WARMUP=1 turns it off (to
// measure it). It runs at most once per process.
import { parse } from '../../grammar/index.js';
import { createInterpreter, createMainModule } from '../../src/runtime/setup.js';
let done = false;
/** Runs the warm-up program once per process (before the first program's interpreter is made). */
export function warmUp(backend) {
    if (done || process.env.DYAD_NO_WARMUP === '1')
        return;
    done = true;
    const i = createInterpreter({ backend, argv: ['<warm-up>'], path: [] });
    const main = createMainModule(i, null);
    const code = backend.compile(parse(WARMUP_SOURCE, '<warm-up>', 'exec'), '<warm-up>', 'exec', WARMUP_SOURCE);
    backend.run(code, main.dict, main.dict);
}
/** warmup.py's text. */
export const WARMUP_SOURCE = `# The VM's warm-up program (see warmup.ts): general code over the common instructions, their
# specialised forms, their guard failures and the slow tail, with the common operand types.

G_INT = 7
G_LIST = [3, 1, 2]


def ints(n):
    acc = 0
    i = 0
    while i < n:
        acc += i * 3 - 1
        acc = acc + (i // 2) + (i % 5) - (i & 3) + (i | 1) + (i ^ 2) + (i >> 1) + (i << 2)
        if i > 2 and i <= n and i != 4 and i == i and not i >= n:
            acc -= 1
        i += 1
    x = 2 ** 70 + acc
    x = x * 3 // 7 % 1000003 - (x >> 3)
    return acc + len(G_LIST) + abs(-G_INT) + min(i, G_INT) + max(i, 1) + x % 7


def floats(n):
    x = 0.5
    y = 1.25
    for i in range(n):
        x = x * 1.0001 + y / 3.0 - 0.25
        y = y - x * 0.5 + i
        if x < y or x >= y * 2.0:
            y += 0.5
        z = (x ** 2 + y ** 0.5) // 1.0 % 7.0
    return x + y + z + float(n) / 3 + n / 2


def strings(n):
    s = ''
    parts = []
    for i in range(n):
        s += str(i)
        t = f'{i}:{i * 2:>4}|{s[-1]!r}'
        parts.append(t.upper())
        if t == 'x' or t != s:
            s = s + 'a'
        parts.append('%d-%s' % (i, 'b'))
    u = ','.join(parts)
    return len(u.split(',')) + u.count('1') + len(s.strip()) + ('a' in s)


def containers(n):
    lst = [0] * n
    tup = (1, 2, 3)
    d = {}
    st = set()
    for i in range(n):
        lst[i] = i
        lst[-1] = lst[i] + tup[i % 3] + tup[-1]
        d[i] = i
        d['k' + str(i % 3)] = d.get(i, 0)
        st.add(i % 4)
        a, b = tup[0], tup[1]
        c, e, f = tup
        g, h = [a, b]
    total = 0
    for v in lst:
        total += v
    for v in tup:
        total += v
    for k, v in d.items():
        if k in d and v in st or v is None or v is not None:
            total += 1
    sq = [x * x for x in lst if x % 2]
    ds = {x: x for x in lst}
    ss = {x % 3 for x in lst}
    gen = sum(x for x in lst)
    srt = sorted(lst, key=lambda x: -x)
    srt.sort(reverse=True)
    return total + len(sq) + len(ds) + len(ss) + gen + srt[0] + len(list(map(str, tup)))


class Point:
    scale = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y

    @property
    def doubled(self):
        return self.x * self.scale

    def move(self, dx, dy=1):
        self.x += dx
        self.y += dy
        return self


class Point3(Point):
    __slots__ = ()


def objects(n):
    total = 0
    p = Point(1, 2)
    for i in range(n):
        q = Point(i, i + 1)
        total += q.norm() + q.x + q.doubled + Point.scale + p.scale
        q.move(1).move(dx=2, dy=3)
        total += Point.norm(q) + type(q).scale
        if isinstance(q, Point):
            total += 1
    r = Point3(1, 1)
    total += r.norm()
    return total


def closures(n):
    count = 0

    def bump(k):
        nonlocal count
        count += k
        return count

    def make(a):
        return lambda b: a + b

    add = make(3)
    for i in range(n):
        bump(i)
        count += add(i)
    return count


def gen(n):
    for i in range(n):
        yield i
    yield from range(3)


def generators(n):
    total = 0
    for v in gen(n):
        total += v
    g = gen(2)
    total += next(g)
    return total + sum([v for v in gen(n)])


def exceptions(n):
    caught = 0
    for i in range(n):
        try:
            if i % 2:
                raise ValueError(i)
            {}[i]
        except ValueError as e:
            caught += 1
        except KeyError:
            caught += 2
        finally:
            caught += 1
    try:
        undefined_name_for_warmup
    except NameError:
        caught += 1
    return caught


def calls(*args, **kw):
    return len(args) + len(kw)


def dispatch(n):
    total = 0
    for i in range(n):
        total += calls(i, i, k=i) + calls(*G_LIST) + calls(**{'a': 1})
    return total


def poly(a, b):
    return a + b


for round_ in range(3):
    r = ints(60) + floats(40) + strings(25) + containers(30) + objects(30)
    r += closures(30) + generators(20) + exceptions(10) + dispatch(10)
    # The same instructions seeing other operand types: guards fail, deoptimise, respecialise.
    r2 = poly(1, 2), poly(1.5, 2), poly('a', 'b'), poly([1], [2]), poly(2 ** 64, 1)
G_INT = 8
r = ints(5)
`;
//# sourceMappingURL=warmup.js.map