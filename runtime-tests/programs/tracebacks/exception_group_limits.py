# Very wide groups show 15 sub-exceptions and "and N more exceptions"; very deep nesting
# stops at depth 10.
import sys

wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
sys.excepthook(ExceptionGroup, wide, None)

deep = ValueError("leaf")
for i in range(12):
    deep = ExceptionGroup("level %d" % i, [deep])
raise deep
