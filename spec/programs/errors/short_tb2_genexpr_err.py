def total(xs):
    return sum(x.price for x in xs)
total([1])
