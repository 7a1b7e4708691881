# An exception raised in a generator's compiled code (the generator made many times) and not
# caught: the traceback names the generator's line, under the consumer's.

def items(n):
    yield n
    yield 10 // (n - 45)
    yield n + 1

def consume():
    total = 0
    for n in range(100):
        for v in items(n):
            total += v
    return total

print("start")
consume()
