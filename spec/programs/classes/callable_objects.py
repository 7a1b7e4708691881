# __call__ makes instances callable.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, times=1):
        return x + self.n * times


add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder))
print(list(map(add5, [1, 2])))


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)


class Chain:
    def __init__(self, path=''):
        self.path = path

    def __getattr__(self, name):
        return Chain(self.path + '/' + name)

    def __call__(self):
        return self.path


print(Chain().api.users.list())
add5.__call__ = lambda x: 'instance attr is ignored'
print(add5(1))
