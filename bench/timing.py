"""What the scripts in bench/ share: their command-line options and a CPU-time best-of-N timer.

CPU seconds of this process (``time.process_time``), so other jobs on a shared machine do not
skew the numbers; the best of ``--repeat`` passes is kept.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable


def parse_arguments(description: str) -> argparse.Namespace:
    """The options every bench script takes: ``--docs N`` (bundled corpus documents to use)
    and ``--repeat R`` (timed passes)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--docs", type=int, default=203, help="corpus documents to use")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (best is kept)")
    return parser.parse_args()


def best_cpu_seconds(repeat: int, work: Callable[[], object]) -> float:
    """The least CPU time of ``repeat`` runs of ``work``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best
