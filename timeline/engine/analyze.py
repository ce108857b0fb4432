"""The whole engine on one article: parse, tag, resolve, in text order."""
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date

from . import values
from .nlp import DEFAULT_PIPELINE, load_pipeline
from .resolve import resolve, text_anchor
from .rules.model import LINE_END
from .rules.vocabulary import WEEKDAYS
from .tag import tag
from .tense import direction_of, governing_verb, is_the_baseline_of_a_change, reports_speech

GRANULARITY_NAMES = {"day": "day", "week": "day", "month": "month", "quarter": "month",
                     "half": "month", "season": "month", "year": "year", "decade": "year",
                     "century": "year"}


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Timex:
    """A resolved temporal expression and why it has its value."""

    start: int
    end: int
    text: str
    type: str          # DATE | TIME | DURATION | SET
    value: str         # TIMEX3 value
    rule: str          # the rule that found it
    anchor: str        # what it was resolved against
    confidence: float
    sentence: int      # index of its sentence
    narrative: bool = False   # whether the story moved to this date (reports of speech, ends of periods do not)
    leads_to: str = ""        # a duration's date: "three days [later]" -> the day three days on
    comparison: bool = False  # the same period a year back, named to compare ("from a year earlier")
    baseline: bool = False    # what a change is measured from ("fell to 7.2 percent from 7.3 percent in August")

    def as_date(self):
        """The date this expression gives its clause: itself if it is one, else the date a
        duration leads to ("three days later"), as a DATE; None if it gives none."""
        if self.is_point:
            return self
        if self.leads_to and values.date_range(self.leads_to) is not None:
            return replace(self, type="DATE", value=self.leads_to)
        return None

    @property
    def is_point(self):
        """Whether it names a stretch of the calendar (a date), not a length or a fuzzy time."""
        return self.type in ("DATE", "TIME") and values.date_range(self.value) is not None

    @property
    def granularity(self):
        """day, month or year, as the timeline draws it; None for non-dates."""
        return GRANULARITY_NAMES.get(values.granularity(self.value)) if self.is_point else None

    def date_range(self):
        return values.date_range(self.value) if self.is_point else None


@dataclass
class Analysis:
    text: str
    published: date
    sentences: list
    timexes: list
    doc: object = field(repr=False, default=None)


def analyze(text, published, nlp=None, pipeline=DEFAULT_PIPELINE):
    """Parse ``text`` and resolve every temporal expression against ``published``."""
    nlp = nlp or load_pipeline(pipeline)
    return analyze_doc(nlp(text), published)


def analyze_many(items, nlp=None, pipeline=DEFAULT_PIPELINE, batch_size=16):
    """analyze() over (text, published) pairs, parsing them in batches."""
    nlp = nlp or load_pipeline(pipeline)
    items = list(items)
    docs = nlp.pipe((text for text, _ in items), batch_size=batch_size)
    for doc, (_, published) in zip(docs, items):
        yield analyze_doc(doc, published)


