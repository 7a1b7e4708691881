# Each int operator in a loop whose operands start small (so the VM specialises the
# instruction for small ints) and then grow past 2**53 or are big ints: the specialised
# instruction must keep computing exact results, with Python's signs for // and %, and raise
# int's errors.
def run(op, pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(op(a, b))
        except (ZeroDivisionError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def mod(a, b): return a % b
def fdiv(a, b): return a // b
def band(a, b): return a & b
def bor(a, b): return a | b
def bxor(a, b): return a ^ b
def lsh(a, b): return a << b
def rsh(a, b): return a >> b


def iadd(a, b):
    a += b
    return a


def imul(a, b):
    a *= b
    return a


def imod(a, b):
    a %= b
    return a


def ifdiv(a, b):
    a //= b
    return a


big = 2 ** 70 + 12345
pairs = [(7, 3), (-7, 3), (7, -3), (2 ** 52, 2 ** 52), (-(2 ** 52), 2 ** 53), (3 ** 33, 3 ** 20),
         (big, 97), (-big, 97), (big, -97), (97, big), (-97, big), (big, big + 1), (big, 0),
         (2 ** 53 - 1, 2), (-(2 ** 53) + 1, -2), (123456789, 987654321)]
for f in (add, sub, mul, mod, fdiv, band, bor, bxor, iadd, imul, imod, ifdiv):
    print(f.__name__, run(f, [(1, 2)] * 3 + pairs))
shifts = [(1, 3), (5, 60), (-5, 60), (big, 3), (big, 80), (-big, 5), (1, -1), (big, -2), (3, 0)]
for f in (lsh, rsh):
    print(f.__name__, run(f, [(1, 2)] * 3 + shifts))


def cube_mod(n, m):
    s = 0
    for i in range(n):
        s += i * i * i % m
        s -= i * i // 7
    return s


print(cube_mod(300000, 10009), cube_mod(3000, 7))
