"""What a rule is."""
import re
from dataclasses import dataclass, field
from functools import cached_property

from .vocabulary import expand


LINE_END = re.compile(r"[.!?:;][\"”’)]?[ \t]*\n|\n[ \t]*\n")


@dataclass(frozen=True)
class Rule:
    """One named temporal pattern.

    value: a TIMEX3 template. ``{group}`` is replaced by the normalized text of
    a named group; the result may stay underspecified for the resolver:
    ``XXXX-06`` (year unknown), ``WD-2`` (a Tuesday), ``DCT-1M`` (one month
    before publication), ``REF+1D`` (the day after the narrative's time),
    ``DCT-1Y:05`` (May of the year before publication), ``WD-5|TNI`` (a
    Friday night).
    leads_to: a duration's date template: "three days" in "three days later" is
    the duration P3D (TimeML), and it dates its clause at REF+3D.
    direction: "before" or "after" the anchor for a bare weekday, month or
    season when the words themselves say so ("last Friday", "next June");
    otherwise the tense of the governing verb decides.
    """

    name: str
    pattern: str
    value: str
    type: str = "DATE"
    direction: str | None = None
    examples: tuple = field(default=())
    unless_before: str | None = None   # regex the text just before must not match ("$35 [a night]")
    only_after: str | None = None      # regex the text just before must end with ("April 24 and [25]")
    unless_after: str | None = None    # regex the text just after must not match ("[52 years] old")
    unless_in_sentence: str | None = None   # regex the sentence around must not match ("scored in [the second half]")
    moves_reference: bool = True       # whether the narrative's time moves to this date
    comparison: bool = False           # the same period a year back ("up 26 percent from [a year earlier]")
    leads_to: str | None = None        # for a duration: the date it leads to ("three days [later]": REF+3D)
    near: str | None = None            # a word family every match holds ("MONTH", see vocabulary.TRIGGERS):
    #                                    tagging only tries the rule near such words

    @cached_property
    def regex(self):
        """The pattern between word edges: no letter, digit or hyphenated word on either side
        ("[15-year]", "mid-[1990]" stay whole), but a range may go on ("June [15]-16", "[Sept. 30]-Oct. 2").
        A rule that names what stands before it (``only_after``) is searched for as that
        context followed by the expression, which is cheaper than trying every position;
        the expression is the group ``expression`` ("June 15-[16]")."""
        body = expand(self.pattern)
        right_edge = r"(?![\w]|-(?!\d|(?-i:[A-Z][a-z]))\w)"
        left_edge = r"(?<![\w$-])"
        if self.only_after:
            return re.compile(f"{left_edge}(?:{expand(self.only_after)})(?=(?P<expression>{body}){right_edge})",
                              re.IGNORECASE)
        return re.compile(left_edge + "(?P<expression>" + body + ")" + right_edge, re.IGNORECASE)

    def find(self, text, start=0, end=None):
        """(start, end, match) for each place in ``text[start:end]`` the rule matches and its
        context allows (the regex still sees the text before ``start``)."""
        for match in self.regex.finditer(text, start, len(text) if end is None else end):
            first, last = match.span("expression")
            if last > first and self.accepts(text, first, last):
                yield first, last, match

    def accepts(self, text, start, end):
        """Whether the context around a match allows it; no expression runs on past the end of
        a line that ends a sentence or a paragraph ("shortly after 2 a.m.\nWednesday's session"),
        though one may run on past a line wrapped mid-sentence ("March\n3")."""
        if "\n" in text[start:end] and LINE_END.search(text, start, end):
            return False
        before = text[max(0, start - 40):start]
        if self.unless_before and re.search(self.unless_before, before, re.IGNORECASE):
            return False
        if self.unless_in_sentence and re.search(self.unless_in_sentence, _sentence_around(text, start, end),
                                                 re.IGNORECASE | re.DOTALL):
            return False
        return not (self.unless_after and re.match(self.unless_after, text[end:end + 20], re.IGNORECASE))


SENTENCE_END = re.compile(r"[.!?](?=\s+[\"“‘(]?[A-Z])|\n\s*\n")


def _sentence_around(text, start, end, reach=300):
    """The sentence holding ``text[start:end]``, read from the punctuation (the tagger runs before
    the parser); at most ``reach`` characters either side."""
    before = text[max(0, start - reach):start]
    opening = max((m.end() for m in SENTENCE_END.finditer(before)), default=0)
    closing = SENTENCE_END.search(text, end, min(len(text), end + reach))
    return before[opening:] + text[start:closing.start() if closing else min(len(text), end + reach)]