def analyze_doc(doc, published):
    text = doc.text   # read once: spaCy rebuilds it from the words at every reading
    sentences = [Sentence(i, s.start_char, s.end_char, text[s.start_char:s.end_char]) for i, s in enumerate(doc.sents)]
    sentence_starts = [s.start for s in sentences]
    timexes, references = [], []
    scene = None    # (sentence index, anchor) of a year a sentence opens with
    report = None   # (reporting verb, anchor) of a dated saying: "Police said on Friday that ..."
    found = tag(text)
    recurring = {_sentence_index(sentence_starts, t.start) for t in found if t.type == "SET"}
    for position, tagged in enumerate(found):
        sentence = _sentence_index(sentence_starts, tagged.start)
        span = doc.char_span(tagged.start, tagged.end, alignment_mode="expand")
        verb = governing_verb(span.root) if span is not None else None   # once: tense and speech both need it
        direction = tagged.rule.direction or (direction_of(span, verb) if span is not None else None)
        happening = verb.lemma_.lower() if verb is not None else ""
        anchors = references
        own_day = _day_named_next(doc, found, position, published, references)
        if own_day is not None:   # "at 3:42 a.m. local time on Saturday": that Saturday's time
            anchors, happening = references + [own_day], ""
        elif report is not None and verb is not None and report[0] in verb.ancestors:
            anchors = references + [report[1]]   # "said on Friday that he had been arrested the previous day"
        apposed = _apposed_to(text, tagged, timexes)
        if apposed is not None:   # "since 1990, the year of German reunification": 1990, background or not
            anchors = anchors + [text_anchor(apposed.value, f'"{apposed.text}" ({apposed.value})')]
        if _a_weekday_beside_its_day(text, found, position, timexes):
            tagged, direction = _from_the_day_before(tagged), None   # "On June 1, a Saturday, ...": that day
        in_scene = scene[1] if scene is not None and scene[0] == sentence and not _since(text, tagged.start) else None
        narrowed = _the_year_narrowed(text, tagged, timexes, sentence)
        if narrowed is not None:   # "will open a fourth next year, probably in the fall": that year's fall
            in_scene = text_anchor(narrowed.value, f'"{narrowed.text}" ({narrowed.value})')
        described = _date_described(verb, timexes, sentence)
        resolution = resolve(tagged.template, published, anchors, direction, tagged.type, happening, in_scene,
                             described)
        if _before_the_range_it_ends(text, found, position, timexes, resolution):
            start = timexes[-1]     # "from 18:00 GMT on Friday until midday on Sunday": the Sunday after
            resolution = resolve(_from_the_day_before(tagged).template, published,
                                 anchors + [text_anchor(start.value, f'"{start.text}" ({start.value})')], "after", tagged.type)
        if sentence in recurring and tagged.template.startswith("REF+0D|T") and "T" in resolution.value:
            # "open daily from 10 a.m. to 6 p.m.": a time of every such day, no one day's
            resolution = replace(resolution, value="XXXX-XX-XX" + resolution.value[resolution.value.index("T"):],
                                 anchor="a time of a recurring day")
        timex = Timex(tagged.start, tagged.end, tagged.text, tagged.type, resolution.value,
                      tagged.rule.name, resolution.anchor, resolution.confidence,
                      sentence, comparison=tagged.rule.comparison,
                      baseline=span is not None and is_the_baseline_of_a_change(span))
        if tagged.leads_to:
            reached = resolve(tagged.leads_to, published, references, direction)
            timex = replace(timex, leads_to=reached.value, anchor=reached.anchor, confidence=reached.confidence)
        dated = timex.as_date()
        if dated is not None and tagged.rule.moves_reference:
            aside = reports_speech(verb) or PERIOD_ENDING_AT.search(text, max(0, tagged.start - 40), tagged.start) is not None
            # (a state's start, "making snow since late October", and what a "when" clause tells of a date)
            background = timex.baseline or described is not None or _since(text, tagged.start) \
                and not WHEN_AFTER.match(text, tagged.end)   # ("closed since March 16, when the tax was proposed")
            timex = replace(timex, narrative=not (aside or background))
            references.append(text_anchor(dated.value, f'"{timex.text}" ({dated.value})', aside, happening,
                                          background=background,
                                          late=timex.text.lower().startswith("late "),
                                          early=timex.text.lower().startswith("early "),
                                          by_weekday=any(word in WEEKDAYS for word in re.findall(r"[a-z]+", timex.text.lower()))))
            if _opens_the_sentence(text, sentences[sentence], timex) and values.granularity(dated.value) == "year":
                scene = (sentence, references[-1])
            if reports_speech(verb) and values.granularity(dated.value) == "day":
                report = (verb, text_anchor(dated.value, f'"{timex.text}" ({dated.value}), when it was said'))
        timexes.append(timex)
    return Analysis(text, published, sentences, timexes, doc)


# What may come before a year that sets the scene of its sentence: "[In] 2012, ...", "[Back in] 1993 ..."
SCENE_OPENING = re.compile(r"\W*(?:(?:back|earlier|later|early|late)\s+)?(?:(?:in|during)\s+)?", re.IGNORECASE)


WHEN_AFTER = re.compile(r",?\s+when\b")


