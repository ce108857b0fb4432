"""TempEval-3 scoring on small hand-made cases."""
import pytest

from timeline.engine.score import count_document, summarize


def timex(start, end, value, type_="DATE"):
    return {"start": start, "end": end, "value": value, "type": type_}


def test_exact_match_scores_one():
    gold = [timex(0, 7, "2025-08-12")]
    scores = summarize(count_document(gold, [timex(0, 7, "2025-08-12")]))
    assert scores["strict"]["f1"] == scores["relaxed"]["f1"] == scores["value_f1"] == 1.0


def test_overlap_counts_relaxed_only_and_value_accuracy_uses_relaxed_matches():
    gold = [timex(3, 10, "2025-08-12"), timex(20, 24, "2019")]
    predicted = [timex(0, 10, "2025-08-12"), timex(20, 24, "2018"), timex(40, 45, "PAST_REF")]
    scores = summarize(count_document(gold, predicted))
    assert scores["strict"]["precision"] == pytest.approx(1 / 3)
    assert scores["strict"]["recall"] == pytest.approx(1 / 2)
    assert scores["relaxed"]["precision"] == pytest.approx(2 / 3)
    assert scores["relaxed"]["recall"] == 1.0
    assert scores["value_accuracy"] == 0.5
    assert scores["value_f1"] == pytest.approx(0.8 * 0.5)


def test_one_prediction_matches_one_gold_expression():
    gold = [timex(0, 5, "P1D", "DURATION"), timex(6, 11, "2025")]
    scores = summarize(count_document(gold, [timex(0, 11, "2025")]))
    assert scores["relaxed"]["recall"] == 0.5
