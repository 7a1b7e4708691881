# The traceback lines and position markers of errors inside comprehensions, generator
# expressions and lambdas written over several lines: the comprehension's frame is at the line of
# the part that failed (its element, condition, or the whole comprehension for the iteration),
# and a comprehension or lambda on a continuation line of its statement is at that line.
import traceback


def show(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))


def element():
    data = [1, 2, 0]
    return [
        10 // x
        for x in data
    ]


def dict_value():
    return {
        x:
        10 // x
        for x in [1, 0]
    }


def condition():
    return [x for x in [1, 0]
            if 10 // x]


def inner_clause():
    return [y
            for x in [[1], [0]]
            for y in (
                10 // x[0],)]


def lambda_body():
    f = (lambda x:
         10 // x)
    return f(0)


def genexpr():
    g = (10 // x
         for x in [1, 0])
    return list(g)


def gen():
    yield 1
    raise ValueError("from the iterable")


def iteration():
    return [x for x in
            gen()]


def genexpr_iteration():
    g = (x for x in
         gen())
    return list(g)


def argument_line():
    return print(
        [10 // x for x in [0]])


def argument_line_multi():
    return print(
        [10 // x for x in [0]
         ])


for f in [element, dict_value, condition, inner_clause, lambda_body, genexpr, iteration,
          genexpr_iteration, argument_line, argument_line_multi]:
    show(f)
