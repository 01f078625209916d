# Errors raised inside methods: the frame name is the method's name (not qualified).


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError("insufficient funds")
        self.balance = self.balance - amount
        return self.balance

    @staticmethod
    def helper(acct):
        return acct.withdraw(500)

    @classmethod
    def drain(cls, acct):
        return cls.helper(acct)


a = Account(100)
a.withdraw(10)
Account.drain(a)
