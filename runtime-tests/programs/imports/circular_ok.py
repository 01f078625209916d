# Two modules importing each other: the second finds the first half-made in sys.modules.
import fixtures.circ.a as a

print(a.A_NAME, a.use_b(), a.b.use_a())
import fixtures.circ.b as b

print(b is a.b, b.a is a)
