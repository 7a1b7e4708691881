# A function may refer to globals that do not exist yet when it is defined.
def use_later():
    return later() + ' via ' + CONSTANT


try:
    use_later()
except NameError as e:
    print(type(e).__name__, e)


def later():
    return 'later'


try:
    use_later()
except NameError as e:
    print(type(e).__name__, e)
CONSTANT = 'constant'
print(use_later())


class Uses:
    def method(self):
        return Defined_after.__name__


class Defined_after:
    pass


print(Uses().method())
