# Traceback markers for a method call on an attribute chain.
class Engine:
    def start(self, fuel):
        return 100 / fuel

class Car:
    def __init__(self):
        self.engine = Engine()

car = Car()
print(car.engine.start(4))
print(car.engine.start(0))
