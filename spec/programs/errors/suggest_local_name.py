# An uncaught NameError suggests a close local name (Did you mean).
def tally(items):
    counter = 0
    for item in items:
        counter += item
    return countr
print(tally([1, 2]))
