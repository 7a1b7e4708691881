# A method of a class defined in a function can rebind the function's variables.
def make_class():
    instances = 0

    class Counted:
        def __init__(self):
            nonlocal instances
            instances += 1
            self.number = instances

        @staticmethod
        def total():
            return instances
    return Counted


Counted = make_class()
a, b, c = Counted(), Counted(), Counted()
print(a.number, b.number, c.number, Counted.total())
Other = make_class()
print(Other.total(), Other().number, Counted.total())
print(Counted.__init__.__code__.co_freevars)
