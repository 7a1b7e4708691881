# The loop of loop_name.py, inside a function: every variable is a fast local
# (LOAD_FAST/STORE_FAST). Compare the two programs to see what the module dict costs.
def main():
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


main()
