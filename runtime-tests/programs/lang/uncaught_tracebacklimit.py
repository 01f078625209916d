# sys.tracebacklimit limits the printed frames to the innermost ones.
import sys
sys.tracebacklimit = 1
def a(): b()
def b(): c()
def c(): raise ValueError("limited")
a()
