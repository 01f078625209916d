class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}")
        self.account = account
        self.amount = amount
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"
    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id
    def __hash__(self):
        return hash(self.id)
    def __lt__(self, other):
        return self.balance < other.balance
    def __iadd__(self, amount):
        self.deposit(amount)
        return self
    def __isub__(self, amount):
        self.withdraw(amount)
        return self
    def __bool__(self):
        return self.balance > 0
    def __len__(self):
        return len(self.history)
    def __iter__(self):
        return iter(self.history)
    def __contains__(self, amount):
        return any(a == amount for _, a in self.history)
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.limit():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
    def limit(self):
        return self.balance
class Overdraft(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def limit(self):
        return self.balance + self.overdraft
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args):
        acct = cls(*args)
        self.accounts[acct] = acct.owner
        return acct
    def transfer(self, src, dst, amount):
        src -= amount
        dst += amount
    def __getitem__(self, owner):
        for a in self.accounts:
            if a.owner == owner:
                return a
        raise KeyError(owner)
bank = Bank()
a = bank.open(Account, "ann", 50)
b = bank.open(Overdraft, "bob", 10)
bank.transfer(a, b, 30)
bank.transfer(b, a, 120)
print(a, b, bool(a), bool(b), len(a), list(b), 30 in a, 5 in a)
try:
    bank.transfer(a, b, 1000)
except InsufficientFunds as e:
    print("InsufficientFunds:", e, e.amount, e.account is a)
try:
    a += -5
except ValueError as e:
    print("ValueError:", e)
print(sorted(bank.accounts), max(bank.accounts), bank["bob"] is b)
try:
    bank["cy"]
except KeyError as e:
    print("KeyError:", e)
print(a == bank["ann"], a != b, {a: 1}.get(bank["ann"]))
