# A bound method's __doc__ is its function's docstring; the method type keeps its own doc.
class A:
    def one(self):
        """Doc of one."""

    def two(self):
        "x"
        return 1

    def three(self):
        return 3


a = A()
print(a.one.__doc__, a.two.__doc__, a.three.__doc__)
m = a.one
print(m.__doc__ == m.__func__.__doc__, type(m).__doc__)
A.one.__doc__ = 'changed'
print(a.one.__doc__)
print(getattr(a.two, '__doc__'), hasattr(a.three, '__doc__'))
