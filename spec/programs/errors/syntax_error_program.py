# This file does not parse: nothing runs and the exit status is 1.
print('never printed')


def broken(:
    pass
