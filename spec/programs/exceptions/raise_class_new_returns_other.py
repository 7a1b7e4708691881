# `raise C` where C.__new__ returns something else: another exception is raised as is; a
# non-exception is a TypeError naming the class by its repr (in raise and in throw()).
class Dummy(BaseException):
    pass


class Good(BaseException):
    def __new__(cls, *args, **kwargs):
        print('Good.__new__')
        return Dummy(*args, **kwargs)


class Bad(BaseException):
    def __new__(cls, *args, **kwargs):
        print('Bad.__new__')
        return 1


try:
    raise Good('message')
except BaseException as e:
    print(type(e).__name__, e.args)

try:
    raise Bad
except TypeError as e:
    print(e)


def gen():
    yield


g = gen()
next(g)
try:
    g.throw(Bad)
except TypeError as e:
    print(e)
try:
    gen().throw(Bad)
except TypeError as e:
    print(e)
