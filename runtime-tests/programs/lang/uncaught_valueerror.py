# Uncaught ValueError from a built-in conversion two levels down.
def parse_line(line):
    key, value = line.split("=")
    return key, int(value)

def parse(text):
    return [parse_line(l) for l in text.splitlines()]

print(parse("a=1\nb=2"))
print(parse("a=1\nb=two"))
