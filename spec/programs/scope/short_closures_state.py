def make_bank():
    balance = 0
    history = []
    def deposit(n):
        nonlocal balance
        balance += n
        history.append(("dep", n))
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError(f"insufficient: {balance} < {n}")
        balance -= n
        history.append(("wd", n))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
d, w, r = make_bank()
d(100); w(30)
try:
    w(500)
except ValueError as e:
    print(e)
print(r())
d2, _, r2 = make_bank()
d2(1)
print(r2(), r())
print(d.__closure__ is not None, len(d.__closure__), sorted(d.__code__.co_freevars))
def gen_fns():
    return [lambda x, i=i: x ** i for i in range(4)]
print([f(2) for f in gen_fns()])
def once(fn):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result = fn(*a)
            done = True
        return result
    return wrapper
@once
def init(x):
    print("init running")
    return x * 2
print(init(5), init(7))
