# Relative imports inside packages: `.`, `..`, `...`, from a package's __init__ too.
import fixtures.pkg.alpha as alpha
import fixtures.pkg.sub as sub
import fixtures.pkg.sub.deep as deep
import fixtures.rel.inner.ok as ok

print(alpha.A)
print(sub.up_beta.B, sub.up_beta is alpha.beta)
print(deep.DEEP)
print(ok.OK)
