# Module-level state mutated from functions with and without global.
config = {"level": 1}
history = []
count = 0
def mutate_without_global():
    config["level"] += 1
    history.append("mutated")
def rebind_without_global():
    config = {"level": 99}
    return config
def rebind_with_global():
    global config, count
    config = {"level": -1}
    count += 1
mutate_without_global()
print(config, history)
print(rebind_without_global(), config)
rebind_with_global()
print(config, count)
def reader():
    return count * 10
count = 5
print(reader())
def define_later():
    return later_defined()
def later_defined():
    return "resolved at call time"
print(define_later())
def shadow_then_global():
    def inner():
        global count
        count = 1000
    count = "local"
    inner()
    return count
print(shadow_then_global(), count)
print(sorted(k for k in globals() if not k.startswith("__")))
