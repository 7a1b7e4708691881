# with with several items: entered left to right, exited right to left.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        print('enter', self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.suppress


with CM('a') as a, CM('b') as b:
    print('body', a, b)
with (CM('p') as p,
      CM('q')):
    print('parenthesised', p)
with CM('outer', suppress=True), CM('inner'):
    raise ValueError('suppressed by outer')
print('after suppression')
with CM('x') as (first, *rest):
    print(first, rest)
