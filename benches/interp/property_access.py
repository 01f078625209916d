# Property reads and writes through getters and setters.
class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @property
    def kelvin(self):
        return self._c + 273


def run(n):
    t = Temperature(0)
    total = 0
    for i in range(n):
        t.celsius = i & 255
        total += t.kelvin + t.celsius
    return total


print(run(2_000_000))