def _date_described(verb, timexes, sentence, reach=4):
    """The date a "when" clause describes, for a date in that clause ("since 1983, when 22
    inches fell over the Thanksgiving weekend": 1983's), as an anchor; else None."""
    clause, when = verb, None
    for _ in range(reach):
        if clause is None or clause.head == clause:
            return None
        when = next((c for c in clause.children if c.lower_ == "when" and c.dep_ == "advmod"), None)
        if clause.dep_ in ("relcl", "advcl") and when is not None:
            break
        if clause.dep_ in ("relcl", "acl"):
            return None     # ("since January, when Obama picked him to replace Petraeus, who resigned in November")
        clause = clause.head
    else:
        return None
    before = when.doc[when.i - 2] if when.i >= 2 and when.nbor(-1).text == "," else None   # (the date, a comma)
    described = next((t for t in timexes if before is not None and t.sentence == sentence
                      and t.start <= before.idx < t.end and t.is_point), None)
    return text_anchor(described.value, f'"{described.text}" ({described.value})') if described is not None else None


def _since(text, start):
    """"In 2012, the company lost money, but it has recovered since June": a time up to now."""
    return re.search(r"\bsince\s+\Z", text[max(0, start - 10):start], re.IGNORECASE) is not None


def _opens_the_sentence(text, sentence, timex):
    return SCENE_OPENING.fullmatch(text, sentence.start, timex.start) is not None


# "the three months to [June 30]", "the quarter ended [Sept. 30]": the end of a period reported
# on, not a day the story is at ("Shares were down at 0930 GMT" is the publication's day)
PERIOD_ENDING_AT = re.compile(r"\b(?:quarter|months|weeks|year|period|half)\s+(?:that\s+)?(?:to|ended|ending|through)\s+\Z",
                              re.IGNORECASE)


# What may stand between a time of day and the day it belongs to: "3:42 a.m. [local time on] Saturday",
# "10 a.m. [Eastern time on] April 2".
CLOCK_TO_DAY = re.compile(r"\s*(?:(?:local|eastern|central|mountain|pacific)\s+(?:(?:standard|daylight)\s+)?time|\([A-Z]{2,4}\)"
                          r"|(?:rush[-\s]hour|commute|session))?"   # ("during the evening rush hour on Aug. 1, 2007")
                          r"\s*,?\s*(?:on\s+|of\s+)?", re.IGNORECASE)


CLOCK_IN_BRACKETS = re.compile(r"^\s*\([^()]*\)")


def _day_named_next(doc, found, position, published, references):
    """The anchor of a day named right after a time of day that would otherwise take the
    story's day ("at 10:30 a.m. next Monday"), or None."""
    clock = found[position]
    if not (clock.type == "TIME" and clock.template.startswith("REF+0D|")):
        return None
    following = _after_a_clock_in_brackets(doc.text, found, position)
    if following is None:
        return None
    between = doc.text[clock.end - 1:following.start]    # (from the clock's last character: "a.m.\n")
    between = CLOCK_IN_BRACKETS.sub("", between[1:], count=1)
    if doc.text[max(0, clock.start - 2):clock.start].strip() == "(":
        between = re.sub(r"^\s*\)", "", between)   # the bracketed time itself: "4 p.m. ([0800 GMT]) on Friday"
    if not CLOCK_TO_DAY.fullmatch(between) or LINE_END.search(between):
        return None
    span = doc.char_span(following.start, following.end, alignment_mode="expand")
    clock_span = doc.char_span(clock.start, clock.end, alignment_mode="expand")
    if span is None or clock_span is None or span.sent.start != clock_span.sent.start:
        return None     # "taken into custody at 8:42 p.m. The previous evening, ...": another sentence
    direction = following.rule.direction or direction_of(span, governing_verb(span.root))
    day = resolve(following.template.partition("|")[0], published, references, direction).value
    if values.granularity(day) != "day":
        return None
    return text_anchor(day, f'"{following.text}" ({day})')


def _after_a_clock_in_brackets(text, found, position):
    """The expression after the one at ``position``, past the same time told in another zone
    in brackets ("2:15 p.m. EST [(1915 GMT)] on Wednesday"); None at the end."""
    following = position + 1
    if following + 1 < len(found) and found[following].type == "TIME" and \
            re.fullmatch(r"\s*\(", text[found[position].end:found[following].start]):
        following += 1
    return found[following] if following < len(found) else None


