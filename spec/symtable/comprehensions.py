lst = [x * y for x in range(3) for y in range(x) if x if y]
st = {a for a in seq}
dc = {k: v for k, v in pairs if k}
gen = (g for g in gen_src)
nested = [[i + j for j in inner_src] for i in outer_src]
first_iter = [i for i in first for j in second_uses(i)]

def f(n):
    m = 1
    return [n * m * z for z in range(n)], (w for w in m_src if w > m)

class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    other = [vals for _ in range(2)]

async def agen(src):
    a = [x async for x in src]
    b = [await y for y in src]
    c = (z async for z in src)
    return a, b, c

def genexp_in_func(xs):
    return sum(x for x in xs)

def comp_shadow():
    x = 1
    y = [x for x in range(3)]
    return x, y

lambdas = [(lambda q: q + r) for r in range(3)]
