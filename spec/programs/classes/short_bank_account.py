class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    _count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account._count += 1
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        return self._balance
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"

a = Account("ann", 100)
print(a, a.balance)
a.withdraw(30)
print(a)
try:
    a.withdraw(500)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available, e.args)
try:
    a.balance = -5
except ValueError as e:
    print(type(e).__name__, e)
a.balance = 7
print(repr(a), Account._count)
try:
    del a.balance
except AttributeError as e:
    print(e)
b = Account("bob")
print(Account._count, b.balance)
print(str(InsufficientFunds(1, 2)), repr(InsufficientFunds(1, 2)))
