# The loop of loop_fast.py at module level: every variable lives in the module dict
# (LOAD_NAME/STORE_NAME). Compare the two programs to see what the module dict costs.
total = 0
step = 0
i = 0
while i < 3_000_000:
    if i % 3 == 0:
        total += i
    else:
        total -= 1
    step = step * 7 + i & 1023
    i += 1
print(total, step)
