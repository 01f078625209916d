# Uncaught AttributeError in a nested function.
class User:
    def __init__(self, name):
        self.name = name

def greet(user):
    def fmt():
        return "Hi " + user.nickname
    return fmt()

print(greet.__name__)
print(greet(User("ann")))
