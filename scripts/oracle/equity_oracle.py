#!/usr/bin/env python3
"""High-precision reference for the equity measures (standards.md §1 and §9).

Reads {"datasets": [{"weights": [...], "values": [...], "groups": [...]}]} on stdin and prints, per dataset,
the student-weighted CV, Gini, Theil T and L (with between/within by group) and McLoone/Verstegen.
Sums are exact (fractions.Fraction) where no logarithm is involved, and math.fsum (correctly rounded) where one
is, so the reference is accurate to about one ulp — independent of the TypeScript code under test.
"""
import json
import math
import sys
from fractions import Fraction


def cv(w, x):
    W = sum(w)
    mean = sum(wi * xi for wi, xi in zip(w, x)) / W
    var = sum(wi * (xi - mean) ** 2 for wi, xi in zip(w, x)) / W
    return math.sqrt(var) / mean, float(mean)


def gini(w, x):
    W = sum(w)
    R = sum(wi * xi for wi, xi in zip(w, x))
    pairs = sum(wi * wj * abs(xi - xj) for wi, xi in zip(w, x) for wj, xj in zip(w, x))
    return float(pairs / (2 * W * R))


def theil(w, x, groups):
    W = sum(w)
    R = sum(wi * xi for wi, xi in zip(w, x))
    mu = R / W
    t = math.fsum(float(wi * xi / R) * math.log(xi / mu) for wi, xi in zip(w, x) if xi > 0)
    zero = any(xi == 0 for xi in x)
    l = None if zero else math.fsum(float(wi / W) * math.log(mu / xi) for wi, xi in zip(w, x))
    labels = sorted(set(groups))
    within_t, between_t, within_l, between_l = [], [], [], []
    for g in labels:
        idx = [i for i, gi in enumerate(groups) if gi == g]
        wg = sum(w[i] for i in idx)
        rg = sum(w[i] * x[i] for i in idx)
        mug = rg / wg
        share, p = rg / R, wg / W
        if rg > 0:
            within_t.append(float(share) * math.fsum(float(w[i] * x[i] / rg) * math.log(x[i] / mug) for i in idx if x[i] > 0))
            between_t.append(float(share) * math.log(mug / mu))
        if not zero:
            within_l.append(float(p) * math.fsum(float(w[i] / wg) * math.log(mug / x[i]) for i in idx))
            between_l.append(float(p) * math.log(mu / mug))
    return {
        "theilT": t,
        "theilL": l,
        "withinT": math.fsum(within_t),
        "betweenT": math.fsum(between_t),
        "withinL": None if zero else math.fsum(within_l),
        "betweenL": None if zero else math.fsum(between_l),
    }


def mcloone(w, x):
    W = sum(w)
    cumulative = 0
    median = None
    for wi, xi in sorted(zip(w, x), key=lambda p: p[1]):
        cumulative += wi
        if cumulative * 2 >= W:
            median = xi
            break
    below = [(wi, xi) for wi, xi in zip(w, x) if xi <= median]
    above = [(wi, xi) for wi, xi in zip(w, x) if xi >= median]
    mc = sum(wi * xi for wi, xi in below) / (median * sum(wi for wi, _ in below))
    ve = sum(wi * xi for wi, xi in above) / (median * sum(wi for wi, _ in above))
    return float(median), float(mc), float(ve)


def main():
    data = json.load(sys.stdin)
    out = []
    for d in data["datasets"]:
        w = [Fraction(v) for v in d["weights"]]
        x = [Fraction(v) for v in d["values"]]  # exact binary value of each double
        c, mean = cv(w, x)
        median, mc, ve = mcloone(w, x)
        row = {"cv": c, "mean": mean, "gini": gini(w, x), "median": median, "mcLoone": mc, "verstegen": ve}
        row.update(theil(w, x, d["groups"]))
        out.append(row)
    json.dump({"results": out}, sys.stdout)


if __name__ == "__main__":
    main()
