"""Merging: one event per real-world happening, across articles.

Candidates from different articles become one event when their dates are
compatible (one range lies within the other) and their clauses tell of the
same thing: words in common beyond names, and a weighted overlap of entities
and lemmas that must be higher the less the dates say (a shared day says
much, a shared year little). Candidates a few days apart that tell the same
story in the same words are merged too, and the event is flagged as a
conflict with both readings kept. One article contributes at most one
candidate to an event: an article's distinct mentions stay distinct events.
Candidates are any objects with: article, value, granularity, start, end,
confidence, lemmas, entities (MergeCandidate is the plainest).
"""
import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

# Similarity needed to merge, by how much the dates already say: two articles
# naming the same day are probably telling of one happening if their clauses
# share anything specific; a shared year says little.
NEEDED_SAME_DAY = 0.02
NEEDED_COMPATIBLE = 0.12
NEEDED_DESPITE_DATES = 0.3   # dates that disagree...
NEAR_DAYS = 7                # ...by at most this many days
AGREEMENT_BONUS = 0.04     # confidence added per further source that agrees


@dataclass(eq=False)
class MergeCandidate:
    """The plainest candidate merge() takes: one article's dated statement."""
    article: object
    value: str
    granularity: str
    start: date
    end: date
    confidence: float
    lemmas: frozenset = frozenset()
    entities: frozenset = frozenset()

    @classmethod
    def of(cls, article, event):
        """From an ``events.EventCandidate`` of ``article``."""
        return cls(article, event.value, event.granularity, event.start, event.end, event.confidence,
                   frozenset(event.lemmas), frozenset(event.entities))


@dataclass
class MergedEvent:
    members: list = field(default_factory=list)   # candidates (any objects with the fields below)

    @property
    def articles(self):
        return {m.article for m in self.members}

    @property
    def readings(self):
        """The distinct dates the sources give, most confident first."""
        seen = {}
        for member in sorted(self.members, key=lambda m: -m.confidence):
            seen.setdefault(member.value, member)
        return list(seen.values())

    @property
    def conflict(self):
        readings = self.readings
        return any(not compatible(a, b) for a in readings for b in readings if a is not b)

    @property
    def lead(self):
        """The source whose date the event takes: the finest of the most confident reading's kind."""
        best = self.readings[0]
        agreeing = [m for m in self.members if compatible(m, best)]
        return min(agreeing, key=lambda m: ((m.end - m.start).days, -m.confidence))

    @property
    def confidence(self):
        lead = self.lead
        agreeing = sum(1 for m in self.members if compatible(m, lead)) - 1
        score = max(m.confidence for m in self.members if compatible(m, lead)) + AGREEMENT_BONUS * agreeing
        if self.conflict:
            score *= 0.6
        return round(min(score, 0.99), 2)


def compatible(a, b):
    """Whether two dated candidates can be about one moment: one range lies within the other."""
    return a.start <= b.start and b.end <= a.end or b.start <= a.start and a.end <= b.end


def _similarity_needed(candidate, event):
    """How alike the candidate must be to join ``event``; None when it cannot join at all."""
    members = event.members
    if candidate.article in event.articles or not any(_could_be_one(candidate, m) for m in members):
        return None
    if all(m.granularity == "day" and m.value == candidate.value for m in members):
        return NEEDED_SAME_DAY
    if all(compatible(candidate, m) for m in members):
        return NEEDED_COMPATIBLE
    if all(_days_apart(candidate, m) <= NEAR_DAYS and len(_story_words(candidate) & _story_words(m)) >= 3
           for m in members):
        return NEEDED_DESPITE_DATES   # the same story told with other dates: same words, not only names
    return None


def _within_reach(candidate, event):
    """A cheap test before the others: whatever else it takes, joining needs a candidate within
    NEAR_DAYS of every member, so of the stretch the event's members cover."""
    first = min(m.start for m in event.members)
    last = max(m.end for m in event.members)
    return (candidate.start - last).days <= NEAR_DAYS and (first - candidate.end).days <= NEAR_DAYS


def _could_be_one(a, b):
    """Whether two clauses tell of the same thing: two words in common, or one and a name.
    A shared place or person alone is not enough ("a fire in Chittagong", "a strike in Chittagong")."""
    words = (_story_words(a) & b.lemmas) | (a.lemmas & _story_words(b))
    return len(words) >= 2 or bool(words) and bool(a.entities & b.entities)


def _story_words(candidate):
    """The clause's words that are not part of a name: what happened, not who."""
    names = {word for entity in candidate.entities for word in entity.split()}
    return candidate.lemmas - names


def _days_apart(a, b):
    return max((b.start - a.end).days, (a.start - b.end).days, 0)


def features(candidate):
    """What a candidate's clause is about: its named entities, the words of its
    multi-word entities, and its lemmas."""
    words = {f"w:{word}" for entity in candidate.entities for word in entity.split() if len(entity.split()) > 1}
    return {f"e:{e}" for e in candidate.entities} | words | {f"l:{lemma}" for lemma in candidate.lemmas}


def feature_weights(candidates):
    """Rarer features say more: inverse document frequency over the candidates."""
    counts = Counter(f for c in candidates for f in features(c))
    total = len(candidates) or 1
    return {f: math.log(1 + total / n) * (2 if f.startswith("e:") else 1) for f, n in counts.items()}


def similarity(a, b, weights):
    """Weighted Jaccard overlap of two candidates' features."""
    first, second = features(a), features(b)
    union = sum(weights.get(f, 1.0) for f in first | second)
    return sum(weights.get(f, 1.0) for f in first & second) / union if union else 0.0


def merge(candidates):
    """Group candidates into events; returns MergedEvents in date order."""
    weights = feature_weights(candidates)
    events = []
    for candidate in sorted(candidates, key=lambda c: (-c.confidence, c.article, c.start)):
        best, best_score = None, 0.0
        for event in events:
            if not _within_reach(candidate, event):
                continue
            needed = _similarity_needed(candidate, event)
            if needed is None:
                continue
            score = max(similarity(candidate, m, weights) for m in event.members)
            if score >= needed and score - needed > best_score:
                best, best_score = event, score - needed
        if best is None:
            events.append(MergedEvent([candidate]))
        else:
            best.members.append(candidate)
    return sorted(events, key=lambda e: (e.lead.start, e.lead.end))
