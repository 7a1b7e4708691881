# A global name typo, caught and then uncaught: str(e) never carries the suggestion.
records = []
try:
    recrods.append(1)
except NameError as e:
    print(e)
recrods.append(2)
