# pass, ellipsis bodies and docstring-only bodies.
def nothing():
    pass


def ellipsis_body():
    ...


class Empty:
    pass


class DocOnly:
    """Only a docstring."""


if True:
    pass
for _ in range(2):
    pass
while False:
    pass
print(nothing(), ellipsis_body(), Empty.__doc__, DocOnly.__doc__)
print(type(Empty()).__name__, [k for k in vars(DocOnly) if k in ('__module__', '__doc__')])
