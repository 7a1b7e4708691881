def greet(name):
    return f"Hello, {name}!"

for who in ["world", "Dyad"]:
    print(greet(who))
