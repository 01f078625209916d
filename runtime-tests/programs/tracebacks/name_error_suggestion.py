# NameError for a misspelt name: CPython suggests the closest local, global or builtin.

counter = 0


def tally(values):
    total = 0
    for value in values:
        totl = total + value
    return totl + countr


def main():
    try:
        tally([1, 2])
    except NameError as e:
        print("caught:", e, "| name:", e.name)
    items = [3, 1, 2]
    return lenn(items)


main()
