# An exception raised while another is being handled gets it as __context__ even when it is
# caught inside the outer handler: a dict miss in a called function, int() failing, a
# generator's own try. (The tree-walker chained only exceptions that left the handler.)
def g():
    return {}['k']
def f():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            g()
        except KeyError as e:
            print(repr(e.__context__))
        try:
            x = g()
        except KeyError as e:
            print(repr(e.__context__))
        try:
            print(g())
        except KeyError as e:
            print(repr(e.__context__))
f()
def gen():
    try:
        yield {}['k']
    except KeyError as e:
        yield repr(e.__context__)
try:
    1 / 0
except ZeroDivisionError:
    print(list(gen()))
try:
    raise TypeError("t")
except TypeError:
    try:
        int("z")
    except ValueError as e:
        print(repr(e.__context__))
try:
    int("z")
except ValueError as e:
    print(repr(e.__context__))
