"""Events: what happened at each date an article names.

A point date ("on Tuesday", "in June"), or a duration that leads to one ("three
days later"), dates the clause it belongs to. A
duration tied to another clause by "after"/"before" ("a day after the US
designated the BLA") dates that clause: the anchor's date minus or plus the
duration. Durations, sets and fuzzy references are never events themselves.
"""
import re
from dataclasses import dataclass, field
from datetime import date

from . import values
from .analyze import GRANULARITY_NAMES
from .tense import (CHANGE_WORDS, CONTRACT_WORDS, MARKS_REACHED, PERIOD_NOUNS, SENSING, UNFORESEEN, governing_verb,
                    introduces_a_start, is_a_label, noun_phrase_before, to_infinitive, will_happen)
from .titles import (TIME_NOUNS, a_participle_taken_for_a_conjunct, capitalize, date_words, dateline_of,
                     hyphenated_end, hyphenated_tail, phrase_of, sentence_title, subject_of, title_of,
                     told_of_the_last_time)

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
# Words that tell of reporting, not of what happened: two articles "said" things on one day.
REPORTING = {"say", "tell", "add", "announce", "report", "state", "note", "claim", "quote", "cite", "comment",
             "official", "spokesman", "spokeswoman", "statement"}
# Nouns that name something that happens, for dates the parser hangs on the wrong word.
HAPPENINGS = {
    "visit", "trip", "meeting", "talk", "summit", "conference", "election", "vote", "referendum",
    "attack", "bombing", "blast", "explosion", "shooting", "strike", "raid", "crash", "clash", "war",
    "protest", "rally", "march", "ceremony", "speech", "hearing", "trial", "ruling", "launch", "deal",
    "agreement", "announcement", "designation", "arrest", "death", "killing", "hijacking", "storm",
    "earthquake", "quake", "fire", "flood", "opening", "release", "inauguration", "funeral", "wedding",
    "debut", "listing", "premiere", "revolution", "uprising", "coup", "blizzard", "hurricane", "massacre",
    "invasion", "recession", "rampage", "conclave", "ceasefire", "truce", "test", "default",
}
# "killed [in] an attack", "spoke [at] a rally": a happening as the scene of its verb
SETTING_PREPOSITIONS = {"in", "at", "by"}
# "returned from a trip on Monday": what is left behind dates no noun before the leaving
LEAVING = {"emerge", "return", "recover", "withdraw", "retire", "resign", "escape", "rebound", "exit", "flee"}
PREVENTING = {"block", "bar", "ban", "prevent", "stop", "keep", "prohibit", "exclude", "restrict", "stall",
              "deter", "discourage", "forbid", "suspend", "disqualify"}
SAYINGS = {"announcement", "statement", "remark", "comment", "warning", "threat", "pledge", "declaration",
           "speech", "appeal", "testimony", "admission", "confession", "apology"}
