# A bank simulation: accounts, transfers, overdraft rules, custom exceptions and an audit log.


class BankError(Exception):
    """Base class for bank failures."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot cover {fmt(amount)} (balance {fmt(account.balance)})")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class UnknownAccount(BankError, KeyError):
    def __str__(self):
        return f"no account {self.args[0]!r}"


def fmt(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


class Transaction:
    counter = 0

    def __init__(self, kind, amount, note=""):
        Transaction.counter += 1
        self.id = Transaction.counter
        self.kind = kind
        self.amount = amount
        self.note = note

    def __repr__(self):
        note = f" ({self.note})" if self.note else ""
        return f"#{self.id:03d} {self.kind:<9}{fmt(self.amount):>12}{note}"


class Account:
    kind = "basic"
    overdraft = 0

    def __init__(self, number, owner, opening=0):
        self.number = number
        self.owner = owner
        self.balance = 0
        self.frozen = False
        self.history = []
        if opening:
            self.deposit(opening, "opening deposit")

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount, note=""):
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(Transaction("deposit", amount, note))
        return self.balance

    def withdraw(self, amount, note=""):
        self._check()
        if amount <= 0:
            raise ValueError(f"withdrawal must be positive, got {amount}")
        if self.balance - amount < -self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(Transaction("withdraw", -amount, note))
        return self.balance

    def month_end(self):
        pass

    def __repr__(self):
        flag = " FROZEN" if self.frozen else ""
        return f"<{type(self).__name__} {self.number} {self.owner}: {fmt(self.balance)}{flag}>"


class Savings(Account):
    kind = "savings"
    rate_per_mille = 15

    def month_end(self):
        interest = self.balance * self.rate_per_mille // 1000
        if interest > 0:
            self.deposit(interest, "interest")


class Checking(Account):
    kind = "checking"
    overdraft = 50_00
    fee = 5_00

    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee
            self.history.append(Transaction("fee", -self.fee, "overdraft fee"))


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.next_number = 1000
        self.log = []

    def open(self, cls, owner, opening=0):
        self.next_number += 1
        number = f"AC{self.next_number}"
        acct = cls(number, owner, opening)
        self.accounts[number] = acct
        self.log.append(f"opened {cls.kind} {number} for {owner}")
        return acct

    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None

    def transfer(self, src, dst, amount):
        a, b = self.get(src), self.get(dst)
        a.withdraw(amount, f"to {dst}")
        try:
            b.deposit(amount, f"from {src}")
        except BankError:
            a.deposit(amount, "transfer reversal")
            raise
        self.log.append(f"transfer {fmt(amount)} {src}->{dst}")

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f"== {self.name} ==")
        by_owner = {}
        for acct in self.accounts.values():
            by_owner.setdefault(acct.owner, []).append(acct)
        for owner in sorted(by_owner):
            accts = sorted(by_owner[owner], key=lambda a: a.number)
            total = sum(a.balance for a in accts)
            print(f"{owner:<6} {len(accts)} account(s) {fmt(total):>12}")
            for a in accts:
                print("   ", a)
        print(f"total holdings {fmt(self.total())}")


bank = Bank("First Pyjit Bank")
alice_chk = bank.open(Checking, "alice", 120_00)
alice_sav = bank.open(Savings, "alice", 1_000_00)
bob = bank.open(Checking, "bob", 20_00)
carol = bank.open(Account, "carol")

operations = [
    ("transfer", alice_sav.number, alice_chk.number, 250_00),
    ("withdraw", bob.number, 60_00),
    ("withdraw", bob.number, 20_00),
    ("deposit", carol.number, 0),
    ("deposit", carol.number, 15_50),
    ("transfer", carol.number, bob.number, 100_00),
    ("transfer", "AC9999", bob.number, 1),
    ("freeze", bob.number),
    ("transfer", alice_chk.number, bob.number, 10_00),
    ("withdraw", alice_chk.number, 400_00),
    ("unfreeze", bob.number),
    ("transfer", alice_chk.number, bob.number, 10_00),
]

for op, *args in operations:
    try:
        if op == "transfer":
            bank.transfer(*args)
            result = "ok"
        elif op == "withdraw":
            result = fmt(bank.get(args[0]).withdraw(args[1]))
        elif op == "deposit":
            result = fmt(bank.get(args[0]).deposit(args[1]))
        elif op == "freeze":
            bank.get(args[0]).frozen = True
            result = "frozen"
        else:
            bank.get(args[0]).frozen = False
            result = "unfrozen"
        print(f"{op:<9} {args!s:<40} -> {result}")
    except InsufficientFunds as exc:
        print(f"{op:<9} {args!s:<40} !! insufficient: {exc}")
    except BankError as exc:
        print(f"{op:<9} {args!s:<40} !! {type(exc).__name__}: {exc}")
    except ValueError as exc:
        print(f"{op:<9} {args!s:<40} !! invalid: {exc}")

for month in range(1, 3):
    bank.month_end()
    print(f"after month {month}: total {fmt(bank.total())}")

bank.report()
print("history of", alice_chk.number)
for t in alice_chk.history:
    print("  ", t)
print("bank log:")
for entry in bank.log:
    print("  ", entry)
print(isinstance(UnknownAccount("x"), KeyError), [c.__name__ for c in InsufficientFunds.__mro__])
