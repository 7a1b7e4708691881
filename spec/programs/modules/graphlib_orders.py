import graphlib, random
print(graphlib.__all__, issubclass(graphlib.CycleError, ValueError), graphlib.TopologicalSorter[str], graphlib.TopologicalSorter[int, str].__args__)
rng = random.Random(7)
def trial(n, edges, seed_order):
    g = {}
    ts = graphlib.TopologicalSorter()
    for (a, b) in edges:
        ts.add(a, b)
    for k in seed_order:
        ts.add(k)
    try:
        ts.prepare()
    except graphlib.CycleError as e:
        print("cycle", e.args, str(e)[:40])
        # nodes outside the cycle are still handed out
        out = []
        for _ in range(n + 2):
            r = ts.get_ready()
            if not r:
                break
            out.append(r)
            ts.done(*r)
        print("partial", out, ts.is_active())
        return
    batches = []
    while ts:
        r = ts.get_ready()
        batches.append(r)
        ts.done(*r)
    print("batches", batches)
for n in range(1, 9):
    for _ in range(6):
        edges = [(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randrange(2 * n))]
        acyc = [(a, b) for a, b in edges if a > b]
        trial(n, edges, rng.sample(range(n), n))
        trial(n, acyc, rng.sample(range(n), n))
        print(list(graphlib.TopologicalSorter({a: [b for x, b in acyc if x == a] for a, _ in acyc}).static_order()))
ts = graphlib.TopologicalSorter({"x": "abc", "y": ("x", "x"), "z": []})
ts.prepare()
print(ts.get_ready(), ts.get_ready(), ts.is_active())
ts.done("a", "b")
print(ts.get_ready())
ts.done("c")
print(ts.get_ready())
ts.done("z", "x")
print(ts.get_ready(), ts.is_active())
try:
    ts.done("y", "q")
except ValueError as e:
    print(e)
print(ts.is_active(), bool(ts))
for setup, action in [({1: [1]}, "prepare"), ({1: [2], 2: [1]}, "prepare"), ({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}, "prepare")]:
    ts = graphlib.TopologicalSorter(setup)
    try:
        ts.prepare()
    except graphlib.CycleError as e:
        print(repr(e), e.args[1])
    try:
        ts.prepare()
    except ValueError as e:
        print(e)
    try:
        ts.add(9)
    except ValueError as e:
        print(e)
ts = graphlib.TopologicalSorter()
for bad in [lambda: ts.add([1]), lambda: ts.add(1, [2]), lambda: ts.done(1), ts.get_ready, ts.is_active, lambda: bool(ts)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
ts.add(1, 0, 0)
ts.prepare()
print(ts.get_ready())
for args in [(1,), (5,), ((0,),)]:
    try:
        ts.done(*args)
    except ValueError as e:
        print(e)
ts.done(0)
print(ts.get_ready(), ts.is_active())
try:
    ts.done(1)
except ValueError as e:
    print(e)
print(ts.get_ready(), ts.is_active())
try:
    ts.done(0)
except ValueError as e:
    print(e)
gen = graphlib.TopologicalSorter({1: [2]}).static_order()
print(type(gen).__name__, list(gen))
try:
    list(graphlib.TopologicalSorter({1: [2], 2: [1]}).static_order())
except graphlib.CycleError as e:
    print("static", e.args)
print(list(graphlib.TopologicalSorter().static_order()))
ts = graphlib.TopologicalSorter()
ts.prepare()
print(ts.get_ready(), ts.is_active(), bool(ts))
ts.done()
print(graphlib.CycleError("m", [1]).args)