TIME_TELLING_SUBJECTS = {"it", "this", "today", "tomorrow", "yesterday", "tonight"}
OWNER_PRONOUNS = {"its", "his", "her"}
# Nouns that measure how much, not what happened: "grew at an annual rate of 3.5 percent in May"
MEASURES = {"rate", "pace", "level", "percent", "point", "average", "total"}
# what is done to figures or a report, on a day of its own, not in the period they are of
REVISING = {"revise", "release", "publish", "correct", "restate", "update"}
# changes by a multiple, beside tense's CHANGE_WORDS: "its second-quarter profit nearly tripled"
MULTIPLYING = {"double", "triple", "quadruple", "halve"}
BASELINE_WORDS = {"from", "than", "over", "versus", "vs", "vs.", "against"}
# the dates "N units after/before" may count from, by unit (a day for days, weeks and hours; not
# "last week": "opened fire last week ... six days before the attack" gives no day)
FINE_ENOUGH_TO_COUNT = {"M": {"day", "month"}, "Y": {"day", "month", "year"}}
LASTING_VERBS = {"last", "spend", "wait"}
ANCHOR_WORDS = {"after": +1, "before": -1, "following": +1, "since": +1, "prior": -1}
DURATION = re.compile(r"P(?P<amount>\d+(?:\.\d+)?)(?P<unit>D|W|M|Y)")
# What joins the two ends of a range: "June 15-16", "from 1990 to 1995", "Sept. 30 through Oct. 2"
RANGE_JOINS = re.compile(r"\s*(?:[-–]|to|through|until|till|and)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class EventCandidate:
    """One article's statement that something happened at a date."""

    timex: int                 # index of its temporal expression in the analysis
    sentence: int
    expression: str            # the words that date it ("Tuesday", "a day after")
    expression_start: int
    expression_end: int
    title: str
    value: str                 # the event's date as a TIMEX3 value
    granularity: str           # day | month | year
    start: date
    end: date
    confidence: float
    rule: str
    anchor: str
    lemmas: frozenset = field(default=frozenset())
    entities: frozenset = field(default=frozenset())
    length: str = ""           # a duration the clause gives the event ("a five-day visit": P5D)


def extract_events(analysis):
    """The event candidates of an analysed article, in text order."""
    doc, events, range_ends, verbs, periods = analysis.doc, [], set(), [], set()
    for index, timex in enumerate(analysis.timexes):
        dated = timex.as_date()   # a date, or a duration that leads to one ("three days later")
        if index in range_ends:
            continue
        if _a_baseline(doc, timex) or _only_tells_the_time(analysis, timex) or _restates_the_date_before(analysis, index) \
                or _closes_a_period(analysis, timex) or _names_a_contract(analysis.text, timex):
            if _range_end(analysis, index) is not None:
                range_ends.add(index + 1)   # (nor the year that closes its range: "since the 1989-[90] season")
            continue
        if dated is not None and _has_verb(doc, timex):
            through = _range_end(analysis, index)
            if through is not None:
                range_ends.add(index + 1)
            event, verb = _dated_event(analysis, index, dated, through)
            if _the_period_of_a_thing(doc, timex):
                if verb is not None and verb.lemma_.lower() in REVISING:
                    continue    # "The figures for February were revised": revised on no day the period gives
                periods.add(len(events))
            events.append(event)
            verbs.append(verb.i if verb is not None else None)
        elif timex.type == "DURATION":
            anchored = _anchored_event(analysis, index, timex)
            if anchored is not None:
                events.append(anchored)
                verbs.append(None)
    events, verbs = _without_periods_of_things_dated_otherwise(analysis, events, verbs, periods)
    return _without_the_vaguer_of_one_happening(events, verbs)


def _only_tells_the_time(analysis, timex):
    """"It's the end of October.", "Today is Monday.": the date is all the clause says (not "It
    is the coldest March since 1962", nor "The 1960s were a decade of upheaval")."""
    span = analysis.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("attr", "nsubj") or span.root.head.lemma_ != "be" \
            or any(c.dep_ == "amod" for c in span.root.children):
        return False
    told = [c for c in span.root.head.children if c.dep_ in ("attr", "nsubj") and c != span.root]
    return len(told) == 1 and (told[0].lower_ in TIME_TELLING_SUBJECTS or any(
        other.start <= told[0].idx < other.end and other.type in ("DATE", "TIME") for other in analysis.timexes))


def _names_a_contract(text, timex):
    """"Brent crude for June delivery", "the December futures contract": a month a contract is
    for, which is no happening."""
    after = text[timex.end:timex.end + 30].split(maxsplit=1)
    return bool(after) and after[0].lower().strip(".,;") in CONTRACT_WORDS


# "the year to March 31", "the 12 months to June": a year named by the day or month it runs up to
# (not "the three months to December", which the month it ends in dates closely enough)
PERIOD_UP_TO = re.compile(r"\b(?:year|half|(?:12|twelve)\s+months)\s+to\s+\Z", re.IGNORECASE)


def _closes_a_period(analysis, timex):
    """"the quarter ended Sept. 30", "for the year ending in March", "the year to March 31": the
    day a period ends says which period a figure is of; it is no happening."""
    if PERIOD_UP_TO.search(analysis.text, max(0, timex.start - 30), timex.start):
        return True     # ("for the year to March 31, 2014")
    span = analysis.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None else None
    if verb is None or verb.lemma_.lower() != "end":
        return False
    period = verb.head if verb.dep_ in ("acl", "relcl") else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return period is not None and period.lemma_.lower() in PERIOD_NOUNS   # (and "its quarter, which ended March 31")


def _restates_the_date_before(analysis, index):
    """"declared the siege over on Tuesday evening, four days later, after ...": a length that
    leads to the date just named, set beside it, says how long after, not when else."""
    timex = analysis.timexes[index]
    if not timex.leads_to or index == 0:
        return False
    before = analysis.timexes[index - 1]
    return before.sentence == timex.sentence and before.as_date() is not None \
        and analysis.text[before.end:timex.start].strip() == ","


def _the_period_of_a_thing(doc, timex):
    """"fourth-quarter results", "the March jobs report": a period naming what a thing is of,
    not a happening ("the 2010 earthquake" is one) nor a mark reached ("its 2007 peak")."""
    thing = _thing_named(doc, timex)
    return thing is not None and (timex.granularity != "day" or timex.rule == "holiday") and thing.pos_ == "NOUN" \
        and thing.lemma_.lower() not in HAPPENINGS | MARKS_REACHED   # ("its Thanksgiving recess" too)


def _thing_named(doc, timex):
    """The noun a date modifies ("fourth-quarter [results]", "the 2007 Virginia Tech [massacre]",
    "final [figures] for 2012")."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return None
    root = _first_conjunct(span.root)   # "the August and [September] totals"
    if root.dep_ == "pobj":
        preposition = _first_conjunct(root.head)   # "earnings for the last half of 1989 and [for 1990]"
        return preposition.head if preposition.lower_ == "for" and preposition.head.pos_ == "NOUN" else None
    return root.head if root.dep_ in ("compound", "amod", "nummod", "nmod", "poss") else None


def _first_conjunct(token):
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def _without_periods_of_things_dated_otherwise(analysis, events, verbs, periods):
    """"Apple will report fourth-quarter results on Jan. 28": one event, on the 28th; the quarter
    the results are of makes none where the clause's verb has a date of its own ("Final figures
    for 2012 will be released next spring"), not one it is compared with ("reported third-quarter
    net income of $27 million, twice the $13 million a year earlier")."""
    def dated_otherwise(index):
        return any(other != index and other not in periods and verbs[other] == verbs[index]
                   and events[other].sentence == events[index].sentence
                   and not analysis.timexes[events[other].timex].comparison for other in range(len(events)))
    kept = [index for index in range(len(events))
            if not (index in periods and verbs[index] is not None and dated_otherwise(index))]
    return [events[i] for i in kept], [verbs[i] for i in kept]


def _without_the_vaguer_of_one_happening(events, verbs):
    """"Last year, a storm in late June knocked out power": one happening, dated by both; the
    finer date (June) holds the coarser (last year), which makes no second event."""
    def finer_inside(event, verb, other, other_verb):
        if other is event or verb is None or other_verb != verb or other.sentence != event.sentence:
            return False
        if (other.start, other.end) == (event.start, event.end):   # "Thanksgiving falls on Nov. 28": the
            return len(other.title) > len(event.title)              # better titled of the two
        return event.start <= other.start and other.end <= event.end
    kept = []
    for event, verb in zip(events, verbs):
        if not any(finer_inside(event, verb, other, other_verb) for other, other_verb in zip(events, verbs)) \
                and not any((k.start, k.end, k.sentence, k.title) == (event.start, event.end, event.sentence, event.title)
                            for k in kept):
            kept.append(event)
    return kept


def _a_baseline(doc, timex):
    """"up 26 percent from a year earlier", "rose 9.3 percent compared with a year earlier": the
    period a figure is compared with names no happening of its own ("A year earlier, UniFirst
    earned $2.4 million" does)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    verb = governing_verb(span.root)
    if verb is not None and verb.lemma_.lower() == "compare":
        return True
    if _since_a_record(span) or _after_than(span) or _after_as_in(span) or _from_the_period_before(span) \
            or _a_plain_baseline(span, timex) or _excepted(span) or _the_frame_of_a_record(span):
        return True
    return timex.comparison and (any(t.lower_ in BASELINE_WORDS for t in list(span.root.ancestors)[:4])
                                 or _after_the_figure_compared_with(span))


def _after_the_figure_compared_with(span):
    """"rose to $2.2 billion from $2.03 billion in the year-earlier period": the period stands
    beside the figure "from" gives, both on the verb."""
    preposition = span.root.head
    if span.root.dep_ != "pobj" or preposition.dep_ != "prep":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "from" and c.i < preposition.i for c in preposition.head.children)


def _from_the_period_before(span):
    """"climbed 1.3 percent in August from July": the period a change in another is measured
    from (not "fell from July to September", a range)."""
    preposition = span.root.head
    if span.root.dep_ != "pobj" or preposition.lower_ != "from":
        return False
    siblings = [c for c in preposition.head.children if c.dep_ == "prep" and c != preposition]
    dated = any(c.lower_ in ("in", "on") and grandchild.dep_ == "pobj" and grandchild.ent_type_ == "DATE"
                for c in siblings for grandchild in c.children)
    return dated and not any(c.lower_ in ("to", "through", "until", "till", "into") for c in siblings)


def _a_plain_baseline(span, timex):
    """What a change is measured from ("fell to 7.2 percent from 7.3 percent in August"), unless
    a mark reached then, which is a happening of its own ("down from a peak of 150,000 in 2011")."""
    if not timex.baseline:
        return False
    marks = []   # the words between the date and "from", and what "from" names
    for token in span.root.ancestors:
        if token.lower_ == "from":
            marks += [c for c in token.children if c.dep_ == "pobj"]
            break
        marks.append(token)
    return not any(token.lemma_.lower() in MARKS_REACHED for token in marks)


def _the_frame_of_a_record(span):
    """"one of the busiest travel weekends of the year", "the worst day of the month": the period
    a record is counted in names no happening of its own."""
    if span.root.dep_ != "pobj" or span.root.head.lower_ != "of":
        return False
    record = span.root.head.head      # (not "for most of the next day", a part of it)
    return any(t.tag_ in ("JJS", "RBS") and t.lower_ not in ("most", "least") for t in (record, *record.children))


def _excepted(span):
    """"has been held every year since 1924 except in 1942, 1943 and 1944": when it did not happen."""
    return any(t.lower_ in ("except", "excepting") for t in list(span.root.ancestors)[:5])


def _after_than(span):
    """"six fewer than last year", "two hours earlier than in 2012": what is compared with (not
    a deadline: "no later than Friday")."""
    root = span.root
    if root.dep_ in ("npadvmod", "poss", "compound", "nmod") and root.head.dep_ == "pobj" \
            and root.head.head.lower_ == "than":
        return True     # ("more than the 3.5 percent gain last year": the date of the figure after "than")
    before = [t.lower_ for t in span.doc[max(span.start - 4, span.sent.start):span.start]]
    if before[-1:] != ["than"] and not (before[-2:-1] == ["than"] and before[-1] in ("in", "on", "at", "during")):
        return False
    before_than = before[:len(before) - before[::-1].index("than") - 1]
    return not (len(before_than) >= 2 and before_than[-2] in ("no", "not") and before_than[-1] in ("later", "earlier", "sooner"))


def _after_as_in(span):
    """"a target of 7.5 percent, the same as in 2012", "As in 2009, sales fell": a likeness to a
    time, not what happened then."""
    before = [t.lower_ for t in span.doc[max(span.start - 2, span.sent.start):span.start]]
    return before == ["as", "in"] or before == ["as", "during"]


def _since_a_record(span, reach=10):
    """"its lowest level since December 2008", "at home for the first time since 1918": the
    date a record is measured from names no happening told ("since the 1998 bombing" does;
    "levels not seen since 2008" is a record)."""
    since = _since_over(span.root)
    if since is None:
        return False
    before = span.doc[max(since.i - reach, span.sent.start):since.i]
    if any((t.tag_ in ("JJS", "RBS") or t.lower_ == "first") and not _at_least(t) for t in before):
        return True
    return _not_seen(before)


RECORD_PERIODS = PERIOD_NOUNS | {"season", "campaign"}


def _since_over(token, reach=3):
    """The "since" a date is the object of, maybe through the period it ends ("since [the year
    to] March 2008"); None if there is none."""
    if token.dep_ in ("nummod", "compound", "amod") and token.head.lemma_.lower() in RECORD_PERIODS:
        token = token.head      # ("since the 1989-90 season")
    for _ in range(reach):
        if token.dep_ != "pobj":
            return None
        if token.head.lower_ == "since":
            return token.head
        if token.head.lower_ not in ("to", "through"):
            return None     # ("since his release from prison in 1990" names a happening)
        token = token.head.head     # (the period a "to" or "through" hangs on)
    return None


def _not_seen(words):
    """"levels not seen since 2008", "a crisis unseen since the 1930s": a record too (not "he has
    not been seen since Friday", which tells when he was last seen)."""
    if not len(words) or words[-1].lower_ not in ("seen", "unseen") or words[-1].dep_ not in ("acl", "amod"):
        return False
    return words[-1].lower_ == "unseen" or any(t.lower_ in ("not", "never") for t in words[-3:-1])


def _at_least(token):
    """"At least five people have been killed since Nov. 30": a count, not a record."""
    return token.lower_ in ("least", "most") and token.i > 0 and token.nbor(-1).lower_ == "at"


def _has_verb(doc, timex):
    """Whether the expression's sentence says something happened ("WASHINGTON, August 8
    (Xinhua) --", a dateline, does not), and the expression is not its dateline ("CAIRO, July 4
    (Reuters) - Egypt's army chief announced ...")."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is not None and _entry_told_after_its_label(span) is not None:
        return True
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span.sent) \
        and span.start not in dateline_of(span.sent)


def _entry_told_after_its_label(span):
    """"- 1975: Threshold lowered to 60 votes.": the verb of a chronology's entry, which the
    parser put in a sentence of its own after the label."""
    sentence = span.sent
    if not is_a_label(span):
        return None
    hung = next((c for c in span.root.children if c.i >= span.end and c.pos_ in ("VERB", "AUX")), None)
    if hung is not None or any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return hung     # ("July 18, 1918: Born in the village of Mvezo", hung on the date)
    after = [span.doc[sentence.end].sent.root] if sentence.end < len(span.doc) else []
    return next((told for told in [sentence.root, *after] if told.i >= span.end
                 and (told.pos_ in ("VERB", "AUX") or _a_verb_taken_for_a_noun(told))), None)


def _a_verb_taken_for_a_noun(token):
    """"1999: [Steps] down after one term.": a chronology's present, which the tagger read as a
    plural noun opening a headline."""
    return token.tag_ == "NNS" and token.text[:1].isupper() and token.dep_ == "ROOT" \
        and token.i > 0 and any(c.dep_ in ("dobj", "prep", "advmod", "prt", "xcomp") for c in token.children)


def _range_end(analysis, index):
    """The date that closes a range the expression at ``index`` opens ("[June 15]-16",
    "between [1975] and 1979"), or None. "in 1990 and 1995" names two dates, not a range."""
    if index + 1 == len(analysis.timexes):
        return None
    first, second = analysis.timexes[index], analysis.timexes[index + 1]
    joint = analysis.text[first.end:second.start]
    if second.as_date() is None or first.sentence != second.sentence or not RANGE_JOINS.fullmatch(joint):
        return None
    before = analysis.text[max(0, first.start - 12):first.start]
    if joint.strip().lower() == "and" and not before.rstrip().lower().endswith("between"):
        return None
    return second.as_date()


def _dated_event(analysis, index, timex, through=None):
    """The event ``timex`` dates, and the verb it is told by (or None); ``through``: the date that
    closes its range, if it opens one."""
    doc = analysis.doc
    span = doc.char_span(timex.start, (through or timex).end, alignment_mode="expand")
    if timex.leads_to and span is not None and span.end < len(doc) and doc[span.end].lower_ != "of":
        span = doc[span.start:span.end + 1]   # "Two days later": the signal word names the date too
    verb = _past_a_bare_gerund(_past_a_start(governing_verb(span.root)), span) if span is not None else None
    verb = _past_a_plan_ahead(verb, timex, analysis.published)
    verb = _told_by_when(span, verb) if span is not None else verb
    if verb is None and span is not None:
        verb = _entry_told_after_its_label(span)
    noun = _event_noun(span) if span is not None else None
    if noun is not None and _the_verbs_one_object(noun, verb, span):
        noun = None     # "ministers agreed a deal on Saturday": the verb tells it ("Deal" would not)
    if noun is not None and _changed_over_its_period(noun, verb, timex):
        noun = None     # "its second-quarter profit nearly tripled": the change is the period's news
    if noun is not None:
        conjuncts = not _listed_as_an_example(noun)   # ("including the French Open in June and ...")
        title = capitalize(phrase_of(noun, date_words(span), limit=10, keep_conjuncts=conjuncts))
        if span.root.dep_ != "pobj" or len(title.split()) < 3:   # "last year's floods" reads well with its date
            title = capitalize(phrase_of(noun, set(), limit=10, keep_conjuncts=conjuncts))
        title = _owner_named(title, noun, verb) + hyphenated_tail(noun, title)
    else:
        title = title_of(verb, span) if verb is not None else sentence_title(span)
    first, last = timex.date_range()
    if through is not None:
        last = max(last, through.date_range()[1])
    event = EventCandidate(
        index, timex.sentence, span.text if span is not None else timex.text, timex.start,
        span.end_char if span is not None else timex.end, title,
        timex.value.split("T")[0], timex.granularity, first, last, timex.confidence, timex.rule, timex.anchor,
        *_features(verb if verb is not None else span.root, span), length=_length(analysis, timex, verb))
    return event, verb


def _past_a_plan_ahead(verb, timex, published):
    """"sent invitations to the event, [to be held] in Cupertino, last week": a day gone by dates
    no passive infinitive, which tells what is planned; it dates the verb the plan hangs on."""
    if verb is None or verb.dep_ not in ("advcl", "acl", "relcl") or verb.tag_ != "VBN" or not to_infinitive(verb) \
            or timex.date_range() is None or timex.date_range()[1] >= published:
        return verb
    return verb.head if verb.head.pos_ in ("VERB", "AUX") else verb


def _length(analysis, timex, verb):
    """The value of a duration in the clause of ``verb`` that describes the event itself
    ("visited the US in June on a five-day visit"), not a gap to another event."""
    doc = analysis.doc
    if verb is None:
        return ""
    clause = {t.i for t in _clause_tokens(verb)}
    for other in analysis.timexes:
        if other.type != "DURATION" or other.sentence != timex.sentence:
            continue
        other_span = doc.char_span(other.start, other.end, alignment_mode="expand")
        if other_span is None or other_span.root.i not in clause:
            continue
        follower = doc[other_span.end] if other_span.end < len(doc) else None
        if follower is None or follower.lower_ not in ANCHOR_WORDS and follower.lower_ not in ("ago", "earlier", "later"):
            return other.value
    return ""


def _anchored_event(analysis, index, timex):
    """"a day after X": X happened a day before the time the sentence is at."""
    doc = analysis.doc
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return None
    link = doc[span.end]
    direction = ANCHOR_WORDS.get(link.lower_)
    amount = DURATION.fullmatch(timex.value)
    if direction is None or amount is None or _a_length_lasted(span):
        return None
    verb = _anchored_verb(link)
    noun = _anchored_happening(link) if verb is None else None
    if verb is None and noun is None or _names_its_own_date(analysis, verb if verb is not None else noun, link):
        return None     # (nor "two months after elections on Jan. 22": dated by its own words)
    counted_in = _the_clause_counted_in(span)
    saying = _a_saying_counted_from(counted_in)
    anchor = _reference_before(analysis, index, amount["unit"], _a_saying_told_of(counted_in) or saying,
                               counted_in is not None and counted_in.tag_ == "VBD")   # ("The vote came a day after")
    if anchor is None or (noun is not None or saying) and anchor.sentence != timex.sentence:
        return None   # "arrested on Jan. 5, three days after the shooting": a happening needs its sentence's date,
        #               and so does a saying
    if counted_in is not None and will_happen(counted_in) and anchor.sentence != timex.sentence \
            and anchor.date_range()[0] <= analysis.published and not _introduced_by_for(span):
        return None   # "Kenyans voted on Monday. The winner will be sworn in two weeks after the results are
        #               announced": what will be is not at a day gone by (but a rest "for two weeks" told
        #               after Sunday's final starts from it)
    unit = amount["unit"]
    steps = float(amount["amount"])
    if not steps.is_integer():
        return None
    day = values.shift(anchor.date_range()[0], -direction * int(steps), unit)
    granularity_unit = unit if unit in ("D", "M", "Y") else "D"
    value = values.format_at(day, granularity_unit)
    first, last = values.date_range(value)
    expression = analysis.text[timex.start:link.idx + len(link)]
    title = title_of(verb, span) if verb is not None else capitalize(phrase_of(noun, set(), limit=10))
    return EventCandidate(
        index, timex.sentence, expression, timex.start, link.idx + len(link),
        title, value, GRANULARITY_NAMES[values.granularity(value)], first, last,
        round(min(anchor.confidence, 0.9) * 0.9, 2), f"{timex.rule}+{link.lower_}",
        f'"{anchor.text}" ({anchor.value})', *_features(verb if verb is not None else noun, span))


def _introduced_by_for(span):
    return span.start > 0 and span.doc[span.start - 1].lower_ == "for"


def _a_length_lasted(span):
    """"Jurors deliberated for about two days before finding her guilty", "The siege lasted two
    days before police stormed it": how long something went on, told in the past, is no gap
    counted from the day the story is at, which may be its end ("will rest for two weeks before
    starting his preparations" starts now)."""
    counted_in = _the_clause_counted_in(span)
    if counted_in is None or counted_in.tag_ != "VBD":
        return False
    return _introduced_by_for(span) or counted_in.lemma_.lower() in LASTING_VERBS


def _names_its_own_date(analysis, verb, link):
    """"two weeks after the February 6 earthquakes killed…", "35 years after the Blizzard of '78,
    which killed about 100 people": the clause is dated by its own words."""
    words = [*verb.subtree, *link.subtree]
    first, last = min(t.idx for t in words), max(t.idx + len(t) for t in words)
    # (not the date of a thing the clause names: "approved sanctions over the test, carried out on Feb. 12")
    # (nor that of a state's start: "met for the first time since Kim became leader in December 2011")
    described = {t.idx for clause in verb.subtree if clause.dep_ in ("relcl", "acl") and clause != verb
                 or a_participle_taken_for_a_conjunct(clause) or _opened_by_since(clause) for t in clause.subtree}
    return any(t.as_date() is not None and first <= t.start < last and t.start not in described
               and not _the_period_of_a_thing(analysis.doc, t) for t in analysis.timexes)
    #          (nor the period a thing is of: "a week before companies report first-quarter results")


def _opened_by_since(token):
    return token.dep_ == "prep" and token.lower_ == "since" or token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in token.children)


def _anchored_verb(link):
    """The verb of the clause introduced by "after"/"before" (none when it introduces a noun:
    "44 days after the shooting, following weeks of protests" is not dated by "following")."""
    for child in link.children:
        if child.pos_ in ("VERB", "AUX"):
            return child
        for grandchild in child.subtree:
            if grandchild.pos_ == "VERB" and not _describes_a_noun_below(grandchild, child):
                return grandchild
    if any(child.dep_ == "pobj" for child in link.children):
        return None
    following = [t for t in link.doc[link.i + 1: link.sent.end] if t.pos_ == "VERB"]
    return following[0] if following else None


def _describes_a_noun_below(verb, top):
    """Whether ``verb`` is in a clause describing a noun under ``top`` ("two days before the
    anniversary of the death of a woman [who died] in custody": the anniversary is counted to)."""
    token = verb
    while token != top and token.head != token:
        if token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False


def _anchored_happening(link):
    """The noun of happening "after"/"before" introduces ("three days after [the shooting]")."""
    return next((child for child in link.children if child.dep_ == "pobj" and child.lemma_.lower() in HAPPENINGS), None)


def _a_saying_counted_from(verb):
    """"Samaras said on Friday that Greece would not need a third bailout, a week after ministers
    approved the aid": a length on a saying, or on what it says of now or of what lies ahead (which
    a day gone by cannot date), counts from the saying's day."""
    if verb is None:
        return False
    if verb.lemma_.lower() in REPORTING:
        return True
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING and verb.tag_ in ("VB", "VBZ", "VBP")


def _a_saying_told_of(verb):
    """"The announcement came a day after ...": what is counted from is a saying, whose day the
    story does not move to."""
    return verb is not None and any(c.dep_ == "nsubj" and c.lemma_.lower() in SAYINGS for c in verb.children)


def _the_clause_counted_in(span):
    """The verb of the clause a length before "after" or "before" is counted in ("[came] a day
    after the council approved"), past the clause it counts from, which the parser may give it."""
    verb = governing_verb(span.root)
    if verb is not None and verb.dep_ == "advcl" and (span.root.head.dep_ == "mark" or any(
            c.dep_ == "mark" and c.lower_ in ANCHOR_WORDS for c in verb.children)):
        return verb.head    # ("after" made the mark of "approved", the length hung on either)
    return verb


def _reference_before(analysis, index, unit, from_a_saying=False, past=False):
    """The date the narrative is at when expression ``index`` comes, one named at least as finely
    as the ``unit`` counted from it (``from_a_saying``: a saying's day will do; ``past``: told in
    the past, no day still ahead): a day for "a day after", a month will do for "a month after"
    ("arrested in September 2012, a month after the lab was closed"). A coarser date in its own
    sentence keeps out one from sentences before that it does not hold ("won the U.S. Open last
    year, a month after winning gold" is not counted from a month named before; "hit on Friday.
    It is the 24th storm this year and comes a month after a quake" is)."""
    timex = analysis.timexes[index]
    earlier = [t for t in (t.as_date() for t in analysis.timexes[:index] if t.narrative or from_a_saying)
               if t is not None and not (past and t.date_range()[0] > analysis.published)]
    fine_enough = [t for t in earlier if values.granularity(t.value) in FINE_ENOUGH_TO_COUNT.get(unit, {"day"})]
    # (not a date naming a thing: "behind only the 2007 Virginia Tech massacre, and came three days after")
    same_sentence = [t for t in earlier if t.sentence == timex.sentence and _thing_named(analysis.doc, t) is None]
    if not same_sentence:
        return fine_enough[-1] if fine_enough else None
    within = [t for t in fine_enough if t.sentence == timex.sentence or _holds(same_sentence[-1].value, t.value)]
    return within[-1] if within else None


def _holds(coarse, fine):
    outer, inner = values.date_range(coarse), values.date_range(fine)
    return outer is not None and inner is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


# verbs that say only that something took place: "The deadliest came on March 4, when ..."
HAPPENED_VERBS = {"come", "happen", "occur", "be"}


def _told_by_when(date_span, verb):
    """"The deadliest came on March 4, when a suicide bomber struck a convoy": where the clause
    says no more than that something took place, the "when" clause on the date tells what."""
    if verb is None or verb.lemma_ not in HAPPENED_VERBS or told_of_the_last_time(verb) is not None:
        return verb     # ("The last time the court took up gay rights was in 2003, when ...": that time's)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
        return verb     # ("The attack came on March 4, when ...": the attack is the event)
    told = next((c for t in date_span for c in t.children if c.dep_ in ("relcl", "advcl") and c.pos_ == "VERB"
                 and any(w.lower_ == "when" and w.dep_ == "advmod" for w in c.children)), None)
    return told if told is not None else verb


def _past_a_bare_gerund(verb, date_span):
    """"announced his retirement from acting in July last year": a gerund with nothing of its own
    but the date the parser hung on it names an activity; the verb above tells the event. So does
    the verb a gerund is joined to without a subject or auxiliary of its own."""
    if verb is not None and verb.tag_ == "VBG" and verb.dep_ == "conj" and verb.head.pos_ == "VERB" \
            and verb.head.tag_ != "VBG" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children):
        return verb.head   # "would bring heavy snow and [freezing] rain": an adjective the parser took for a verb
    if verb is not None and verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.dep_ == "dobj" \
            and verb.head.head.pos_ == "VERB" and verb.head.head.lemma_ not in SENSING and date_span.start > verb.i \
            and not any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return verb.head.head   # "visited a shrine [honoring] the country's war dead on Thursday": what a
        #                         participle describes the object by is no happening of that day (but
        #                         "have seen numbers [dropping] through the nineties" is what was seen)
    if verb is not None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") and verb.head.pos_ == "VERB" \
            and verb.head.i < date_span.start and date_span.end == verb.i:
        return verb.head   # "posted messages the previous Saturday [hinting] at revenge": the date ends the clause before
    if verb is not None and verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and verb.i > 0 \
            and verb.nbor(-1).dep_ == "prep" and not any(verb.nbor(-1).children):
        return verb.head   # "stay below [freezing] through Tuesday": an object the parser took for a clause
    if verb is None or verb.tag_ != "VBG" or verb.dep_ != "pcomp" \
            or verb.head.lower_ not in ("from", "of", "about", "for"):
        return verb     # ("before retiring in 2005" is one)
    above = verb.head.head
    if above.pos_ == "NOUN" and above.dep_ == "dobj":
        above = above.head      # "announced [his retirement] from acting", the phrase hung on the object
    if above.pos_ not in ("VERB", "AUX"):
        return verb
    if verb.head.lower_ == "from" and above.lemma_.lower() in PREVENTING:
        return above    # "blocked workers from entering the park early Wednesday": the blocking is dated
    own = [c for c in verb.children if not (date_span.start <= c.i < date_span.end or
                                            any(date_span.start <= t.i < date_span.end for t in c.children))]
    return above if not own else verb


