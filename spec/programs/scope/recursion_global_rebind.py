# A recursive function finds itself through a global name looked up at each call.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(5))
original = fact


def fact(n):
    return 'replacement'


print(original(5))
fact = original
print(original(5))


def countdown(n):
    if n == 0:
        return ['done']
    return [n] + countdown(n - 1)


saved = countdown
del countdown
try:
    saved(3)
except NameError as e:
    print(type(e).__name__, e)
countdown = lambda n: ['lambda', n]
print(saved(3))
