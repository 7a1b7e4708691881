# A symbol-table error (nonlocal without binding) is a SyntaxError at compile time.
print('never printed')


def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
