class OutOfStock(Exception):
    def __init__(self, item, want, have):
        super().__init__(f"{item}: wanted {want}, only {have}")
        self.item = item
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, name, qty=1, price=0.0):
        entry = self.items.setdefault(name, {"qty": 0, "price": price})
        entry["qty"] += qty
        if price:
            entry["price"] = price
        return self
    def remove(self, name, qty):
        have = self.items.get(name, {}).get("qty", 0)
        if qty > have:
            raise OutOfStock(name, qty, have)
        self.items[name]["qty"] -= qty
        if not self.items[name]["qty"]:
            del self.items[name]
    def total(self):
        return round(sum(e["qty"] * e["price"] for e in self.items.values()), 2)
    def __str__(self):
        lines = [f"{n:<8}{e['qty']:>4} @ {e['price']:6.2f}" for n, e in sorted(self.items.items())]
        return "\n".join(lines)
inv = Inventory().add("apple", 10, 0.5).add("pear", 3, 0.75).add("apple", 5)
print(inv)
print(inv.total())
inv.remove("pear", 3)
for name, q in [("apple", 20), ("kiwi", 1)]:
    try:
        inv.remove(name, q)
    except OutOfStock as e:
        print("error:", e, "|", e.item)
print(inv, inv.total(), list(inv.items))
