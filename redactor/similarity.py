"""chrF: a cheap, local stand-in for semantic similarity.

Character n-gram F-score (Popović 2015), n = 1..6, recall weighted by beta=2,
from 0 (nothing shared) to 1 (same text). The rephrase validator uses it to
reject drifting rewrites and the leak benchmark to score utility; callers
normalise the texts (case, whitespace) as their use needs.
"""
from __future__ import annotations

from collections import Counter


def chrf(reference: str, hypothesis: str, max_order: int = 6, beta: float = 2.0) -> float:
    if not reference or not hypothesis:
        return 1.0 if reference == hypothesis else 0.0
    precisions, recalls = [], []
    for order in range(1, max_order + 1):
        reference_grams = Counter(reference[i:i + order] for i in range(len(reference) - order + 1))
        hypothesis_grams = Counter(hypothesis[i:i + order] for i in range(len(hypothesis) - order + 1))
        if not reference_grams or not hypothesis_grams:
            continue
        overlap = sum((reference_grams & hypothesis_grams).values())
        precisions.append(overlap / sum(hypothesis_grams.values()))
        recalls.append(overlap / sum(reference_grams.values()))
    if not precisions:
        return 0.0
    precision, recall = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    if precision == 0 and recall == 0:
        return 0.0
    weight = beta * beta
    return (1 + weight) * precision * recall / (weight * precision + recall)
