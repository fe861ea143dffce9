"""Peer of dev.lathe.bench.BayesAbRun: the same Bayesian A/B cases with numpy/scipy, timed in one warm process.

Closed form: Evan Miller's sum, vectorised over its terms with scipy.special.betaln, and Stucchio's loss from it.
Monte Carlo: numpy's Generator.beta for three arms, 1,000,000 joint draws, P(best) and expected loss.
Usage: /usr/bin/python3 lathe-bench/peers/bayes_ab_peer.py [RUNS]
"""
import json
import sys
import time

import numpy as np
from scipy.special import betaln


def p_greater(ax, bx, ay, by):
    """P(X > Y) for X ~ Beta(ax, bx), Y ~ Beta(ay, by), ax a whole number."""
    i = np.arange(int(ax))
    logs = betaln(ay + i, by + bx) - np.log(bx + i) - betaln(1 + i, bx) - betaln(ay, by)
    m = logs.max()
    return float(np.exp(m + np.log(np.exp(logs - m).sum())))


def closed_form(a, b):
    pb = p_greater(b[0], b[1], a[0], a[1])
    loss_a = (b[0] / (b[0] + b[1]) * p_greater(b[0] + 1, b[1], a[0], a[1])
              - a[0] / (a[0] + a[1]) * p_greater(b[0], b[1], a[0] + 1, a[1]))
    return pb, loss_a, loss_a - (b[0] / sum(b) - a[0] / sum(a))


def monte_carlo(arms, draws, seed):
    rng = np.random.default_rng(seed)
    theta = np.stack([rng.beta(a, b, size=draws) for a, b in arms])
    best = theta.max(axis=0)
    p_best = np.bincount(theta.argmax(axis=0), minlength=len(arms)) / draws
    return p_best.tolist(), (best - theta).mean(axis=1).tolist()


def timed(fn, runs):
    seconds = []
    for _ in range(runs):
        t = time.perf_counter()
        value = fn()
        seconds.append(time.perf_counter() - t)
    return seconds, value


runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
a, b, c = (50001, 950001), (50401, 949601), (50201, 949801)
s, (pb, la, lb) = timed(lambda: closed_form(a, b), runs)
print(json.dumps({"case": "closed_form", "tool": "numpy/scipy", "first_seconds": round(s[0], 4),
                  "median_seconds": round(sorted(s)[runs // 2], 4), "p_b_better": pb, "loss_a": la, "loss_b": lb}))
s, (p_best, loss) = timed(lambda: monte_carlo([a, b, c], 1_000_000, 42), runs)
print(json.dumps({"case": "monte_carlo_3_arms_1m_draws", "tool": "numpy", "first_seconds": round(s[0], 4),
                  "median_seconds": round(sorted(s)[runs // 2], 4), "p_best": p_best, "loss": loss}))
