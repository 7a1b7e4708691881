# Interleaving of producer and consumer steps in a generator chain.
def produce(n):
    for i in range(n):
        print('produce', i)
        yield i


def double(it):
    for v in it:
        print('double', v)
        yield v * 2


for result in double(produce(3)):
    print('consume', result)
zipped = zip(produce(2), 'ab')
print('zip created')
print(list(zipped))
print(list(map(lambda v: v + 1, produce(2))))
