# abs, hash, ord and chr with one positional argument in hot code (called without an argument
# array): numbers, dunders, astral characters, and their errors.
class N:
    def __abs__(self):
        return "absN"
    def __hash__(self):
        return 7
    def __index__(self):
        return 65
out = []
for i in range(-50, 50):
    out.append((abs(i), abs(i * 0.5), abs(N()), hash(i) == hash(float(i)), hash(N()), chr(65 + i % 26), ord(chr(0x1F600 + i % 3)), chr(N())))
print(out[:3], out[-1], len(out))
for bad in (lambda: abs("x"), lambda: hash([]), lambda: ord("ab"), lambda: chr(-1), lambda: chr(2**40), lambda: ord(5), lambda: abs(), lambda: chr("a")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