def _past_a_start(verb):
    """"declared three days of mourning starting Wednesday", "will lie in state beginning
    Wednesday": the date says when the verb before the participle starts; that verb names it."""
    if verb is not None and introduces_a_start(verb):
        above = verb.head if verb.head.pos_ in ("VERB", "AUX") else governing_verb(verb.head)
        if above is not None:   # (hung on a noun: "to dump a foot of snow on the area starting late Wednesday")
            return above
    return verb


def _event_noun(date_span):
    """The noun a date modifies: "the clash between India and Pakistan in May", "last year's floods"."""
    root, head = date_span.root, date_span.root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        owner = _mark_or_happening_on(head.head)
        if head.lower_ == "of" and owner.pos_ == "PROPN" and owner.lemma_.lower() in HAPPENINGS:
            return owner      # a happening named with its year: "the Blizzard of '78", "the Revolution of 1848"
        if _listed_as_an_example(owner):
            return owner      # "10 titles, including the French Open in June and the U.S. Open in September"
        # "visit to Washington on August 10": past a place name to the noun it belongs to
        while owner.pos_ == "PROPN" and owner.dep_ == "pobj" and owner.head.dep_ == "prep":
            owner = owner.head.head
        nearer = _happening_right_before(head)
        if nearer is not None and owner.lemma_.lower() not in HAPPENINGS:
            owner = nearer    # "its last session ahead of [elections] in May", the date hung on "session"
        if owner.pos_ == "NOUN" and owner.dep_ not in ("nsubj", "nsubjpass", "ccomp", "advcl") \
                and owner.lemma_.lower() not in TIME_NOUNS \
                and not _a_place_or_role(owner) and not (head.lower_ != "of" and _the_topic_of_a_noun(owner)) \
                and not (owner == head.head and _dates_its_verb_instead(owner)) and not _where_its_verb_happened(owner):
            return owner      # (a subject's date is its clause's: "A jury on Friday convicted ...")
        happening = _happening_just_before(head)
        if happening is not None and happening.dep_ not in ("nsubj", "nsubjpass") \
                and not (head.lower_ != "of" and _the_topic_of_a_noun(happening)) \
                and not (happening.head.head == head.head and _where_its_verb_happened(happening)):
            return happening
    if root.dep_ == "nummod" and head.pos_ == "NOUN" and head.lemma_.lower() in HAPPENINGS | MARKS_REACHED | UNFORESEEN \
            and not _where_its_verb_happened(head):
        return head       # "the 1996 Olympic bombing", "their 2006 peak" (not "a 1996 law", which its clause tells;
        #                   nor "was ousted in a 2006 coup")
    if root.dep_ in ("poss", "compound", "nmod") and head.pos_ == "NOUN" or root.dep_ == "poss" and head.pos_ == "PROPN":
        return head       # "last year's floods", "last year's 'The Avengers'"
    return None


