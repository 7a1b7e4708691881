def walk(d):
    return walk({"k": d})
try:
    walk({})
except RecursionError as e:
    print("caught", e)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n + 1)
mutual_a(0)
