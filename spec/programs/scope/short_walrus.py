data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print(f"long list {n}")
evens = [y for x in data if (y := x * 2) > 5]
print(evens, y)
def f():
    [last := v for v in range(4)]
    return last
print(f())
total = 0
sums = [total := total + v for v in data]
print(sums, total)
import math
vals = [(r, s) for r in range(5) if (s := math.isqrt(r)) ** 2 == r]
print(vals)
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
for src in ["[(i := 0) for i in range(2)]", "class C:\n    [(z := 1) for _ in range(1)]\n", "x := 5", "def g():\n    [(a := 1) for a in range(2)]\n"]:
    try:
        compile(src, "<w>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg)
print((w := 10) + w)
