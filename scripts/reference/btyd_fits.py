"""Independent reference values for test/models/*.test.ts: BG/NBD and Pareto/NBD fitted to the
CDNOW calibration summary with scipy.optimize on likelihoods written here from the papers, and
standard errors from mpmath's numerical Hessian of the log-likelihood at 30 digits.

Run: python3 scripts/reference/btyd_fits.py  (numpy, scipy 1.17, mpmath 1.3; about a minute).
The tests do not need Python.

BG/NBD: Fader, Hardie and Lee (2005), "Counting Your Customers the Easy Way", Marketing Science
24(2), equation (6). Pareto/NBD: Fader, Hardie (2005), "A Note on Implementing the Pareto/NBD
Model in MATLAB", equations (1)-(3) (2F1 from scipy.special.hyp2f1).
"""
import csv
from collections import Counter

import numpy as np
from mpmath import mp, mpf, loggamma as mlg, hyp2f1 as mhyp, log as mlog, exp as mexp, diff
from scipy.optimize import minimize
from scipy.special import gammaln, betaln, hyp2f1

rows = Counter()
with open("test/fixtures/cdnow/cdnow_summary.csv") as f:
    for r in csv.DictReader(f):
        rows[(int(r["x"]), float(r["t_x"]), float(r["T"]))] += 1


def columns(histories):
    """The columns x, t_x, T and counts n of a Counter of histories (x, t_x, T), and their total."""
    keys = sorted(histories)
    counts = np.array([histories[k] for k in keys], float)
    return (np.array([k[0] for k in keys], float), np.array([k[1] for k in keys]), np.array([k[2] for k in keys]),
            counts, counts.sum())


x, tx, T, n, N = columns(rows)


def bgnbd_ll(p):
    r, alpha, a, b = p
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = betaln(a, b + x) - betaln(a, b)
    a3 = -(r + x) * np.log(alpha + T)
    a4 = np.where(x > 0, np.log(a) - np.log(b + x - 1) - (r + x) * np.log(alpha + tx), -np.inf)
    return float(np.sum(n * (a1 + a2 + np.logaddexp(a3, a4))))


def pareto_ll(p):
    r, alpha, s, beta = p
    a, b_big = (alpha, beta) if alpha >= beta else (beta, alpha)
    second = s + 1 if alpha >= beta else r + x
    c = r + s + x
    f1 = hyp2f1(c, second, c + 1, (a - b_big) / (a + tx)) / (a + tx) ** c
    f2 = hyp2f1(c, second, c + 1, (a - b_big) / (a + T)) / (a + T) ** c
    a0 = f1 - f2
    l = 1 / ((alpha + T) ** (r + x) * (beta + T) ** s) + s / c * a0
    return float(np.sum(n * (gammaln(r + x) - gammaln(r) + r * np.log(alpha) + s * np.log(beta) + np.log(l))))


def fit(ll, start):
    f = lambda q: -ll(np.exp(q)) / N
    res = minimize(
        f,
        np.log(start),
        method="Nelder-Mead",
        options={"xatol": 1e-12, "fatol": 1e-15, "maxiter": 20000, "maxfev": 40000},
    )
    res = minimize(f, res.x, method="BFGS", options={"gtol": 1e-11})
    return np.exp(res.x), -res.fun * N


def mp_bgnbd(r, alpha, a, b):
    total = mpf(0)
    for xi, txi, Ti, ni in zip(x, tx, T, n):
        xi, txi, Ti = int(xi), mpf(txi), mpf(Ti)
        lb = lambda p, q: mlg(p) + mlg(q) - mlg(p + q)
        base = mlg(r + xi) - mlg(r) + r * mlog(alpha) + lb(a, b + xi) - lb(a, b)
        term = (alpha + Ti) ** -(r + xi)
        if xi > 0:
            term += a / (b + xi - 1) * (alpha + txi) ** -(r + xi)
        total += int(ni) * (base + mlog(term))
    return total


def mp_pareto(r, alpha, s, beta):
    total = mpf(0)
    for xi, txi, Ti, ni in zip(x, tx, T, n):
        xi, txi, Ti = int(xi), mpf(txi), mpf(Ti)
        a, bb = (alpha, beta) if alpha >= beta else (beta, alpha)
        second = s + 1 if alpha >= beta else r + xi
        c = r + s + xi
        a0 = (
            mhyp(c, second, c + 1, (a - bb) / (a + txi)) / (a + txi) ** c
            - mhyp(c, second, c + 1, (a - bb) / (a + Ti)) / (a + Ti) ** c
        )
        l = 1 / ((alpha + Ti) ** (r + xi) * (beta + Ti) ** s) + s / c * a0
        total += int(ni) * (mlg(r + xi) - mlg(r) + r * mlog(alpha) + s * mlog(beta) + mlog(l))
    return total


