# A nested function that calls itself, and mutually recursive nested functions, use cells.
def outer(n):
    def walk(k):
        return [] if k == 0 else [k] + walk(k - 1)

    def is_even(k):
        return True if k == 0 else is_odd(k - 1)

    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return walk(n), is_even(n), is_odd(n)


print(outer(4))
print(outer.__code__.co_cellvars)


def make():
    def fib(k):
        return k if k < 2 else fib(k - 1) + fib(k - 2)
    return fib


fib = make()
print([fib(i) for i in range(10)])
print(fib.__code__.co_freevars)
