# Everyday exception patterns inside loops: skip bad input, collect errors, EAFP lookups.
raw = ["10", "x", "30", "", "-5", "4.5", "7"]
total, errors = 0, []
for i, text in enumerate(raw):
    try:
        value = int(text)
        if value < 0:
            raise ValueError(f"negative value {value}")
    except ValueError as exc:
        errors.append((i, str(exc)))
        continue
    else:
        total += value
    finally:
        pass
print(total)
for e in errors:
    print(e)
inventory = {"apple": 3, "pear": 0}
for item in ["apple", "kiwi", "pear"]:
    try:
        count = inventory[item]
        per = 12 // count
    except KeyError:
        print(item, "unknown")
    except ZeroDivisionError:
        print(item, "out of stock")
    else:
        print(item, "ok", per)
def first_int(items):
    for item in items:
        try:
            return int(item)
        except (TypeError, ValueError):
            pass
    raise LookupError("no integers")
print(first_int([None, "a", "12", 5]))
try:
    first_int([None, []])
except LookupError as exc:
    print("LookupError:", exc)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 4:
            raise TimeoutError(f"attempt {attempts}")
        break
    except TimeoutError as exc:
        print("retrying after", exc)
print("attempts", attempts)
