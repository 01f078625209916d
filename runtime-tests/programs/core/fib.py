# Recursion, integer arithmetic and the call path without Rust recursion.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20))
print([fib(i) for i in range(10)])
