# Calling a generator function runs none of its body until iteration starts.
log = []


def gen(n):
    log.append('started')
    for i in range(n):
        log.append(f'yield {i}')
        yield i
    log.append('finished')


g = gen(2)
print(log, type(g).__name__)
print(next(g), log)
print(list(g), log)
print(gen.__code__.co_flags & 0x20 != 0, (lambda: 0).__code__.co_flags & 0x20 != 0)
