# Classes and functions created by exec belong to the namespace they were run in.
ns = {'__name__': 'generated'}
exec('''
class Point:
    def __init__(self, x):
        self.x = x
    def double(self):
        return Point(self.x * 2)

def make(x):
    return Point(x)
''', ns)
p = ns['make'](4).double()
print(p.x, type(p).__name__, type(p).__module__, type(p).__qualname__)
print(ns['Point'].double.__globals__ is ns)
ns['Point'] = None
try:
    ns['make'](1)
except TypeError as e:
    print(type(e).__name__, e)
