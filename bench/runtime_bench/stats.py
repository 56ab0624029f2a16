"""Summary statistics for benchmark samples."""

from __future__ import annotations

import math
from typing import Sequence


def percentile(samples: Sequence[float], fraction: float) -> float:
    """Return the `fraction` quantile of `samples` (0.5 is the median, 0.95 is p95).

    The quantile is linearly interpolated between the two closest ranks, which is the default
    method of numpy.percentile and of Python's statistics.quantiles(method="inclusive").
    """
    if not samples:
        raise ValueError("percentile of an empty sample list: measure at least one run first")
    if not 0.0 <= fraction <= 1.0:
        raise ValueError(f"invalid fraction {fraction}: expected a number between 0 and 1")
    ordered = sorted(samples)
    position = fraction * (len(ordered) - 1)
    lower = math.floor(position)
    upper = math.ceil(position)
    if lower == upper:
        return float(ordered[lower])
    weight = position - lower
    return ordered[lower] * (1.0 - weight) + ordered[upper] * weight


def summarize(samples: Sequence[float]) -> dict:
    """Return the count, median, p95, minimum and maximum of `samples`, or only the count when empty."""
    if not samples:
        return {"count": 0}
    return {
        "count": len(samples),
        "median": percentile(samples, 0.5),
        "p95": percentile(samples, 0.95),
        "min": float(min(samples)),
        "max": float(max(samples)),
    }


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """Return numerator / denominator, or None when either is missing or the denominator is zero."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator
