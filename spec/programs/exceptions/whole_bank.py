from math import isclose
class BankError(Exception):
    """Base for bank errors."""
class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        self.account, self.needed = account, needed
        super().__init__(f"{account.owner} needs {needed:.2f} more")
class AccountFrozen(BankError):
    pass
class TransferError(BankError):
    pass

class Account:
    _ids = iter(range(1000, 10000))
    interest = 0.01
    def __init__(self, owner, balance=0.0):
        self.id = next(Account._ids)
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []
    @property
    def balance(self):
        return round(self._balance, 2)
    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount - self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self
    def apply_interest(self):
        self._balance *= 1 + type(self).interest
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:.2f})"
    def __lt__(self, other):
        return self.balance < other.balance
    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id
    def __hash__(self):
        return hash(self.id)

class Savings(Account):
    interest = 0.05
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise BankError("savings: withdrawal limit reached")
        return super().withdraw(amount)

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, initial=0):
        acc = cls(owner, initial)
        self.accounts[acc.id] = acc
        return acc
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            raise TransferError(f"transfer {src.id}->{dst.id} failed") from e
        try:
            dst.deposit(amount)
        except BankError:
            src.deposit(amount)
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())
    def report(self):
        for acc in sorted(self.accounts.values()):
            print(f"  {acc.id} {acc.owner:<6} {acc.balance:>10,.2f} {type(acc).__name__}")

bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(Savings, "bob", 50)
carol = bank.open(Account, "carol")
bank.transfer(alice, bob, 30)
bank.transfer(bob, carol, 10.5)
print(alice, bob, carol, bank.total())
for amount in (500, -1):
    try:
        alice.deposit(amount) if amount < 0 else bank.transfer(alice, carol, amount)
    except TransferError as e:
        cause = e.__cause__
        print("TransferError:", e, "| cause:", type(cause).__name__, cause, f"{cause.needed:.1f}")
    except ValueError as e:
        print("ValueError:", e)
carol.frozen = True
try:
    bank.transfer(alice, carol, 5)
except AccountFrozen as e:
    print("AccountFrozen:", e, "| alice back to", alice.balance)
carol.frozen = False
bob.withdraw(1)
try:
    bob.withdraw(1)
except BankError as e:
    print(type(e).__name__, e, isinstance(e, Exception), BankError.__doc__)
for a in bank.accounts.values():
    a.apply_interest()
bank.report()
print(isclose(bank.total(), 71.5 * 1.01 + 68.5 * 1.05 + 10.5 * 1.01, abs_tol=0.02))
print(max(bank.accounts.values()), min(bank.accounts.values()).owner, alice.history, bob.history)
print({alice, bob, alice} == {bob, alice}, alice == bob, alice != bob, sorted([carol, alice, bob]))
print(InsufficientFunds.__mro__[1:3], issubclass(TransferError, BankError), TransferError.__bases__)
e = InsufficientFunds(alice, 3)
print(e.args, str(e), repr(e) if False else e.account.owner)
try:
    raise e
except BankError as caught:
    print(caught is e, caught.__traceback__.tb_lineno)