def _the_topic_of_a_noun(noun):
    """"will begin hearings on the attack on Wednesday", "an inquiry into the crash": a happening
    something else is about, which a date the parser hung on it does not date (one after "of"
    is its own: "information about the Benghazi attack of Sept. 11, 2012")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("on", "into", "about", "over") and noun.head.head.pos_ == "NOUN"


def _a_place_or_role(noun):
    """"declared a state of emergency in three northeastern states in May", "sworn in as interim
    president on Thursday": a noun after "in", "at" or "as" that is no happening or mark is where
    something happened, or in what role, not what happened."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at", "across", "inside", "outside", "near", "as") \
        and noun.lemma_.lower() not in HAPPENINGS | MARKS_REACHED


def _mark_or_happening_on(owner):
    """"down from [a peak of 100,000] in 2011": where the parser hung the date on the preposition
    before a peak or a happening, the noun it introduces."""
    if owner.dep_ != "prep" or owner.pos_ != "ADP":
        return owner
    noun = next((c for c in owner.children if c.dep_ == "pobj"), None)
    if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in MARKS_REACHED | HAPPENINGS:
        return noun
    return owner


def _listed_as_an_example(noun):
    """A name after "including" or "such as", or joined to one: each example is a thing of its own."""
    first = noun
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return noun.pos_ == "PROPN" and first.dep_ == "pobj" and first.head.lower_ in ("including", "as") \
        and (first.head.lower_ == "including" or first.head.i > 0 and first.head.nbor(-1).lower_ == "such")


