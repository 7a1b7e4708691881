# Hot functions whose loops go round once or not at all per call (compiled code runs such a
# loop when it meets it), nested loops with one-round inner loops, and `while True: ... break`.
def first_index(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            return i
        i += 1
    return -1

def once(n):
    total = 0
    k = 1
    while k < 2:
        total += n * k
        k += 1
    for j in range(n, n + 1):
        total += j
    return total

def spin(limit):
    steps = 0
    while True:
        steps += 1
        if steps >= limit:
            break
    return steps

def nested(rows):
    out = 0
    for r in range(rows):
        c = 0
        while c < 1:
            out += r * 10 + c
            c += 1
        for z in range(r % 3 == 0):
            out -= z + 1
        while False:
            out = -1
    return out

acc = 0
for t in range(300):
    acc += first_index([5, 6, 7, t % 9], t % 9) + once(t) + spin(t % 4 + 1) + nested(t % 12)
print(acc)
print(first_index([1, 2, 3], 4), first_index([], 0), once(-3), spin(1), nested(0), nested(7))

def outer_with_inner(n):
    res = []
    for i in range(n):
        j = i
        while j > i - 1:
            res.append((i, j))
            j -= 1
        for k in []:
            res.append(k)
    return res

for t in range(40):
    r = outer_with_inner(t % 6)
print(r, len(outer_with_inner(50)))
