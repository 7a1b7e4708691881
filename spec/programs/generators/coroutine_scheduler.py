# A tiny round-robin scheduler driving several coroutines by hand.
class Yield:
    def __await__(self):
        yield


async def worker(name, steps, log):
    for i in range(steps):
        log.append(f'{name}{i}')
        await Yield()
    return f'{name} done'


def run_all(coros):
    results = {}
    queue = list(coros.items())
    while queue:
        name, coro = queue.pop(0)
        try:
            coro.send(None)
            queue.append((name, coro))
        except StopIteration as e:
            results[name] = e.value
    return results


log = []
print(run_all({'a': worker('a', 3, log), 'b': worker('b', 1, log), 'c': worker('c', 2, log)}))
print(log)
