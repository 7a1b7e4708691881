# super() without arguments needs the __class__ cell and a first argument.
def plain():
    return super()


try:
    plain()
except RuntimeError as e:
    print(type(e).__name__, e)


class C:
    def no_args():
        return super()

    def deleted(self):
        del self
        return super()

    @staticmethod
    def static():
        return super()


for call in (C.no_args, C().deleted, C.static):
    try:
        call()
    except RuntimeError as e:
        print(type(e).__name__, e)


class D(C):
    def m(self):
        return super(D, 42)


try:
    D().m()
except TypeError as e:
    print(type(e).__name__, e)
