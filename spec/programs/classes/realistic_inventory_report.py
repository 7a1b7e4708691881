class Product:
    __slots__ = ("sku", "name", "_price", "qty")
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.qty = sku, name, qty
        self.price = price
    @property
    def price(self): return self._price
    @price.setter
    def price(self, v):
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            raise TypeError(f"price must be a number, not {type(v).__name__}")
        if v < 0: raise ValueError(f"negative price {v}")
        self._price = round(float(v), 2)
    @property
    def value(self): return self._price * self.qty
    def __repr__(self): return f"Product({self.sku!r}, {self.name!r}, {self._price}, {self.qty})"
    def __eq__(self, o): return isinstance(o, Product) and self.sku == o.sku
    def __hash__(self): return hash(self.sku)
class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, p):
        if p.sku in self._items:
            self._items[p.sku].qty += p.qty
        else:
            self._items[p.sku] = p
        return self
    def remove(self, sku, n):
        p = self[sku]
        if n > p.qty: raise ValueError(f"only {p.qty} of {sku} left")
        p.qty -= n
        if p.qty == 0: del self._items[sku]
    def __getitem__(self, sku):
        try: return self._items[sku]
        except KeyError: raise KeyError(f"no such sku: {sku}") from None
    def __contains__(self, sku): return sku in self._items
    def __len__(self): return len(self._items)
    def __iter__(self): return iter(sorted(self._items.values(), key=lambda p: p.sku))
    def total(self): return sum(p.value for p in self)
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<14}{'Price':>9}{'Qty':>5}{'Value':>11}"]
        lines.append("=" * len(lines[0]))
        for p in self:
            lines.append(f"{p.sku:<6}{p.name[:13]:<14}{p.price:>9.2f}{p.qty:>5d}{p.value:>11,.2f}")
        lines.append(f"{'TOTAL':<34}{self.total():>11,.2f}")
        return "\n".join(lines)
inv = Inventory()
inv.add(Product("A1", "Widget", 2.5, 100)).add(Product("B7", "Gadget deluxe edition", 1299.999, 3)).add(Product("A1", "Widget", 2.5, 20))
inv.add(Product("C3", "Gizmo", 0, 7))
print(inv.report())
inv.remove("C3", 7)
print(len(inv), "C3" in inv, inv["A1"])
for bad in [lambda: inv.remove("A1", 1000), lambda: inv["ZZ"], lambda: Product("x", "y", "12"), lambda: Product("x", "y", -1), lambda: Product("x", "y", True), lambda: setattr(inv["A1"], "color", "red")]:
    try:
        bad()
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print({Product("A1", "other", 1)} == {inv["A1"]}, inv["A1"] == "A1", inv["A1"] in list(inv))
low = [p.name for p in inv if p.qty < 10]
print(low, max(inv, key=lambda p: p.value).name, sorted(inv, key=lambda p: -p.price)[0].sku)
by_letter = {}
for p in inv:
    by_letter.setdefault(p.sku[0], []).append(p.name)
print(by_letter)
price_list = {p.sku: p.price for p in inv}
print(price_list, sum(price_list.values()), f"{sum(price_list.values()):.3f}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print(f"{3.14159:<10.2f}|{-42:>10}|{'é':^10}|{'abc':.2}|{12:^#10x}|{1234567.891:>15,.1f}|")
print("{:*<8}{:#>8}{:_^8}".format("L", "R", "C"), "{0:{1}}".format("w", 5) + "|", "{:{fill}{align}{w}}".format(7, fill="0", align=">", w=4))
print(format(0.000001234, ".2e"), format(1234567, "e"), format(-1.5, "+.0f"), format(2.5, ".0f"), format(3.5, ".0f"), format(1e21, "f")[:25], format(12.0, "g"), format(1e-7, "g"))
print(format(float("nan"), ">6"), format(float("-inf"), "08.2f"), format(0.0, "e"), format(100, "n"), format(10**20, ","), format(-1234.5, "_.2f"))
print(str(inv["A1"].price), repr(inv["B7"].price), inv["B7"].value)
