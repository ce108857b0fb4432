"""Fuzzy references to the past, the present and the future (TimeML *_REF)."""
from .model import Rule

RULES = (
    # not "this time": "This time, a bomb at a clinic" is an occasion, not a time; nor "at this
    # point" or "at this time", which the corpora leave out; "until [now]" leaves out the signal
    Rule("now", r"(?:right\s+|just\s+)?now|nowadays|these\s+days|at\s+present|this\s+moment|currently|the\s+present(?!\s+(?-i:[a-z]))",
         "PRESENT_REF",
         examples=(("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("these days", "PRESENT_REF"),
                   ("held up until [now] by", "PRESENT_REF"))),
    Rule("current", r"current(?=\s+[a-z])(?!\s+(?:was|is|were|are|has|had|have|will|would|can|could|of|in|to|from|through)\b)",
         "PRESENT_REF",   # (not "the river's current was strong")
         examples=(("the [current] account deficit", "PRESENT_REF"), ("its [current] difficulties", "PRESENT_REF"))),
    Rule("recently", r"(?:more\s+|most\s+|only\s+|very\s+)?recently|lately|of\s+late", "PAST_REF",
         examples=(("recently", "PAST_REF"),)),
    Rule("recent_units", r"(?:the\s+)?(?:most\s+)?recent\s+(?:past|times|days|weeks|months|quarters|years|decades)",
         "PAST_REF",
         examples=(("recent months", "PAST_REF"), ("recent years", "PAST_REF"))),
    # not "the past five sessions", "the past few games": a count of something else
    Rule("past", r"the\s+(?:distant\s+|recent\s+)?past(?!\s+(?:{NUMBER}|{VAGUE}|couple)\b)|once\s+upon\s+a\s+time|(?:in\s+)?years\s+past|past\s+years|the\s+old\s+days|(?:a|one)\s+generation\s+ago",
         "PAST_REF",
         examples=(("the past", "PAST_REF"), ("the old days", "PAST_REF"), ("a generation ago", "PAST_REF"))),
    Rule("future", r"the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|(?<!as\s)soon(?!\s+(?:after|before|as)\b)|the\s+(?:near|short|long|medium)\s+term|(?:the\s+)?coming\s+(?:days|weeks|months|quarters|years|decades)|a\s+later\s+date|the\s+days\s+ahead|the\s+weeks\s+ahead|the\s+months\s+ahead|the\s+years\s+ahead|(?:as\s+soon\s+as\s+possible)|future(?=\s+(?:quarters|years|months|generations))",
         "FUTURE_REF",
         examples=(("the future", "FUTURE_REF"), ("soon", "FUTURE_REF"), ("coming months", "FUTURE_REF"))),
)
