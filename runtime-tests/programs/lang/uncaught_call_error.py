# Uncaught TypeError from a bad call, reported against the call site.
def connect(host, port, *, timeout=10):
    return f"{host}:{port} ({timeout}s)"

print(connect("localhost", 80))
print(connect("localhost", 80, 5))
