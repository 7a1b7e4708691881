# A closure keeps its cells alive after the defining frame has returned.
def make_stack():
    items = []

    def push(x):
        items.append(x)
        return len(items)

    def pop():
        return items.pop()

    def peek():
        return list(items)
    return push, pop, peek


push, pop, peek = make_stack()
push('a')
push('b')
print(push('c'), peek())
print(pop(), peek())

push2, pop2, peek2 = make_stack()
push2(1)
print(peek(), peek2())


def chain(n):
    if n == 0:
        return lambda: 'base'
    prev = chain(n - 1)
    return lambda: str(n) + '>' + prev()


print(chain(4)())
