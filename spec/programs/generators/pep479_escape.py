# PEP 479: a StopIteration leaving a generator's frame becomes RuntimeError("generator raised
# StopIteration") with the StopIteration as its cause -- also when nothing catches it and it
# ends the program (the last part below). The RuntimeError's traceback starts at the frame
# that resumed the generator; the StopIteration's has the generator's frame.


def tb_names(exc):
    names = []
    tb = exc.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names


def helper():
    raise StopIteration("from helper")


def gen_calls_helper():
    yield helper()


def gen_raises():
    yield 1
    raise StopIteration(2)


def gen_next_of_empty():
    yield next(iter(()))


def resume(make, steps):
    it = make()
    for _ in range(steps):
        next(it)


for make, steps in ((gen_calls_helper, 1), (gen_raises, 2), (gen_next_of_empty, 1)):
    try:
        resume(make, steps)
    except RuntimeError as e:
        cause = e.__cause__
        print(make.__name__, type(e).__name__, e, "| cause:", type(cause).__name__, cause.args)
        print("  runtime tb:", tb_names(e), "| cause tb:", tb_names(cause))
        print("  suppress context:", e.__suppress_context__, e.__context__ is cause)

# A for loop and list() see the RuntimeError too.
try:
    for x in gen_calls_helper():
        pass
except RuntimeError as e:
    print("for:", e, tb_names(e))
try:
    list(gen_raises())
except RuntimeError as e:
    print("list:", e, type(e.__cause__).__name__)

# A StopIteration caught inside the generator is just an exception.
def gen_catches():
    try:
        helper()
    except StopIteration as e:
        yield "caught " + str(e)
    yield "after"


print(list(gen_catches()))

# Resumed from a function a native consumer calls (map, sorted's key): the RuntimeError reaches
# the consumer, which must not take it for the end of its own iteration.
it = gen_raises()
next(it)
try:
    print(list(map(lambda _: next(it), [1, 2])))
except RuntimeError as e:
    print("map:", e)
try:
    print(sorted([3, 1], key=lambda v: next(gen_next_of_empty())))
except RuntimeError as e:
    print("sorted key:", e)

# Uncaught: the program ends with the RuntimeError (exit status 1).
print("before the end")
next(gen_calls_helper())
print("not reached")
