# send() resumes a generator and makes the yield expression evaluate to the sent value.
def averager():
    total, count = 0, 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))


def echo():
    received = yield 'ready'
    while True:
        received = yield f'echo {received}'


e = echo()
print(e.send(None), e.send('a'), e.send('b'))
fresh = echo()
try:
    fresh.send('too early')
except TypeError as err:
    print(type(err).__name__, err)
