print({3, 1, 2}, {-1, -2, 5}, {100, 5, 37, 64, 1000}, {2**40, 7, -3}, {0.5, 1.5, 2.0, -1.0}, {True, 2, 0}, {(1, 2), (0, 0), (2, 1)}, {10, 20, 30, 40, 50, 60, 70, 80, 90})
s = set(range(20)); s -= {3, 7, 11}; s.add(100); s.add(33); print(s)
s = {1, 2, 3}; s.remove(2); s.add(18); print(s)
s = set(); 
for i in [31, 15, 47, 63, 7, 8]: s.add(i)
print(s, list(s), sorted(s) == list(s))
print(frozenset([5, 3, 9, 1]), set([64, 32, 16, 8, 4, 2, 1]), {i * 8 for i in range(10)}, set('') , {None} if False else '')
print({1: 'a', 3: 'b'}.keys() | {2}, {5, 6} | {1}, {1, 2, 3} & {3, 2}, {9, 8, 7} ^ {8, 100}, {7, 3} - {3})
big = set(range(0, 1000, 37)); print(big)
print(set([-5, -4, -3, 3, 4, 5]), {2**61 - 1, 2**61, 2**61 + 1}, {-1, -2})
x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
for i in range(1, 11, 2): x.discard(i)
x.update([33, 65, 97]); print(x, x.pop(), x)