# "June 1[, a ]Saturday", "Jan. 5[, which was a ]Sunday": a weekday in apposition to the day
APPOSED_WEEKDAY = re.compile(r",\s*(?:(?:which|that)\s+was\s+)?(?:a\s+)?", re.IGNORECASE)


def _a_weekday_after_a_day(found, position, timexes):
    """(the weekday's number, the day named just before it) when the expression at ``position``
    is a bare weekday, with or without its time, and the one before it names a day; else None."""
    weekday = re.fullmatch(r"WD-(?P<weekday>[1-7])(?:\|.*)?", found[position].template)
    if weekday is None or position == 0 or not timexes or timexes[-1].start != found[position - 1].start \
            or values.granularity(timexes[-1].value) != "day":
        return None
    return int(weekday["weekday"]), timexes[-1]


def _a_weekday_beside_its_day(text, found, position, timexes):
    """Whether the weekday at ``position`` stands in apposition to the day just before it, and
    falls on it: it names that day, not one near the publication."""
    pair = _a_weekday_after_a_day(found, position, timexes)
    if pair is None or not APPOSED_WEEKDAY.fullmatch(text, pair[1].end, found[position].start):
        return False
    return values.date_range(pair[1].value)[0].isoweekday() == pair[0]


def _apposed_to(text, tagged, timexes):
    """The date right before an expression counted from the story's time ("REF+0Y") that stands
    in apposition to it ("1990, [the year] of German reunification"); else None."""
    if not tagged.template.startswith("REF") or not timexes:
        return None
    before = timexes[-1]
    return before if before.is_point and APPOSED.fullmatch(text, before.end, tagged.start) else None


APPOSED = re.compile(r",\s+")


def _the_year_narrowed(text, tagged, timexes, sentence):
    """The year just before the expression that the expression narrows down ("next year, probably
    in the fall", "last year, in June"); else None."""
    before = timexes[-1] if timexes else None
    if before is None or before.sentence != sentence or not before.is_point or values.granularity(before.value) != "year":
        return None
    return before if NARROWING.fullmatch(text, before.end, tagged.start) else None


# what may stand between a year and the part of it that narrows it down
NARROWING = re.compile(r",\s+(?:(?:probably|likely|possibly|perhaps|maybe|most\s+likely)\s+)?(?:in|during|by)\s+",
                       re.IGNORECASE)


def _from_the_day_before(tagged):
    """The weekday's template read from the day the story is at ("WD-6" -> "WD-6@REF")."""
    template = tagged.template
    return replace(tagged, template=template.replace("|", "@REF|", 1) if "|" in template else template + "@REF")


# "from [18:00 GMT on Friday] until [midday on Sunday]": a range's end, after its start
RANGE_START = re.compile(r"\b(?:from|between)\s+(?:about\s+|around\s+)?\Z", re.IGNORECASE)
RANGE_END = re.compile(r"\s*(?:to|through|until|till|and)\s+(?:on\s+)?", re.IGNORECASE)


def _before_the_range_it_ends(text, found, position, timexes, resolution):
    """Whether the weekday (with or without its time) at ``position`` closes a range opened by
    the day just before it, and must be read from that day: the start was a weekday too, or the
    end was put before the start ("from Sept. 14 to Thursday" may stay the Thursday nearest the
    publication; "from 18:00 GMT on Friday until midday on Sunday", told on a Wednesday, may not
    be the Sunday gone by)."""
    if not _the_weekday_ending_a_range(text, found, position, timexes) or values.date_range(resolution.value) is None:
        return False
    if found[position - 1].template.startswith("WD-"):
        return True     # two weekdays: the first such day after the start ("from 8 a.m. Monday until 8 p.m. Tuesday")
    return values.date_range(resolution.value)[0] < values.date_range(timexes[-1].value)[0]


def _the_weekday_ending_a_range(text, found, position, timexes):
    pair = _a_weekday_after_a_day(found, position, timexes)
    if pair is None:
        return False
    start = pair[1]
    return RANGE_END.fullmatch(text, start.end, found[position].start) is not None \
        and RANGE_START.search(text, max(0, start.start - 20), start.start) is not None


def _sentence_index(starts, offset):
    return max(bisect_right(starts, offset) - 1, 0)
