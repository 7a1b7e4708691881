class Inventory:
    def __init__(self):
        self.items = {}
    def remove(self, name, n):
        have = self.items[name]
        if have < n:
            raise ValueError(f"only {have} {name}")
        self.items[name] = have - n

def process(inv, orders):
    for name, n in orders:
        try:
            inv.remove(name, n)
        except KeyError as e:
            raise LookupError(f"unknown item {name}") from e

inv = Inventory()
inv.items["apple"] = 3
process(inv, [("apple", 1)])
print(inv.items)
try:
    process(inv, [("apple", 5)])
except ValueError as e:
    print("caught", e)
def cleanup():
    try:
        process(inv, [("pear", 1)])
    except LookupError:
        x = {"a": 1}
        return x["b"] + 1
cleanup()
