# Assignment expressions in conditions, loops and comprehensions.
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f'{n} items')
it = iter(data)
while (value := next(it, None)) is not None:
    if value > 15:
        print('first above 15:', value)
        break
print([y for x in data if (y := x % 5) > 2])
print(y)
print((total := 0), [total := total + v for v in data][-1], total)
print((z := 10) * 2, z)
stats = {'min': (lo := min(data)), 'max': (hi := max(data)), 'range': hi - lo}
print(stats)
