# input: prompt written to stdout, line read from stdin without its newline.
name = input("name? ")
print("hello,", name)
age = input()
print("age:", int(age) + 1)
line = input("> ")
print(repr(line))
print(repr(input()))
try:
    input("last? ")
except EOFError as e:
    print("EOFError:", e)
