import graphlib
g = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
ts = graphlib.TopologicalSorter(g)
print(list(ts.static_order()) in (["A", "C", "B", "D"], ["A", "B", "C", "D"]))
ts = graphlib.TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(2, 0)
ts.add(5)
print(list(ts.static_order()))
ts = graphlib.TopologicalSorter({1: [2], 2: [3], 3: [1], 4: [1]})
try:
    ts.prepare()
except graphlib.CycleError as e:
    print(e.args[0], e.args[1], isinstance(e, ValueError))
ts = graphlib.TopologicalSorter({"b": ["a"], "c": ["a"], "d": ["b", "c"]})
ts.prepare()
while ts.is_active():
    ready = ts.get_ready()
    print("ready", sorted(ready))
    ts.done(*ready)
print(bool(ts))
ts = graphlib.TopologicalSorter({1: [0]})
for bad in [ts.get_ready, ts.is_active, lambda: ts.done(1)]:
    try:
        bad()
    except ValueError as e:
        print(e)
ts.prepare()
for bad in [ts.prepare, lambda: ts.add(9), lambda: ts.done(7), lambda: ts.done(1)]:
    try:
        bad()
    except ValueError as e:
        print(e)
r = ts.get_ready()
ts.done(*r)
try:
    ts.done(*r)
except ValueError as e:
    print(e)
print(ts.get_ready(), graphlib.TopologicalSorter[int])
print(list(graphlib.TopologicalSorter({-1: [-2], -2: []}).static_order()))
