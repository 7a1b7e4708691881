# The same work at module level: LOAD_NAME/STORE_NAME on the module dict.
total = 0
for i in range(1_000_000):
    if i % 3 == 0:
        total += i
    else:
        total -= 1
print(total)
