def handler():
    raise KeyboardInterrupt
try:
    handler()
except KeyboardInterrupt:
    print("caught KI")
handler()