def _the_verbs_one_object(noun, verb, date_span):
    """Whether ``noun`` is all ``verb`` acts on, so that the verb tells the event ("Apple will
    report results for the quarter", "ministers agreed a deal on Saturday"); not one of two
    objects ("won gold in August and his first title in September", each with its date), nor a
    noun reached past a name ("struck down a key part of the Voting Rights Act of 1965")."""
    if verb is None or noun.dep_ != "dobj" or noun.head != verb or date_span.root.dep_ != "pobj":
        return False    # ("beat last year's 'The Avengers'": the date is the object's own)
    if date_span.root.head.head != noun and date_span.root.head.head.pos_ == "PROPN":
        return False
    objects = {hyphenated_end(c) for c in verb.children if c.dep_ == "dobj" and c.text != "-"}   # ("re-election")
    return objects == {noun} and not any(c.dep_ == "conj" for c in noun.children)


def _changed_over_its_period(noun, verb, timex):
    """"Third-quarter net income rose 12%": a thing of a period whose change its clause tells
    (not "Tuesday's vote was delayed", whose day is the vote's, not the delay's)."""
    return verb is not None and noun.head == verb and noun.dep_ in ("nsubj", "nsubjpass") \
        and timex.granularity != "day" and verb.lemma_.lower() in CHANGE_WORDS | MULTIPLYING


