for bad in ["12a", "", " ", "0x10", "1__0", "٣"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print(e)
try:
    int("10", 1)
except ValueError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    2.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    int(float('inf'))
except OverflowError as e:
    print(e)
try:
    int(float('nan'))
except ValueError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    int("5", base=10.0)
except TypeError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    "a" * 2.0
except TypeError as e:
    print(e)
print(int("+7"), int(" 0o17 ", 0), int(b"42"), int(bytearray(b"-3")))
