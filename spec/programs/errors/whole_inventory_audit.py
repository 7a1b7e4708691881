class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(sku, wanted, have)
        self.sku, self.wanted, self.have = sku, wanted, have
    def __str__(self):
        return f"{self.sku}: wanted {self.wanted}, have {self.have}"

class Item:
    __slots__ = ("sku", "name", "price", "qty")
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"
    @property
    def value(self):
        return self.price * self.qty

class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []
    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))
    def remove(self, sku, qty):
        item = self._items[sku]
        if item.qty < qty:
            raise OutOfStock(sku, qty, item.qty)
        item.qty -= qty
        self.log.append(("remove", sku, qty))
        if item.qty == 0:
            del self._items[sku]
    def __getitem__(self, sku):
        return self._items[sku]
    def __contains__(self, sku):
        return sku in self._items
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))
    def __len__(self):
        return len(self._items)
    def total(self):
        return sum(i.value for i in self)
    def by_price(self, lo=0, hi=float("inf")):
        return [i.name for i in self if lo <= i.price <= hi]
    def restock_report(self, threshold):
        for item in self:
            if item.qty < threshold:
                yield f"{item.name}: {item.qty} left (reorder {threshold * 2 - item.qty})"

inv = Inventory()
for args in [("A1", "apple", 0.5, 100), ("B2", "bread", 2.25, 10), ("C3", "cheese", 7.0, 3), ("A1", "apple", 0.5, 20)]:
    inv.add(Item(*args))
print(len(inv), list(inv), f"{inv.total():.2f}")
print(inv.by_price(1, 5), inv.by_price(hi=1), list(inv.restock_report(5)))
orders = [("A1", 30), ("C3", 3), ("B2", 11), ("Z9", 1), ("B2", 10)]
for sku, q in orders:
    try:
        inv.remove(sku, q)
        print(f"removed {q} {sku}")
    except OutOfStock as e:
        print("OutOfStock:", e, e.args)
    except KeyError as e:
        print("unknown sku", e)
print(len(inv), "C3" in inv, "B2" in inv, list(inv), inv.log[-3:])
try:
    inv["A1"].colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
summary = {i.sku: (i.qty, round(i.value, 2)) for i in inv}
print(summary)
def apply_discount(inventory, pct):
    for item in inventory:
        item.price = round(item.price * (1 - pct / 100), 2)
        yield item.sku, item.price
print(dict(apply_discount(inv, 10)))
def audit(inventory):
    for item in inventory:
        check = yield item.sku
        if check and item.qty != check:
            raise AssertionError(f"{item.sku}: expected {check}, counted {item.qty}")
a = audit(inv)
print(next(a))
a.send(89)
