# Docstrings: the first statement string literal, and its absence.
def documented():
    """Return nothing, documented."""
    return None


def undocumented():
    x = 'not a docstring'
    return x


def late():
    pass
    """too late"""


class C:
    """Class doc."""

    def m(self):
        'single quotes work'


print(repr(documented.__doc__))
print(repr(undocumented.__doc__))
print(repr(late.__doc__))
print(C.__doc__, C.m.__doc__)
documented.__doc__ = 'replaced'
print(documented.__doc__)
print(repr((lambda: 'x').__doc__))


def f_string_doc():
    f"""not a docstring {1}"""


print(repr(f_string_doc.__doc__))
