# while loops with compound conditions, nested else clauses and state machines.
def tokens(text):
    i, out = 0, []
    while i < len(text):
        ch = text[i]
        if ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            out.append(int(text[i:j]))
            i = j
            continue
        if ch != " ":
            out.append(ch)
        i += 1
    return out
print(tokens("12 + 345*(6-7)"))
state, events = "idle", ["start", "pause", "resume", "bogus", "stop", "start"]
i = 0
while i < len(events) and state != "stopped":
    ev = events[i]
    i += 1
    if state == "idle" and ev == "start":
        state = "running"
    elif state == "running" and ev == "pause":
        state = "paused"
    elif state == "paused" and ev == "resume":
        state = "running"
    elif ev == "stop":
        state = "stopped"
    else:
        print("ignored", ev, "in", state)
        continue
    print("->", state)
else:
    print("ran out of events")
print("final", state, "consumed", i)
n, guess, lo, hi, steps = 37, None, 0, 100, 0
while guess != n:
    guess = (lo + hi) // 2
    steps += 1
    if guess < n:
        lo = guess + 1
    elif guess > n:
        hi = guess - 1
print("found", guess, "in", steps, "steps")
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
count = 0
while count < 10:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
    print("even", count)
else:
    print("no else after break")
