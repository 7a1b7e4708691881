# Aligned text tables built with format specs.
rows = [('apple', 3, 1.5), ('banana', 12, 0.25), ('cherry', 100, 12.125)]
header = f"{'name':<10}|{'qty':>5}|{'price':>8}|{'total':>10}"
print(header)
print('-' * len(header))
for name, qty, price in rows:
    print(f'{name:<10}|{qty:>5d}|{price:>8.2f}|{qty * price:>10,.2f}')
total = sum(q * p for _, q, p in rows)
print(f"{'TOTAL':<10}|{'':>5}|{'':>8}|{total:>10,.2f}")
for i, w in enumerate([4, 8, 12]):
    print(f'{i:02d} [{"x" * i:^{w}}]')
print('{:=^30}'.format(' centered '), '{:>{}}'.format('r', 4))
