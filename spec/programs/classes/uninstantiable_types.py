# Types whose instances only the runtime makes: calling them is refused with or without arguments.
import types

kinds = [
    type(len), type([].append), type(iter([])), type(iter(range(1))), type({}.keys()),
    type({}.values()), type(i for i in ()), type(list.append), type(int.__add__),
    type((1).__add__), type(int.real), type(type.__dict__['__dict__']), type(reversed([])),
    type(iter('')), type(iter({})), type(iter(set())), types.GeneratorType,
]
for t in kinds:
    for args in ((), (1,), (1, 2)):
        try:
            r = t(*args)
            print(t.__name__, len(args), 'made', type(r).__name__)
        except TypeError as e:
            print(t.__name__, len(args), type(e).__name__, e)

for t in (type(None), type(NotImplemented), type(...)):
    print(t(), end=' ')
    try:
        t(1)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    class FromBuiltin(len):
        pass
except TypeError as e:
    print(type(e).__name__, e)