def hessian_and_gradient(mll, p):
    mp.dps = 30
    k = len(p)
    h = [[None] * k for _ in range(k)]
    g = []
    for i in range(k):
        order = [0] * k
        order[i] = 1
        g.append(diff(lambda *q: mll(*q), p, tuple(order)))
        for j in range(i, k):
            order = [0] * k
            order[i] += 1
            order[j] += 1
            h[i][j] = h[j][i] = diff(lambda *q: mll(*q), p, tuple(order))
    return mp.matrix(h), mp.matrix(g)


def polish_and_standard_errors(mll, p):
    """Two Newton steps on mpmath's 30-digit log-likelihood from scipy's optimum (the Hessian of
    the first point reused), then standard errors from the Hessian: sqrt(diag((-H)^-1))."""
    mp.dps = 30
    p = mp.matrix([mpf(float(v)) for v in p])
    h, g = hessian_and_gradient(mll, list(p))
    for _ in range(2):
        p = p - h ** -1 * g
        g = mp.matrix(
            [diff(lambda *q: mll(*q), list(p), tuple(1 if j == i else 0 for j in range(len(p)))) for i in range(len(p))]
        )
    cov = (-h) ** -1
    return (
        [repr(float(v)) for v in p],
        repr(float(mll(*list(p)))),
        [float(mp.sqrt(cov[i, i])) for i in range(len(p))],
        [float(v) for v in g],
    )


for name, ll, mll, start in [
    ("BG/NBD", bgnbd_ll, mp_bgnbd, [1, 1, 1, 1]),
    ("Pareto/NBD", pareto_ll, mp_pareto, [1, 1, 1, 1]),
]:
    p, value = fit(ll, start)
    print(name, "scipy parameters", [repr(float(v)) for v in p], "log-likelihood", repr(value))
    polished, value, se, g = polish_and_standard_errors(mll, p)
    print(name, "mpmath Newton-polished parameters", polished, "log-likelihood", value, "gradient", g)
    print(name, "standard errors", se, flush=True)

# Predictions at the published BG/NBD parameters and at the fitted ones, in mpmath.
mp.dps = 30
r, alpha, a, b = [mpf(v) for v in fit(bgnbd_ll, [1, 1, 1, 1])[0]]
def bg_expected(xi, txi, Ti, t):
    xi, txi, Ti, t = mpf(xi), mpf(txi), mpf(Ti), mpf(t)
    num = (a + b + xi - 1) / (a - 1) * (
        1 - ((alpha + Ti) / (alpha + Ti + t)) ** (r + xi) * mhyp(r + xi, b + xi, a + b + xi - 1, t / (alpha + Ti + t))
    )
    den = 1 + (a / (b + xi - 1) * ((alpha + Ti) / (alpha + txi)) ** (r + xi) if xi > 0 else 0)
    return num / den
print("BG/NBD E[Y(39) | 2, 30.43, 38.86] =", repr(float(bg_expected(2, 30.43, 38.86, 39))))

# The fits again on exact weeks (days / 7) from the raw transactions, as rfmSummary computes them:
# cdnow_summary.csv rounds t_x and T to two decimals, which moves the Pareto/NBD beta from
# 11.66873 (exact weeks, the note's 11.669) to 11.66791.
from datetime import date

end = date(1997, 9, 30).toordinal()
days = {}
with open("test/fixtures/cdnow/cdnow_sample_transactions.txt") as f:
    for line in f:
        _, customer, day, _, _ = line.split()
        ordinal = date(int(day[:4]), int(day[4:6]), int(day[6:])).toordinal()
        if ordinal <= end:
            days.setdefault(int(customer), set()).add(ordinal)
exact = Counter((len(d) - 1, (max(d) - min(d)) / 7, (end - min(d)) / 7) for d in days.values())
x, tx, T, n, N = columns(exact)
for name, ll in [("BG/NBD", bgnbd_ll), ("Pareto/NBD", pareto_ll)]:
    p, value = fit(ll, [1, 1, 1, 1])
    print(name, "exact weeks: scipy parameters", [repr(float(v)) for v in p], "log-likelihood", repr(value), flush=True)
