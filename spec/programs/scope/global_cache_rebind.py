# Rebinding an existing global is seen immediately by a function that read it many times.
rate = 1


def price(n):
    return n * rate


def set_rate(r):
    global rate
    rate = r


seen = []
for i in range(50):
    if i % 10 == 0:
        set_rate(i // 10 + 1)
    seen.append(price(1))
print(seen[::5])
for i in range(5):
    exec(f'rate = {100 + i}')
    seen.append(price(1))
print(seen[-5:])
import sys
sys.modules[__name__].rate = 'module attr'
print(price(2))
setattr(sys.modules[__name__], 'rate', 7)
print(price(2))
