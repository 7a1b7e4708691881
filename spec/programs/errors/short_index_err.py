def get(lst, i):
    return lst[i] * 2
data = [1, 2, 3]
print(get(data, 0))
print(get(data, 10))
