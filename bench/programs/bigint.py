# Big-int arithmetic: pi to many digits with Machin's formula in fixed-point integers
# (long division by small ints, additions), then factorials, powers, modular
# exponentiation and int <-> str conversions of numbers with thousands of digits.
def arctan_inv(x, unity):
    # arctan(1/x) * unity, by its Taylor series
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return pi // 10 ** 10


def factorial(n):
    r = 1
    for k in range(2, n + 1):
        r *= k
    return r


def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def e_digits(digits):
    unity = 10 ** (digits + 10)
    total = term = unity
    k = 1
    while term:
        term //= k
        total += term
        k += 1
    return total // 10 ** 10


def is_probable_prime(n):
    # Miller-Rabin with fixed bases: modular exponentiation of 300-bit numbers
    if n % 2 == 0:
        return n == 2
    d = n - 1
    r = 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def isqrt_newton(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


p = str(pi_digits(4000))
e = str(e_digits(4000))
print(e[:12], e[-12:], sum(map(int, e)))
print(p[:12], p[-12:], sum(map(int, p)))
f = factorial(1400)
s = str(f)
print(len(s), s[:15], s.rstrip("0")[-10:], f % 1_000_000_007)
g = fib_pair(30_000)
print(g.bit_length(), g % 998_244_353, pow(3, g % 100_000, 10 ** 40 + 7))
acc = 0
for k in range(1, 1200):
    acc ^= (k ** 60 + 12345) // (k + 7) ** 9
print(acc % 10 ** 20, int(str(acc)[::-1]) % 97)
primes = [n for n in range(2 ** 300 + 1, 2 ** 300 + 6000, 2) if is_probable_prime(n)]
print(len(primes), primes[0] % 10 ** 12, primes[-1] % 10 ** 12)
root = isqrt_newton(2 * 10 ** 8000)
print(str(root)[:20], root % 1_000_003, (root * root).bit_length())
