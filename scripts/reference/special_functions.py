"""Reference values for test/internal/specialFunctions.test.ts, computed with mpmath at 50 digits.

Run: python3 scripts/reference/special_functions.py  (mpmath 1.3). Not needed by the tests.
"""
from mpmath import mp, loggamma, log, beta, digamma, hyp2f1, mpf

mp.dps = 50

def show(name, args, value):
    print(f"  [{', '.join(repr(float(a)) for a in args)}, {float(value)!r}], // {name}")

print("logGamma")
for x in [
    1e-300, 1e-8, 0.1, 0.5, 0.9, 0.999, 1.001, 1.5, 1.999, 2.5, 3.7, 9.99, 10, 10.01, 33.3, 171.5, 1e5, 1e10, 1e300
]:
    show("lnGamma", [x], loggamma(mpf(x)))
print("logBeta")
for a, b in [
    (0.5, 0.5), (1, 1), (2.5, 3.5), (0.243, 1e6), (1e-3, 1e12),
    (0.793, 2.426 + 29), (20, 30), (12.5, 1e8), (3, 1e300), (1e5, 1e5),
]:
    with mp.workdps(400):  # 50 digits cannot tell 1e300 + 3 from 1e300
        show("lnB", [a, b], loggamma(mpf(a)) + loggamma(mpf(b)) - loggamma(mpf(a) + mpf(b)))
print("digamma")
for x in [1e-5, 0.243, 0.5, 1, 2.426, 9.5, 10, 123.4, 1e8]:
    show("psi", [x], digamma(mpf(x)))
print("hyp2f1")
cases = [
    (0.5, 0.5, 1.5, 0.25), (1, 1, 2, 0.95), (1.2, 3.4, 5.6, 0.999), (2.5, 1.5, 3.7, 0.97),
    (30.85, 1.606, 31.85, 0.3), (30.85, 29.553, 31.85, 0.09), (100.5, 1.6, 101.5, 0.99),
    (0.3, 0.7, 1.9, -0.5), (0.3, 0.7, 1.9, -20), (2.243, 2.426 + 2, 0.793 + 2.426 + 1, 39 / (4.414 + 38.86 + 39)),
    (0.243, 2.426, 2.219, 0.95), (0.243, 2.426, 2.219, 0.9999), (5, -3, 2, 0.7), (1.5, 2.5, 4.0, 0.95),
    (50.2, 60.3, 70.1, 0.5), (1, 40.5, 42.1, 0.999), (3.3, 1.0001, 4.3, 0.995),
]
for a, b, c, z in cases:
    show("2F1", [a, b, c, z], hyp2f1(mpf(a), mpf(b), mpf(c), mpf(z)))
