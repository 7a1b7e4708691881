# timeit with deterministic fake timers: Timer/timeit/repeat/autorange results, the generated
# source, callables as stmt/setup, globals, compile errors, and main()'s report.
import itertools
import timeit

print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name, timeit.__all__,
      timeit.default_timer.__name__)
t = timeit.Timer('x += 1', 'x = 0', timer=itertools.count().__next__)
print(t.timeit(5), t.repeat(3, 10), t.autorange())
calls = []
print(t.autorange(lambda n, taken: calls.append((n, taken))), calls)
slow = iter([0, 0.01, 0, 0.05, 0, 0.1, 0, 0.3]).__next__
calls = []
print(timeit.Timer('pass', timer=slow).autorange(lambda n, taken: calls.append(n)), calls)
print(timeit.Timer('a=1').src)
print(timeit.Timer('a=1\nb=2', 'import os\nc=3').src)
for args in [('return 1',), ('x = ',), ('pass', 'return'), (5,), ('pass', 5), ('yield 1',),
             ('  x=1',), ('pass', 'x=1\n  y=2'), ('break',)]:
    try:
        print(timeit.Timer(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(timeit.timeit('pass', number=0, timer=lambda: 1.5),
      timeit.repeat('pass', repeat=2, number=3, timer=itertools.count(0, 0.5).__next__))
ran = []
print(timeit.timeit(lambda: ran.append(1), lambda: ran.append(0), number=3,
                    timer=itertools.count().__next__), ran)
g = {'v': 41, 'out': []}
print(timeit.timeit('out.append(v + 1)', globals=g, number=2, timer=itertools.count().__next__), g['out'])
try:
    timeit.timeit('undefined_name', number=1)
except NameError as e:
    print(e)
counter = itertools.count(0, 0.25).__next__
print(timeit.main(['-n', '4', '-r', '2', '-s', 'y = 2', 'y * 3'], _wrap_timer=lambda t: counter))
print(timeit.main(['-n', '10', '-u', 'msec', 'pass'], _wrap_timer=lambda t: itertools.count(0, 0.001).__next__))
print(timeit.main(['-x']))
