# Lists as stacks and queues; a simple ring buffer.
stack = []
for c in 'abc':
    stack.append(c)
print(stack.pop(), stack.pop(), stack)
queue = list(range(5))
out = []
while queue:
    item = queue.pop(0)
    if item % 2 == 0 and item < 4:
        queue.append(item + 10)
    out.append(item)
print(out)


class Ring:
    def __init__(self, size):
        self.buf = [None] * size
        self.start = self.count = 0

    def push(self, v):
        end = (self.start + self.count) % len(self.buf)
        self.buf[end] = v
        if self.count == len(self.buf):
            self.start = (self.start + 1) % len(self.buf)
        else:
            self.count += 1

    def items(self):
        return [self.buf[(self.start + i) % len(self.buf)] for i in range(self.count)]


r = Ring(3)
for v in range(7):
    r.push(v)
print(r.items())


def balanced(s):
    pairs, st = {')': '(', ']': '[', '}': '{'}, []
    for ch in s:
        if ch in '([{':
            st.append(ch)
        elif ch in pairs and (not st or st.pop() != pairs[ch]):
            return False
    return not st


print([balanced(s) for s in ('([]{})', '([)]', '((', '')])
