# Subscripts: the brackets and index are marked with ^, the subscripted value with ~.


def lookup(table, key):
    return table[key]["inner"]


data = None
lookup(data, "k")
