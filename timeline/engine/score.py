"""TempEval-3 scoring of predicted temporal expressions against gold ones.

Spans match strictly (same offsets) or relaxed (any overlap, one to one);
value accuracy is over the relaxed matches; value F1 = relaxed F1 x accuracy.
"""
from dataclasses import dataclass


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other):
        for name in ("gold", "predicted", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def f1(matched_gold, gold, matched_predicted, predicted):
    precision = matched_predicted / predicted if predicted else 0.0
    recall = matched_gold / gold if gold else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def relaxed_pairs(gold, predicted):
    """One-to-one pairs of overlapping gold and predicted timexes (largest overlap first)."""
    overlaps = []
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(predicted):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > 0:
                overlaps.append((-overlap, g_index, p_index))
    used_gold, used_predicted, pairs = set(), set(), []
    for _, g_index, p_index in sorted(overlaps):
        if g_index not in used_gold and p_index not in used_predicted:
            used_gold.add(g_index)
            used_predicted.add(p_index)
            pairs.append((gold[g_index], predicted[p_index]))
    return pairs


def count_document(gold, predicted):
    counts = Counts(gold=len(gold), predicted=len(predicted))
    gold_spans = {(g["start"], g["end"]) for g in gold}
    counts.strict = sum((p["start"], p["end"]) in gold_spans for p in predicted)
    pairs = relaxed_pairs(gold, predicted)
    counts.relaxed = len(pairs)
    counts.value = sum(g["value"] == p["value"] for g, p in pairs)
    counts.type = sum(g["type"] == p["type"] for g, p in pairs)
    return counts


def summarize(counts):
    strict = f1(counts.strict, counts.gold, counts.strict, counts.predicted)
    relaxed = f1(counts.relaxed, counts.gold, counts.relaxed, counts.predicted)
    value_accuracy = counts.value / counts.relaxed if counts.relaxed else 0.0
    type_accuracy = counts.type / counts.relaxed if counts.relaxed else 0.0
    return {
        "documents_gold_timexes": counts.gold,
        "predicted_timexes": counts.predicted,
        "strict": dict(zip(("precision", "recall", "f1"), strict)),
        "relaxed": dict(zip(("precision", "recall", "f1"), relaxed)),
        "value_accuracy": value_accuracy,
        "type_accuracy": type_accuracy,
        "value_f1": relaxed[2] * value_accuracy,
    }
