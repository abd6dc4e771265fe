"""Scores -> confidences that mean what they say, and the thresholds of the two tiers.

Isotonic calibration by pool-adjacent-violators on the dev split (held back from training):
the scores are sorted, neighbouring blocks whose precision goes down are pooled until it only
goes up, and each block's precision (shrunk towards 1/2 by half a count, so a block of three is
not "100 %") is the confidence of every score that falls in it.

Tiers, chosen on the same split:
- "worth a look" from the confidence that gives the best F1 (recall counts as much as precision:
  a missed post is a leak, a false alarm costs a glance);
- "likely" from the lowest confidence above which at least 90 % of findings are right.
"""

from __future__ import annotations

from collections.abc import Sequence

from detectors.judgement import Calibration

LIKELY_PRECISION = 0.9


def isotonic(scores: Sequence[float], labels: Sequence[bool]) -> tuple[list[float], list[float]]:
    """(upper score edge, precision) of each monotone block."""
    pairs = sorted(zip(scores, labels, strict=True))
    blocks: list[list[float]] = []  # [positives, count, max score]
    for score, label in pairs:
        blocks.append([float(label), 1.0, score])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            last = blocks.pop()
            blocks[-1] = [blocks[-1][0] + last[0], blocks[-1][1] + last[1], last[2]]
    edges = [b[2] for b in blocks]
    rates = [(b[0] + 0.5) / (b[1] + 1.0) for b in blocks]
    for i in range(1, len(rates)):
        rates[i] = max(rates[i], rates[i - 1])
    return edges, rates


def calibrate(scores: Sequence[float], labels: Sequence[bool]) -> Calibration:
    edges, rates = isotonic(scores, labels)
    table = Calibration(tuple(edges), tuple(round(r, 4) for r in rates), 1.0, 1.0)
    confidences = [table(s) for s in scores]
    positives = sum(labels) or 1
    levels = sorted(set(table.rates))

    def flagged(t: float) -> list[bool]:
        return [y for c, y in zip(confidences, labels, strict=True) if c >= t]

    def f1(t: float) -> float:
        hits = flagged(t)
        precision, recall = sum(hits) / max(1, len(hits)), sum(hits) / positives
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def precision(t: float) -> float:
        hits = flagged(t)
        return sum(hits) / len(hits) if hits else 1.0

    worth = max(levels, key=lambda t: (f1(t), -t))
    likely = min((t for t in levels if t >= max(worth, 0.5) and precision(t) >= LIKELY_PRECISION), default=1.0)
    return Calibration(table.scores, table.rates, round(likely, 4), round(worth, 4))
