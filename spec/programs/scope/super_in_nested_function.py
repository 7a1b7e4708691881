# Functions nested in a method inherit the __class__ cell but not the first argument.
class Base:
    def greet(self):
        return 'base greet'


class Child(Base):
    def greet(self):
        def helper():
            return __class__.__name__
        return helper() + ' / ' + super().greet()

    def broken(self):
        def helper():
            return super().greet()
        return helper()

    def lambda_super(self):
        return (lambda: __class__)()


c = Child()
print(c.greet())
try:
    c.broken()
except RuntimeError as e:
    print(type(e).__name__, e)
print(c.lambda_super() is Child)
print(Child.greet.__code__.co_cellvars, Child.greet.__code__.co_freevars)
print(Child.lambda_super.__code__.co_freevars)
