# raise SystemExit("msg"): message on stderr, status 1.
print("about to fail")
raise SystemExit("fatal: configuration missing")
