"""Classification metrics shared by the scorers: accuracy, per-class P/R/F1, macro and weighted F1."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Optional

__all__ = ["classification_report", "precision_recall_f1"]


def precision_recall_f1(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 from true positives and the predicted and gold counts."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def classification_report(gold: Sequence[Optional[str]], predicted: Sequence[Optional[str]]) -> dict:
    """Score predicted labels against gold ones (None = no label).

    RETURNS (dict): accuracy, macro_f1 and weighted_f1 over gold classes, per_class
    {label: {precision, recall, f1, support}}, and confusion {gold: {predicted: n}}.
    """
    pairs = list(zip(gold, predicted))
    correct = sum(g == p for g, p in pairs)
    support = Counter(g for g, _ in pairs if g is not None)
    predicted_count = Counter(p for _, p in pairs if p is not None)
    true_positive = Counter(g for g, p in pairs if g is not None and g == p)
    per_class = {}
    for label in sorted(support):
        precision = true_positive[label] / predicted_count[label] if predicted_count[label] else 0.0
        recall = true_positive[label] / support[label]
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {"precision": precision, "recall": recall, "f1": f1, "support": support[label]}
    total = sum(support.values())
    confusion: dict[str, Counter] = {}
    for g, p in pairs:
        confusion.setdefault(str(g), Counter())[str(p)] += 1
    return {
        "n": len(pairs),
        "accuracy": correct / len(pairs) if pairs else 0.0,
        "macro_f1": sum(c["f1"] for c in per_class.values()) / len(per_class) if per_class else 0.0,
        "weighted_f1": sum(c["f1"] * c["support"] for c in per_class.values()) / total if total else 0.0,
        "per_class": per_class,
        "confusion": {g: dict(c) for g, c in confusion.items()},
    }
