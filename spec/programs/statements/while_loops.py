# while loops with complex conditions, break/continue and counters.
n, steps = 27, 0
while n != 1 and steps < 1000:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
i = 0
out = []
while True:
    i += 1
    if i % 3 == 0:
        continue
    if i > 10:
        break
    out.append(i)
print(out)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
stack = [[1, [2, [3]]], 4]
flat = []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(reversed(item))
    else:
        flat.append(item)
print(flat)
