"""Reference predictions for test/models/*.test.ts, in mpmath at 30 digits, from the published
parameters (FHL 2005: BG/NBD r = 0.243, alpha = 4.414, a = 0.793, b = 2.426; Pareto/NBD
r = 0.553, alpha = 10.578, s = 0.606, beta = 11.669) with the papers' formulas.

Run: python3 scripts/reference/btyd_predictions.py  (mpmath 1.3). The tests do not need Python.
"""
from mpmath import mp, mpf, hyp2f1, log, quad, exp, gamma, inf

mp.dps = 30
r, alpha, a, b = mpf("0.243"), mpf("4.414"), mpf("0.793"), mpf("2.426")


def bg_alive(x, tx, T):  # FHL 2005 eq. (13)
    return 1 / (1 + (a / (b + x - 1) * ((alpha + T) / (alpha + tx)) ** (r + x) if x > 0 else 0))


def bg_conditional(x, tx, T, t):  # FHL 2005 eq. (10)
    bracket = 1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t))
    return (a + b + x - 1) / (a - 1) * bracket * bg_alive(x, tx, T)


def bg_new(t):  # FHL 2005 eq. (7)
    return (a + b - 1) / (a - 1) * (1 - (alpha / (alpha + t)) ** r * hyp2f1(r, b, a + b - 1, t / (alpha + t)))


pr, palpha, ps, pbeta = mpf("0.553"), mpf("10.578"), mpf("0.606"), mpf("11.669")


def pareto_alive(x, tx, T):
    # Not the note's 2F1 form: the definition, integrating the death time over (tx, T) numerically:
    # P(alive) = L(alive at T) / [L(alive at T) + ∫ L(died at tau) dtau], with lambda and mu
    # integrated out: L(alive) = (alpha/(alpha+T))^r ... written for the joint (r, alpha, s, beta).
    alive = 1 / ((palpha + T) ** (pr + x) * (pbeta + T) ** ps)
    died = quad(lambda tau: ps / ((palpha + tau) ** (pr + x) * (pbeta + tau) ** (ps + 1)), [tx, T])
    return alive / (alive + died)


def pareto_conditional(x, tx, T, t):  # SMC 1987 eq. (22)
    return (
        (pr + x)
        * (pbeta + T)
        / ((palpha + T) * (ps - 1))
        * (1 - ((pbeta + T) / (pbeta + T + t)) ** (ps - 1))
        * pareto_alive(x, tx, T)
    )


def pareto_new(t):  # SMC 1987 eq. (17)
    return pr * pbeta / (palpha * (ps - 1)) * (1 - (pbeta / (pbeta + t)) ** (ps - 1))


for x, tx, T in [
    (2, mpf("30.43"), mpf("38.86")),
    (0, 0, mpf("38.86")),
    (7, mpf("35.0"), mpf("38.86")),
    (3, mpf("5.0"), mpf("38.86")),
]:
    for name, alive, conditional in [
        ("BG/NBD", bg_alive, bg_conditional),
        ("Pareto/NBD", pareto_alive, pareto_conditional),
    ]:
        print(
            name + " alive", x, tx, T, repr(float(alive(x, tx, T))),
            "E[Y(39)]", repr(float(conditional(x, tx, T, 39))),
            "E[Y(100)]", repr(float(conditional(x, tx, T, 100))),
        )
for t in [1, 39, 78, 1000]:
    print("new customer", t, "BG/NBD", repr(float(bg_new(t))), "Pareto/NBD", repr(float(pareto_new(t))))

# The other branch of the Pareto/NBD 2F1 (alpha > beta): the same definitions with alpha and beta exchanged.
palpha, pbeta = mpf("11.669"), mpf("10.578")
for x, tx, T in [(2, mpf("30.43"), mpf("38.86")), (3, mpf("5.0"), mpf("38.86"))]:
    print("Pareto/NBD alpha > beta alive", x, tx, T, repr(float(pareto_alive(x, tx, T))))

# BG/NBD at a = 1 exactly: the limit of eq. (7) and (10) as a -> 1, by mpmath's limit.
from mpmath import limit
palpha, pbeta = mpf("10.578"), mpf("11.669")
def at_a(value, f):
    global a
    saved, a = a, value
    try:
        return f()
    finally:
        a = saved
print("BG/NBD a = 1 new customer t = 39", repr(float(limit(lambda v: at_a(v, lambda: bg_new(39)), 1))))
print(
    "BG/NBD a = 1 E[Y(39) | 2, 30.43, 38.86]",
    repr(float(limit(lambda v: at_a(v, lambda: bg_conditional(2, mpf("30.43"), mpf("38.86"), 39)), 1))),
)
# Pareto/NBD at s = 1: the limit of the bracket over s - 1 is ln(1 + t/beta).
print("Pareto/NBD s = 1 new customer t = 39", repr(float(pr * pbeta / palpha * log(1 + 39 / pbeta))))
