class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs))
print(Version(1) < Version(2), Version(2) > Version(1))
class Other:
    pass
try:
    Version(1) < Other()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Other() < Other()
except TypeError as e:
    print("TypeError:", e)
print(min(vs), max(vs))
print(Version(1) <= Version(2))