def _owner_named(title, noun, verb):
    """"Its debut" -> "Twitter Inc's debut": a title's opening pronoun of ownership, named by
    the subject of the date's clause."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
    if owner is None or not title.lower().startswith(owner.lower_ + " ") or verb is None:
        return title
    subject = subject_of(verb)
    if subject is None or not _may_own(subject, owner.lower_):
        return title
    named = phrase_of(subject, dateline_of(subject.sent), limit=5)   # (not "VATICAN CITY - Pope Francis's")
    if subject.pos_ == "NOUN":
        named = "the " + named     # "The stock's January peak"
    return capitalize(f"{named}'s {title[len(owner.text) + 1:]}") if named else title


def _may_own(subject, pronoun):
    """Whether ``pronoun`` may stand for ``subject``: "its" for one thing, "his" or "her" for a
    person ("their" is left as it is: "justices's" is no English)."""
    if pronoun == "its":   # (a thing named, or one told of before: "the stock", not "a film")
        definite = subject.pos_ == "PROPN" or any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        return definite and subject.tag_ not in ("NNS", "NNPS")
    return pronoun in ("his", "her") and subject.ent_type_ == "PERSON"


def _dates_its_verb_instead(noun):
    """"grew at an annual rate of 3.5 percent in the quarter", "above the 0.4 percent growth in
    the previous quarter": a measure in a phrase on the verb; the date the parser hung on it
    dates the verb ("from a peak of 1.8 million in 1950" keeps its peak). (The verb's one
    object is the verb's too: see _the_verbs_one_object.)"""
    measure = noun.lemma_.lower() in MEASURES or noun.ent_type_ in ("PERCENT", "MONEY", "QUANTITY")
    if not measure or noun.dep_ != "pobj":
        return False
    token = noun.head.head
    for _ in range(3):   # up through "by [more] than a full percentage point"
        if token.pos_ in ("VERB", "AUX"):
            return True
        if token.dep_ not in ("pobj", "prep"):
            return False
        token = token.head
    return False


def _happening_just_before(preposition, reach=8):
    """A noun of happening in the noun phrase right before the date's preposition, which the
    parser hung on the verb instead: "comes on the heels of Munir's visit to Washington on
    August 10", "ahead of its debut on the New York Stock Exchange on Thursday"."""
    token = preposition.doc[preposition.i - 1] if preposition.i > 0 else None
    for _ in range(4):   # up the parse: "Munir's visit [to Washington]"
        if token is None or token.is_punct:
            break
        if token.pos_ == "NOUN" and (token.lemma_.lower() in HAPPENINGS or _a_mark_fallen_from(token)):
            return None if _where_its_verb_happened(token) else token
        if token.dep_ not in ("pobj", "prep", "compound", "poss", "case"):
            break
        token = token.head
    return _happening_awaited_just_before(preposition, reach)


def _happening_right_before(preposition):
    """A noun of happening right before the date's preposition, further down the parse than the
    noun the parser hung the date on."""
    before = preposition.doc[preposition.i - 1] if preposition.i > 0 else None
    if before is None or before.pos_ != "NOUN" or before.lemma_.lower() not in HAPPENINGS or before == preposition.head:
        return None
    return before if preposition.head in before.ancestors else None


def _a_mark_fallen_from(noun):
    """"sales fell to 112,000 in 2012 from a peak of 170,000 in 2002": the mark a change started
    from, with a figure of its own."""
    return noun.lemma_.lower() in MARKS_REACHED and noun.dep_ == "pobj" and noun.head.lower_ == "from"


def _where_its_verb_happened(happening):
    """"were killed in an attack on Monday", "was ousted in a military coup in 1999", "spoke at a
    rally on Sunday": the verb tells who did what in the happening, and so titles it better (not
    a gerund, whose doer a title cannot name: "accused Syria of killing 1,400 people in a gas
    attack"; nor what was done "during" a happening, which is the event). A happening reached
    or left behind is the verb's scene too: "nearly led to war in April 2012", "emerged from an
    18-month recession in the second quarter"."""
    preposition, verb = happening.head, happening.head.head
    if happening.dep_ != "pobj" or verb.pos_ not in ("VERB", "AUX") or verb.tag_ == "VBG":
        return False
    return preposition.lower_ in SETTING_PREPOSITIONS or preposition.lower_ == "from" and verb.lemma_ in LEAVING \
        or preposition.lower_ in ("to", "into") and not _a_bare_participle(verb)
    #     ("was sentenced to death on Friday"; not "problems tied to the introduction of computers in April")


def _a_bare_participle(verb):
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _happening_awaited_just_before(preposition, reach):
    """Back along the words, where the parser hung the phrases on the verb: a happening after
    "of" ("ahead of its debut [on the New York Stock Exchange]"), not the verb's own object."""
    for token in noun_phrase_before(preposition.doc, preposition.i, reach):
        if token.pos_ == "NOUN" and token.lemma_.lower() in HAPPENINGS:
            return token if _after_of(token) else None
    return None


def _after_of(noun):
    return noun.dep_ == "pobj" and noun.head.lower_ == "of"


# --- features for merging ---------------------------------------------------------

def _features(head, date_span):
    """Lemmas and named entities of the event's own clause (not of clauses nested in it)."""
    skip = date_words(date_span)
    clause = _clause_tokens(head)
    lemmas = frozenset(
        t.lemma_.lower() for t in clause
        if t.pos_ in CONTENT_POS and not t.is_stop and t.i not in skip and t.is_alpha
        and t.lemma_.lower() not in REPORTING)
    entities = frozenset(
        _entity_key(e.text) for e in head.sent.ents
        if e.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
        and any(t in clause for t in e))
    return lemmas, entities


def _clause_tokens(head):
    """``head``'s subtree without the subtrees of other verbs' clauses inside it."""
    if head.pos_ not in ("VERB", "AUX"):
        return list(head.sent)
    nested = set()
    for token in head.subtree:
        if token != head and token.pos_ == "VERB" and token.dep_ in ("advcl", "ccomp", "relcl", "pcomp", "conj", "xcomp", "acl", "parataxis"):
            nested.update(t.i for t in token.subtree)
    return [t for t in head.subtree if t.i not in nested]


def _entity_key(text):
    text = re.sub(r"^(the|a|an)\s+", "", text.lower())
    return re.sub(r"[^\w]+", " ", text).strip()

