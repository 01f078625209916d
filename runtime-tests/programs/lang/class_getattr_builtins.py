# getattr / setattr / hasattr / delattr with everyday classes.
class Settings:
    color = "blue"
    def __init__(self):
        self.size = 10
s = Settings()
print(getattr(s, "size"), getattr(s, "color"), getattr(s, "missing", "default"))
setattr(s, "size", 20)
setattr(s, "new_attr", [1])
print(s.size, s.new_attr, hasattr(s, "new_attr"), hasattr(s, "nope"))
delattr(s, "new_attr")
print(hasattr(s, "new_attr"))
try:
    getattr(s, "missing")
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    delattr(s, "missing")
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    getattr(s, 5)
except TypeError as exc:
    print("TypeError:", exc)
for name in ["size", "color"]:
    print(name, getattr(s, name))
method = getattr("hello", "upper")
print(method())
print(getattr(Settings, "color"), getattr(Settings, "__name__"))
try:
    Settings.nope
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    (5).real = 3
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    "abc".foo
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    object().x = 1
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    None.value
except AttributeError as exc:
    print("AttributeError:", exc)
