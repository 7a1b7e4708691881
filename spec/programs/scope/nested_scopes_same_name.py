# The same name at each level: every function resolves to the innermost binding.
x = 0


def a():
    x = 1

    def b():
        x = 2

        def c():
            return x

        def d():
            x = 4
            return x
        return c(), d(), x
    return b(), x


print(a(), x)


def e():
    def f():
        return x
    return f()


print(e())
print(a.__code__.co_cellvars, a.__code__.co_varnames)
