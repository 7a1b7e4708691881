# An uncaught custom exception with a custom __str__ raised from a method.
class BankError(Exception):
    def __init__(self, account, amount):
        super().__init__(account, amount)
        self.account, self.amount = account, amount

    def __str__(self):
        return f'account {self.account} cannot withdraw {self.amount}'


class Account:
    def __init__(self, name, balance):
        self.name, self.balance = name, balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise BankError(self.name, amount)
        self.balance -= amount
        return self.balance


acct = Account('acme', 100)
print(acct.withdraw(30))
print(acct.withdraw(500))
