"""Which way in time a bare weekday or month points, from its verb's tense.

"was held on Tuesday" -> past; "will meet on Tuesday", "is expected to visit
in June", "is meeting on Friday" -> future; otherwise None (no evidence).
"""
from .rules.vocabulary import SHARE_WORDS, WEEKDAYS

WILL = {"will", "'ll", "shall", "wo"}   # the future told outright ("wo" of "won't")
FUTURE_AUXILIARIES = WILL | {"ll", "would",   # unless perfect: "would have"
                             "may", "might", "should", "must"}   # ("could" is also the past of "can")
FUTURE_GOVERNORS = {"expect", "plan", "schedule", "set", "due", "intend", "aim", "go", "hope", "want", "propose",
                    "seek", "promise", "pledge", "vow", "threaten", "agree", "decide", "vote", "order", "ask",
                    "urge", "offer", "prepare", "need", "be",   # "be" as in "is to resume trading Tuesday"
                    "have",   # "has to decide by Friday": an obligation
                    "tell", "instruct", "direct", "invite", "allow", "permit", "encourage", "require",   # orders
                    "suppose",   # "is supposed to pay on Monday"
                    "forecast", "predict", "project"}   # "are forecast to drop overnight"
PRESENT_PERFECT = {"has", "have", "'ve"}
HEADLINE_ENDS = set(".?!:;,\"”’)")   # a line ending otherwise is a headline (or a dateline)
FINITE_TAGS = {"VBZ", "VBP", "VBD", "MD"}   # an auxiliary with a tense of its own
CONTRACT_WORDS = {"delivery", "contract", "contracts", "futures", "options", "expiry", "expiration"}
PLANNING = {"plan", "schedule", "slate", "expect", "intend"}
# Happenings no one schedules: named by their day ("Monday's crash", "the Tuesday attack"), they
# are past whatever the verb says ("Officials are investigating Monday's crash")
UNFORESEEN = {"attack", "bombing", "blast", "explosion", "shooting", "crash", "killing", "murder", "slaying",
              "death", "earthquake", "quake", "fire", "accident", "collapse", "derailment", "stabbing",
              "massacre", "ambush", "assassination", "landslide", "tornado", "hijacking", "kidnapping",
              "abduction", "outbreak", "spill", "riot", "shootout", "flood", "flooding"}
# ... and marks known only once passed ("The stock is still 8 percent below its January peak")
MARKS_REACHED = {"peak", "high", "highs", "low", "lows", "trough"}
# "up from a July forecast", "rise to $5 from an April estimate": what a change is measured
# from was there before it
CHANGE_WORDS = {"up", "down", "rise", "fall", "climb", "drop", "increase", "decrease", "raise", "lower", "cut",
                "jump", "slip", "grow", "decline", "gain", "lose", "slide", "soar", "plunge", "revise", "trim",
                "ease", "slow", "accelerate", "quicken", "dip", "tumble", "surge", "rebound", "shrink", "expand",
                "widen", "narrow", "sink", "slump", "advance", "contract", "edge"}
# what figures are published in ("data for September", "the October jobs report")
REPORTS = {"data", "figure", "number", "statistic", "report", "reading", "survey", "index", "release"}
# "banned traffic from 4 p.m. Friday": a decree told in the past may take effect ahead
DECREES = {"ban", "order", "declare", "impose", "bar", "prohibit", "restrict", "suspend"}
# "Investors await Friday's jobs report": what is awaited lies ahead
AWAITING = {"await", "anticipate"}
# "ahead of Friday's deadline", "in the run-up to Sunday's vote": what is awaited is still to come
AHEAD_OF = {("ahead", "of"), ("advance", "of"), ("up", "to"), ("eve", "of")}   # (the parser splits "run-up")
# What a noun phrase and the phrases on it are made of: "Munir's visit to Washington"
NOUN_PHRASE_PARTS = {"NOUN", "PROPN", "DET", "ADP", "ADJ", "NUM", "PRON", "PART"}
# the same, read from the words alone ("up to" is too common there); "ahead of schedule" is no date
AHEAD_OF_IN_WORDS = {("ahead", "of"), ("advance", "of"), ("eve", "of")}
AHEAD_OF_A_YARDSTICK = {"schedule", "time", "expectations", "forecasts", "estimates", "rivals", "inflation"}
# "If the vote passes on Sunday", "once the deal closes in May": a present that looks ahead
CONDITION_WORDS = {"if", "once", "unless", "when", "until", "till", "whenever"}
# "postponed until Tuesday", "extended the deadline until Friday": the new date lies ahead
DEFERRING = {"postpone", "extend", "delay", "defer", "adjourn", "suspend", "reschedule", "push", "move"}
# "has given Cyprus until Monday to find the money": a deadline granted lies ahead
GRANTING = {"give", "grant", "allow"}
# "warned of bitter cold through the weekend": what is warned of lies ahead (not "warned in June")
WARNING = {"warn", "caution"}
LASTING_WORDS = ("through", "until", "till", "into", "over")
# "set a hearing for Feb. 2", "booked a flight for Friday": the day set lies ahead
SETTING = {"set", "fix", "book", "reserve", "call"}
# "forecast growth of 2 percent for the six months to November": what is forecast lies ahead
FORECASTING = {"forecast", "predict", "project"}
# "elections are due in May", "the vote is scheduled for Thursday": what is due lies ahead
DUE_WORDS = {"due", "scheduled", "slated", "set", "expected", "planned", "likely"}
# ... and, as an adjective of its own, what says so whatever verb carries it ("elections due on Sept. 14",
# "a dividend, payable Dec. 7")
DUE_ADJECTIVES = {"due", "scheduled", "slated", "payable"}
# "is ready to sign on Monday", "is poised to win": what one is ready for lies ahead
READY_WORDS = DUE_WORDS | {"ready", "poised", "prepared", "eager", "willing", "about", "certain", "sure", "bound"}


def governing_verb(token):
    """The verb ``token`` belongs to: the nearest above it in the parse, or None."""
    verb = _undo_relative_clause_attachment(token, _undo_clause_attachment(token, _nearest_verb(token)))
    if _a_noun_taken_for_an_infinitive(verb, token):
        return verb.head
    if _the_deed_of_the_first(verb):
        return verb.head.head   # the verb the ranked noun hangs on
    return verb


RANKS = {"first", "last", "only", "second", "third", "latest"}


def ranked(noun):
    """Whether ``noun`` is ranked ("the first British man", "the last country")."""
    return any(c.dep_ == "amod" and c.lower_ in RANKS for c in noun.children)


def _the_deed_of_the_first(verb):
    """"Murray became the first British man [to win] the title on Sunday": what makes the first
    (last, only) one so is told by the verb that ranks them ("became")."""
    if verb is None or verb.dep_ not in ("relcl", "acl") or not to_infinitive(verb):
        return False
    noun = verb.head
    return ranked(noun) and noun.dep_ in ("attr", "dobj", "oprd") and noun.head.pos_ in ("VERB", "AUX")


def _a_noun_taken_for_an_infinitive(verb, token):
    """"vowed to return the business [to profit] in the fiscal year": "to" and a noun right after
    its verb's object, read as an infinitive with nothing of its own but the date ``token``'s
    phrase (a true one has more: "subpoenaed Elian [to testify before the committee] on Feb. 10")."""
    if verb is None or verb.dep_ != "advcl" or verb.tag_ != "VB" or verb.head.pos_ != "VERB":
        return False
    obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    own = [c for c in verb.children if c.lower_ != "to" and not c.is_ancestor(token)]
    return to_infinitive(verb) and obj is not None and obj.right_edge.i == verb.i - 2 and not own


def _undo_clause_attachment(token, verb):
    """"said on Monday it would hold elections": a small parser may hang "on Monday" on
    "hold"; standing before the reported clause's subject, it belongs to "said"."""
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS:
        return verb
    openers = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass", "mark")]
    inside_an_opener = any(opener.is_ancestor(token) for opener in openers)   # "said [Sunday]'s vote would ..."
    if openers and verb.head.i < token.i < min(opener.i for opener in openers) and not inside_an_opener:
        return verb.head
    return verb


def _undo_relative_clause_attachment(token, verb):
    """"will report results for its quarter, which ended Feb. 1, on Feb. 19": a date past the
    comma that closes a relative clause belongs to the verb the clause's noun hangs on."""
    if verb is None or verb.dep_ != "relcl" or token.i < verb.i:
        return verb
    if not any(child.tag_ in ("WDT", "WP") and child.i < verb.i for child in verb.children):
        return verb     # ("The last time the limit was raised, in August 2011, ...": the raising's date)
    if not any(t.text == "," and t.head == verb for t in verb.doc[verb.i + 1:token.i]):
        return verb
    return _nearest_verb(verb.head) or verb


def _nearest_verb(token):
    seen = 0
    while token is not None and seen < 12:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass") \
                or _a_passive_taken_for_an_adjective(token):
            return token
        if token.head == token:
            return None
        token, seen = token.head, seen + 1
    return None


def _a_passive_taken_for_an_adjective(token):
    """"The reactor was [disabled] in 2008": a participle the tagger made an adjective, its "was"
    still marked as a passive's; "would stay below normal and [warm] up next week": a conjunct verb
    the tagger made an adjective, its particle still marked."""
    return token.pos_ == "ADJ" and any(c.dep_ == "auxpass" or c.dep_ == "prt" and token.dep_ == "conj"
                                       for c in token.children)


# Verbs whose simple present, dating them, tells of a timetable: "the law comes into force in April",
# "the team plays Saturday", "the talks resume Monday" (not "the season lasts from June to September")
TIMETABLE_VERBS = {"begin", "start", "open", "close", "end", "finish", "resume", "reopen", "come", "arrive",
                   "leave", "depart", "return", "meet", "play", "visit", "vote", "hold", "expire", "launch",
                   "take", "face", "host", "head", "kick", "travel", "fly", "reconvene", "convene", "debut",
                   "premiere", "air", "go", "step", "retire", "resign", "join", "land", "marry"}
# "Weakness hurt the index on Friday": a tagger cannot tell these presents from their pasts
SAME_IN_THE_PAST = {"hurt", "cut", "put", "set", "hit", "let", "cost", "shut", "quit", "spread", "read", "bet",
                    "cast", "burst", "split", "upset", "bid", "broadcast", "forecast", "shed", "thrust", "beat"}
EDGE_OF_A_MONTH = {"early", "mid", "late", "the"}   # ("since the start of March")
NEGATIVE_WORDS = {"neither", "no", "nobody", "none", "nothing", "never"}
FORESEEING = FORECASTING | {"see", "expect"}   # "see the rate falling", "expect it to fall"
SENSING = {"see", "hear", "feel", "smell", "taste", "sense", "watch", "notice"}
REPORTING_VERBS = {"say", "tell", "announce", "report", "add", "state", "claim", "confirm", "deny",
                   "disclose", "reveal", "note", "predict", "warn", "insist", "write", "quote"}


def reports_speech(verb):
    """Whether the expression's governing ``verb`` tells of a statement ("officials said on
    Tuesday"), so that its date is the telling's, not the story's. Not one told to the subject:
    "When she was told of the Nobel in October 2007" is her story."""
    if verb is None or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    return not (verb.lemma_.lower() in ("tell", "warn") and any(c.dep_ == "auxpass" for c in verb.children))


def direction_of(span, verb):
    """"past", "future" or None for the expression ``span`` (a spaCy Span) governed by ``verb``;
    a possessive date with nothing else to go by ("Thursday's closing price") is past: news
    names by the day what has already happened; so is one in a headline (see below)."""
    if is_a_label(span):
        return None         # "Jan. 7: Protests begin." (a chronology's entry, told in the present)
    headline = headline_of(span)
    if headline is not None and _looks_ahead_in_a_headline(headline):
        return "future"     # "Storm Expected To Hit Coast Sunday" (title case misleads the parser)
    if _names_an_unforeseen_happening(span) or _names_a_baseline(span) or _the_latest_of_several(span, verb) \
            or _the_end_of_a_count(span, verb):
        return "past"
    if _names_what_a_report_covers(span):
        return None         # the report's tense is not the period's: the publication year's
    direction = _direction_of_verb(span, verb)
    if direction is None and (_is_possessive(span) and span[0].lower_ != "this" and not _could_be(verb)
                              or headline is not None):
        return "past"       # (a headline's present tells what has happened: "Police arrest suspect")
    if direction is not None and headline is None and (_said_outright(span, verb, direction)
                                                       or direction == "future" and _introduced_by(span.root, "by")):
        return Direction(direction, firm=True)   # (a target set ahead: "expect it to fall by the fourth quarter")
    return direction


def _could_be(verb):
    """"The wind could ground the balloons at Thursday's parade": a possibility, not yet past
    (not "could have", nor "could not", which is mostly the past of "cannot")."""
    if verb is None:
        return False
    auxiliaries = _auxiliaries(verb)
    return any(aux.lower_ == "could" for aux in auxiliaries) and not any(
        aux.lemma_ == "have" for aux in auxiliaries) and not _negated(verb)


def _negated(verb):
    """"could not", "Neither he nor his parents could be reached", "No one could say"."""
    return any(c.dep_ == "neg" or c.dep_ in ("nsubj", "nsubjpass") and _a_negative_subject(c)
               for c in verb.children)


def _a_negative_subject(subject):
    return any(t.lower_ in NEGATIVE_WORDS and t.dep_ in ("preconj", "det", "nsubj", "nsubjpass", "neg")
               for t in subject.subtree)


def _could_happen(span, verb):
    """"They could meet in the final in April": a possibility ahead, when the date dates the
    verb itself, unless what "could" is done is a sensing, mostly told of the past ("Residents
    could hear gunfire on Saturday")."""
    return _could_be(verb) and _modifies(span.root, verb) and verb.lemma_ not in SENSING


class Direction(str):
    """"past" or "future", ``firm`` when the verb the date itself modifies says so in a simple
    past or with "will" ("Talks ran on June 3", "will meet on March 1"): no date nearer the
    publication overrules it (resolve.py lets one overrule a tense read further away)."""

    def __new__(cls, value, firm=False):
        direction = super().__new__(cls, value)
        direction.firm = firm
        return direction


def _said_outright(span, verb, direction):
    if verb is None or not _modifies(span.root, verb) or _across_a_comma(verb, span):
        return False
    auxiliaries = _auxiliaries(verb)
    if direction == "past":   # ("set", "cut": the tagger cannot tell their pasts)
        return verb.tag_ == "VBD" and not auxiliaries and verb.lower_ not in SAME_IN_THE_PAST
    return any(aux.lower_ in WILL for aux in auxiliaries)


def _across_a_comma(verb, span):
    """Whether the date follows a noun past a comma after ``verb``: the parser may have hung on
    the verb what belongs to that noun ("will receive $13.65 a share, a premium over the closing
    price on Jan. 11"); not a phrase set off by its own comma ("fell to $9.5 billion, or $10.09
    a share, in the fiscal second quarter")."""
    start = span.start - 1 if span.start > 0 and span.doc[span.start - 1].pos_ == "ADP" else span.start
    before = span.doc[start - 1] if start > 0 else None
    return (before is not None and before.pos_ in ("NOUN", "PROPN")
            and any(token.text == "," for token in span.doc[verb.i + 1:start]))


def _names_an_unforeseen_happening(span):
    """"Monday's crash", "the Tuesday attack", "its January peak": a date naming a happening
    no one plans, or a mark no one knows until it has passed."""
    root = span.root
    return root.dep_ in ("poss", "compound", "nmod") and root.head.lemma_.lower() in UNFORESEEN | MARKS_REACHED


def _names_a_baseline(span):
    """"now expects $6.50, up from a July forecast of $6.20", "compared with a March projection":
    a month or day naming what a change is measured from tells of one already made."""
    root = span.root
    if root.dep_ not in ("compound", "nmod", "poss"):
        return False
    preposition = root.head.head if root.head.dep_ == "pobj" else None
    if preposition is None:
        return False
    if preposition.lower_ == "from":
        return preposition.head.lemma_.lower() in CHANGE_WORDS
    return preposition.lower_ in ("with", "to") and preposition.head.lower_ == "compared"


def _the_end_of_a_count(span, verb):
    """"45 deaths in the two days to Monday", "in the 24 hours to 6 a.m. Friday": what has been
    counted up to a day, told as done."""
    doc, start = span.doc, span.start
    return start >= 2 and doc[start - 1].lower_ == "to" and doc[start - 2].lower_ in ("hours", "days", "weeks") \
        and not (verb is not None and _points_ahead(_auxiliaries(verb)))


def _the_latest_of_several(span, verb):
    """"Five soldiers have been killed, the latest on Saturday", "four attacks, the most recent in
    May", "has cut prices twice, most recently on Monday": the last of a series told so is past
    (not "the last", which may be ahead: "three rounds of talks, the last on Friday")."""
    root = span.root
    if root.dep_ != "pobj" or root.head.i == 0 or verb is not None and _points_ahead(_auxiliaries(verb)):
        return False
    word = root.head.doc[root.head.i - 1]   # the word right before the preposition
    before = word.doc[word.i - 1].lower_ if word.i > 0 else ""
    return word.lower_ == "latest" and before == "the" or word.lower_ in ("recent", "recently") and before == "most"


def _names_what_a_report_covers(span):
    """"Industrial output data for September is due on Thursday", "the October jobs report": the
    period figures are counted over has begun, whenever they come out (a day names the report's
    coming out: "Friday's jobs report")."""
    root = span.root
    if _names_a_weekday(span) or span[0].lower_ in ("next", "coming"):
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "for":
        return _a_report(root.head.head)
    noun = root
    while noun.dep_ in ("compound", "nmod", "amod", "poss") and noun.head != noun:
        noun = noun.head
    return noun != root and _a_report(noun)


def _a_report(noun):
    return noun.lemma_.lower() in REPORTS or noun.lower_ in REPORTS   # ("data": lemma "datum")


def is_the_baseline_of_a_change(span):
    """"fell to 7.2 percent from 7.3 percent in August", "down 1.6 percent from last year": the
    period a figure's change is measured from (not "rose from January to March", a range)."""
    preposition = span.root.head
    if _dates_the_figure_changed_from(span):
        return True
    if span.root.dep_ not in ("pobj", "pcomp"):   # ("from a year ago": the adverb is the object)
        return False
    if preposition.lower_ in ("in", "on"):
        source = preposition.head
        if source.dep_ == "pobj" and source.head.lower_ == "from":
            source = source.head    # "from a seven-month high of 3.2 percent in October"
        return source.lower_ == "from" and source.head.lemma_.lower() in CHANGE_WORDS and not _ranged(source) \
            and any(_a_figure(t) for t in source.subtree if not span.start <= t.i < span.end)
    if preposition.lower_ in ("with", "to") and preposition.head.lower_ == "compared":
        return True     # "Compared with February 2012, sales were up 4.6%"
    if preposition.lower_ != "from":
        return False
    change = preposition.head
    measured = any(_a_figure(c) for c in change.children if c.dep_ in ("npadvmod", "dobj")) or any(
        _a_figure(g) for c in change.children if c.dep_ == "prep" and c.lower_ in ("by", "to")
        for g in c.children if g.dep_ == "pobj")   # ("dropped by 87,000 from September to 4.81 million")
    return change.lemma_.lower() in CHANGE_WORDS and measured and not _ranged(preposition)


def _dates_the_figure_changed_from(span):
    """"down from $21.4 million last year", "up from last year's $3.27 a share": a date on the
    figure a change is measured from."""
    root = span.root
    if root.dep_ == "npadvmod" and root.head.lower_ == "from":
        source = root.head
    elif root.dep_ == "poss" and _a_figure(root.head) and root.head.dep_ == "pobj" and root.head.head.lower_ == "from":
        source = root.head.head
    else:
        return False
    return source.head.lemma_.lower() in CHANGE_WORDS and not _ranged(source) and any(
        c.dep_ == "pobj" and _a_figure(c) for c in source.children)


RANGE_ENDS = {"to", "through", "until", "till", "into"}


def _ranged(source):
    """Whether "from" opens a range ("from January to October"): an end on it or on its object
    (not on the verb: "fell to 7.2 percent from 7.3 percent" is a change)."""
    hangers = [source, *(c for c in source.children if c.dep_ == "pobj")]
    return any(c.dep_ == "prep" and c.lower_ in RANGE_ENDS for h in hangers for c in h.children)


def _a_figure(token):
    return token.like_num or token.ent_type_ in ("PERCENT", "MONEY", "CARDINAL", "QUANTITY") \
        or any(c.dep_ == "nummod" for c in token.children)


def _is_possessive(span):
    follower = span.doc[span.end] if span.end < len(span.doc) else None
    return follower is not None and follower.dep_ == "case" and follower.lower_ in ("'s", "’s")


def _direction_of_verb(span, verb):
    if _introduced_by(span.root, "since"):
        # "searching since the Oct. 23 slaying"; no nearer date ahead overrules it ("in hospital
        # since Jan. 3", told in November), nor the month it is told in ("has fallen 20 percent
        # since November", told on Nov. 6, is last November; "since early March" may be this one)
        return Direction("past" if span[0].lower_ in EDGE_OF_A_MONTH else "before", firm=True)
    # "Ahead of Friday's deadline, talks intensified": a day of the week awaited comes after what
    # was just told; but "Sales rose in the run-up to Christmas" is past
    if (_awaited(span.root) or _awaited_in_the_words(span)) and (verb is None or not _is_past(verb) or _names_a_weekday(span)):
        return "future"
    if span.start > 0 and span.doc[span.start - 1].lower_ == "effective":
        return "future"     # "a new pact, effective June 1": announced ahead of time
    if span.end < len(span.doc) and span.doc[span.end].lower_ in CONTRACT_WORDS:
        return "future"     # "crude for August delivery": a contract still traded is for a month ahead
    if span.doc[max(0, span.start - 3):span.start].text.lower() in ("as early as", "as soon as", "no later than") \
            and not (verb is not None and _is_past(verb)):
        return "future"     # "could come as early as Thursday"
    # "elections due on Sept. 14", whatever verb the sentence hangs them on (not "the payment
    # was due on Monday", where the verb has the say)
    modified = _modified_word(span.root)
    if modified.lower_ in DUE_ADJECTIVES and modified.dep_ not in ("acomp", "ROOT"):
        return "future"
    if verb is None:
        return None
    if verb.lemma_ in DEFERRING and any(_introduced_by(span.root, word) for word in ("until", "till", "to")):
        return "future"
    if verb.lemma_ in GRANTING and any(_introduced_by(span.root, word) for word in ("until", "till")):
        return "future"
    if verb.lemma_ in DECREES and _introduced_by(span.root, "from") and _is_past(verb):
        return None         # the nearest: "banned traffic from 4 p.m. Friday", told on Thursday or Saturday
    if _a_period_ending(verb):
        told = _nearest_verb(verb.head)   # "expects a profit for the year ending in March": the coming March
        return None if told is None else "past" if _is_past(told) else "future"
    if _warned_of(verb) and (any(_introduced_by(span.root, word, reach=2) for word in LASTING_WORDS)
                             or _introduced_by(span.root, "with")):
        return "future"     # "warned of bitter cold through the weekend, with lows near zero Thursday night"
    if verb.lemma_ in SETTING and _introduced_by(span.root, "for"):
        return "future"     # "the court set a hearing for Feb. 2"
    if verb.lemma_ in FORECASTING and _introduced_by(span.root, "for") and _not_surely_past(verb):
        return "future"     # "For the six months to November, the company forecast growth of 2 percent"
    if verb.lemma_ in FORECASTING and any(c.dep_ == "auxpass" for c in verb.children) \
            and any(_introduced_by(span.root, word, reach=2) for word in ("for", *LASTING_WORDS)):
        return "future"     # "Gusty winds were forecast through the weekend", "Rain was forecast for Sunday"
    auxiliaries = _auxiliaries(verb)
    ahead = _points_ahead(auxiliaries) or ("could" if _could_happen(span, verb) else None)
    if ahead:
        # "said last week the vote would be held Monday": ahead of the saying, not of today
        return None if ahead in ("would", "could") and _reported_in_the_past(verb) else "future"
    if _was_to_have_been(verb, auxiliaries):
        return "past"       # "The pact was to have been signed on Thursday": planned for a day now gone
    if _an_infinitive_looked_ahead_to(verb) or _a_gerund_foreseen(verb):
        return _future_unless_past(verb.head)
    if _starting_after_a_past_verb(verb):
        return "future"     # "declared three days of mourning starting Wednesday": announced ahead
    if verb.dep_ == "xcomp" and (to_infinitive(verb) or verb.tag_ == "VBG"):
        return _direction_of_governor(verb.head)
    if verb.lemma_ in PLANNING:
        return "future"     # "planned a rally on Saturday": the rally is ahead
    if verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and (_is_due(verb) or _modifies(span.root, verb)):
        return "future"     # "elections are due in May", "the deadline is Friday", "the vote is on Tuesday"
    if _obliged(verb, auxiliaries):
        return "future"     # "has until Monday to raise the money", parsed with "has" as an auxiliary
    if _a_condition_in_the_present(verb, auxiliaries):
        return "future"     # "If the vote passes on Sunday, ...", "Once the deal is signed in May"
    if any(aux.lower_ in PRESENT_PERFECT for aux in auxiliaries):
        # "has set Nov. 10 as the deadline" says nothing of the date; "have improved, with the
        # resumption of imports in the spring" tells of what has happened
        return "past" if _introduced_by(span.root, "in", reach=1) and verb.lemma_ not in FUTURE_GOVERNORS else None
    if verb.lemma_ in AWAITING and not _is_past(verb):
        return "future"
    if _is_past(verb):
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and _had_done(verb):
        return _direction_of_verb(span, verb.head.head)   # "expected to have the blaze contained by Sunday"
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return "past"       # "the year ended March 31"
    # "Speaking on Tuesday, the minister defended ...", "After meeting on Tuesday, they ...",
    # "Starting Jan. 1, smokers will pay ..." (a participle the parser made a preposition)
    participle = (_modifies(span.root, verb) or span.root.head == verb) and _direction_of_participle(verb, auxiliaries)
    if participle:
        return participle
    if verb.tag_ == "VBG" and any(aux.tag_ in ("VBZ", "VBP") for aux in auxiliaries) \
            and not _names_the_object(span, verb) and not any(c.lower_ == "still" for c in verb.children):
        return "future"     # "is meeting on Friday" (not "is investigating the January breach", nor
        #                     "landed in 2004 and is still working nine years later": now)
    if not auxiliaries and _tells_a_timetable(span, verb):
        return "future"
    return None


def introduces_a_start(verb):
    """Whether ``verb`` is "starting" or "beginning" after the word it hangs on, introducing when
    that starts ("declared mourning starting Wednesday", "will lie in state beginning Wednesday";
    not "Beginning Monday, the store opened at 8", told before its verb)."""
    return (verb.tag_ == "VBG" and verb.lemma_ in ("start", "begin") and verb.dep_ in ("xcomp", "advcl", "acl", "prep")
            and verb.i > verb.head.i)


def _a_period_ending(verb):
    """"the year ending in March": a period named by its end, ahead unless told in the past."""
    return verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.lemma_ in ("end", "close") \
        and verb.head.lemma_.lower() in PERIOD_NOUNS


PERIOD_NOUNS = {"year", "quarter", "period", "month", "months", "half", "week", "weeks"}


def _warned_of(verb):
    """"warned of bitter cold": a warning told by what it is of (not "warned over the weekend
    that the dam could fail", where the weekend is the warning's)."""
    return verb.lemma_ in WARNING and any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children) \
        and not any(c.dep_ == "ccomp" for c in verb.children)


def _starting_after_a_past_verb(verb):
    """"declared mourning starting Wednesday", "announced price cuts beginning Monday": a start
    declared in the past is announced ahead of it (news would say "began" of one gone by)."""
    return introduces_a_start(verb) and _is_past(verb.head)


def _a_condition_in_the_present(verb, auxiliaries):
    """A present verb in a clause of condition or time ("if", "once", "unless", "when", "until"):
    English puts what is still to come there in the present ("once the deal is signed")."""
    tenses = {token.tag_ for token in [verb, *auxiliaries]}
    return verb.dep_ == "advcl" and bool(tenses & {"VBZ", "VBP"}) and not tenses & {"VBD", "MD"} and \
        any(child.dep_ == "mark" and child.lower_ in CONDITION_WORDS for child in verb.children)


def _names_the_object(span, verb):
    """"the January breach" as what ``verb`` acts on: a thing that already exists, or will."""
    noun = span.root.head
    return span.root.dep_ in ("compound", "nmod") and noun.dep_ == "dobj" and noun.head == verb


def _an_infinitive_looked_ahead_to(verb):
    """"is expected [to visit]", "plans [to hold]": an infinitive on a verb that looks ahead."""
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in FUTURE_GOVERNORS and to_infinitive(verb)


def _was_to_have_been(verb, auxiliaries):
    """"was to have been signed", "were to have met": a plan for a time now gone."""
    return verb.tag_ == "VBN" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and _is_past(verb.head) \
        and any(aux.lower_ == "have" for aux in auxiliaries)


def _a_gerund_foreseen(verb):
    """"They see the jobless rate falling to 7.3 percent by the fourth quarter": a forecast, told
    with a gerund after its object."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "ccomp", "xcomp") \
        and verb.head.lemma_ in FORESEEING and (any(c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children)
                                                or any(c.dep_ == "nsubj" for c in verb.children))


def _direction_of_governor(governor):
    """"declined to comment Thursday", "began lining up on Thursday": unless its governor looks
    ahead (FUTURE_GOVERNORS), an infinitive or gerund happens when the governor does; through
    an adjective, the verb it complements ("will be able to enroll", "is likely to resume")."""
    looks_ahead = False
    if _an_infinitive_looked_ahead_to(governor):
        return _future_unless_past(governor.head)   # "expect the Fed to begin reducing its purchases in March"
    if governor.pos_ == "ADJ" and governor.head.pos_ in ("VERB", "AUX"):
        looks_ahead = governor.lower_ in READY_WORDS
        governor = governor.head
    if _is_past(governor):
        return "past"
    return "future" if looks_ahead or _points_ahead(_auxiliaries(governor)) else None


def headline_of(span):
    """The words of the headline ``span`` stands in, or None: a line of three to sixteen words
    with no closing punctuation, making a sentence of its own ("Police arrest suspect in Friday
    shooting"), or in title case where the parser ran the sentence on into the next line
    ("Storm Expected To Hit Coast Sunday" over "By JANE DOE, Associated Press"); a line of
    hard-wrapped text is none. (Walking the tokens: ``doc.text`` is rebuilt on each call.)"""
    doc, start = span.doc, span.sent.start
    if start > 0 and not _breaks_the_line(doc[start - 1]):
        return None     # a headline begins its line
    words = []
    for token in doc[start:]:
        if _breaks_the_line(token):
            break
        if not token.is_space:
            words.append(token)
        if len(words) > 16:
            return None
    if len(words) < 3 or words[-1].text[-1] in HEADLINE_ENDS or span.start > words[-1].i:
        return None
    its_own_sentence = all(t.is_space for t in doc[words[-1].i + 1:span.sent.end])
    return words if its_own_sentence or _title_case(words) else None


def _breaks_the_line(token):
    return token.is_space and "\n" in token.text


def _title_case(words):
    alphabetic = [t.text for t in words if t.is_alpha]
    return sum(word[0].isupper() for word in alphabetic) >= 0.7 * len(alphabetic)


def _line_edges(doc, i):
    """(first, last) indices of the tokens on the line of token ``i``: between newlines."""
    first = i
    while first > 0 and not _breaks_the_line(doc[first - 1]):
        first -= 1
    last = i
    while last + 1 < len(doc) and not _breaks_the_line(doc[last + 1]):
        last += 1
    return first, last


def _looks_ahead_in_a_headline(words):
    """Whether a headline tells what is to come with "to", a modal or an expectation ("Obama to
    visit Israel", "Storm Expected To Hit Coast Sunday"): words a title-case parse cannot hide."""
    following = zip(words, words[1:])
    return any(word.lower_ == "to" and after.tag_ == "VB" for word, after in following) or \
        any(word.lower_ in FUTURE_AUXILIARIES | DUE_WORDS for word in words)


def is_a_label(span):
    """Whether the expression heads a line and a colon follows it, as the entries of a chronology do."""
    doc, follower = span.doc, span.doc[span.end] if span.end < len(span.doc) else None
    if follower is None or follower.text != ":":
        return False
    before = doc[_line_edges(doc, span.start)[0]:span.start]
    return not any(c.isalnum() for c in before.text)


def will_happen(verb):
    """Whether ``verb`` is told with "will" or "shall" ("will be sworn in", "shall close")."""
    return _points_ahead(_auxiliaries(verb)) in WILL


def _points_ahead(auxiliaries):
    """The future or modal auxiliary among ``auxiliaries`` ("will", "would", "may"...), not a
    perfect ("would have turned 50"); None if there is none."""
    if any(aux.lemma_ == "have" for aux in auxiliaries):
        return None
    return next((aux.lower_ for aux in auxiliaries if aux.lower_ in FUTURE_AUXILIARIES), None)


def _obliged(verb, auxiliaries):
    """"has [until Monday] to raise": "has"/"have" and "to" before a bare verb, an obligation,
    not a perfect (which takes a participle)."""
    words = {aux.lower_ for aux in auxiliaries}
    return verb.tag_ == "VB" and "to" in words and bool(words & PRESENT_PERFECT)


def _direction_of_participle(verb, auxiliaries):
    """The direction of a participle with no tense of its own: its main verb's, past ("Speaking
    on Tuesday, he said", "Before leaving on Tuesday, he thanked") or, for a present participle,
    ahead ("Starting Jan. 1, smokers will pay more"); a perfect one's is past ("Having lost on
    Tuesday, the team must win"). None if ``verb`` is no such participle or its main verb says
    nothing."""
    if verb.tag_ not in ("VBG", "VBN") or verb.dep_ not in ("advcl", "pcomp", "prep"):
        return None
    if any(aux.lower_ == "having" for aux in auxiliaries):
        return "past"
    if any(aux.tag_ in FINITE_TAGS for aux in auxiliaries):
        return None
    main = verb.head.head if verb.dep_ == "pcomp" else verb.head    # "After [meeting]": After -> its verb
    if verb.dep_ == "advcl" and main.lemma_ in FORESEEING and any(c.dep_ == "xcomp" and to_infinitive(c) for c in main.children):
        return _future_unless_past(main)   # "was expected to reach Vietnam on Sunday, [weakening] by Monday"
    direction = _direction_of_governor(main) if main.pos_ in ("VERB", "AUX") else None
    if direction == "future" and verb.tag_ == "VBN":
        return None     # "the agreement, announced Friday, would give ...": a passive's own time is past
    if direction == "future" and verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "following"):
        return None     # "will face Denver after beating San Francisco on Sunday": before what lies ahead
    return direction


def _reported_in_the_past(verb):
    """Whether ``verb``'s clause is what someone said on a day the text names ("said last week
    that the vote would ..."); a saying with no day of its own is taken to be recent."""
    saying = verb.head
    if verb.dep_ != "ccomp" or saying.lemma_.lower() not in REPORTING_VERBS or not _is_past(saying):
        return False
    clause = set(t.i for t in verb.subtree)
    return any(t.ent_type_ in ("DATE", "TIME") and _dates(t, saying) for t in saying.subtree if t.i not in clause)


def _dates(token, verb):
    """Whether a date word ``token`` dates the saying ``verb``, not a noun around it ("The company,
    which was founded in May, said ...": May is the founding's); a clause that tells of speaking
    dates it too ("The minister, who spoke on Friday, said ...")."""
    while token.head != verb and token.head != token:
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING_VERBS | {"speak", "talk"}:
            return True
        if token.dep_ in ("nsubj", "nsubjpass", "dobj", "relcl", "acl", "appos"):
            return False
    return token.head == verb and token.dep_ not in ("nsubj", "nsubjpass", "dobj")


def _auxiliaries(verb):
    """``verb``'s auxiliaries; a second verb with no tense of its own shares the first one's
    ("will step down in June and [be replaced] on July 1", "was arrested and [charged] Monday")."""
    own = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    finite = any(aux.tag_ in FINITE_TAGS for aux in own)
    if verb.dep_ == "conj" and verb.tag_ in ("VB", "VBN", "VBG") and not finite and verb.head.pos_ in ("VERB", "AUX"):
        return own + [child for child in verb.head.children if child.dep_ in ("aux", "auxpass")]
    return own


def _not_surely_past(verb):
    """A present, or a past the tagger cannot tell from it ("the company forecast")."""
    return not _is_past(verb) or verb.lower_ in SAME_IN_THE_PAST and not _auxiliaries(verb)


def _is_past(verb):
    auxiliaries = _auxiliaries(verb)
    if verb.tag_ == "VBN" and not auxiliaries and (verb.dep_ == "ROOT" or any(c.dep_ == "nsubj" for c in verb.children)):
        return True     # "Shops reopened after ...", "said its profit nearly tripled": a verb with a tense
        #                 of its own that the tagger took for a participle
    return verb.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries)


def _tells_a_timetable(span, verb):
    """"the law comes into force in April", "the team plays Saturday": a simple present of a
    verb of schedules, dating that verb or its object ("faces a hearing on Tuesday"); any
    simple present up to a day ("the festival runs through Sunday")."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.lower_ in SAME_IN_THE_PAST or _is_possessive(span):
        return False
    if any(_introduced_by(span.root, word, reach=2) for word in ("through", "until", "till")):
        return True
    dated = _modified_word(span.root)
    return verb.lemma_ in TIMETABLE_VERBS and (dated == verb or dated.dep_ == "dobj" and dated.head == verb)


def _modifies(token, verb):
    """Whether ``token`` dates ``verb`` itself: "plays [Saturday]", "comes into force in [April]"."""
    return _modified_word(token) == verb


def _modified_word(token):
    """The word a date modifies, through its preposition: "due" in "due on [Sept. 14]"; through
    a share of it, the verb the share is the object of ("spent [most] of the spring")."""
    word = token.head.head if token.head.dep_ == "prep" else token.head
    if word.lower_ in SHARE_WORDS and token.head.lower_ == "of" and word.dep_ in ("dobj", "npadvmod"):
        return word.head
    return word


def _is_due(verb):
    return any(child.dep_ in ("acomp", "attr") and child.lower_ in DUE_WORDS for child in verb.children)


def _introduced_by(token, word, reach=4):
    """Whether a preposition ``word`` governs ``token`` within a few steps up the parse."""
    for _ in range(reach):
        if token.head == token:
            return False
        token = token.head
        if token.lower_ == word and token.dep_ == "prep":
            return True
    return False


def _awaited(token, reach=4):
    """Whether ``token`` sits in "ahead of", "in advance of", "in the run-up to" or "on the eve of"."""
    for _ in range(reach):
        if token.head == token:
            return False
        if token.dep_ in ("relcl", "ccomp", "advcl"):
            return False    # "ahead of the meeting, which ended on Thursday": a clause with its own tense
        token = token.head
        if token.dep_ == "prep" and (token.head.lower_, token.lower_) in AHEAD_OF:
            return True
    return False


def _awaited_in_the_words(span, reach=10):
    """"raised $1.8 billion ahead of its debut on the exchange on Thursday": the parser may hang
    the date on the main verb, but nothing but a noun phrase stands between it and "ahead of"."""
    for token in noun_phrase_before(span.doc, span.start, reach):
        if token.i > 0 and (token.nbor(-1).lower_, token.lower_) in AHEAD_OF_IN_WORDS:
            return token.nbor(1).lower_ not in AHEAD_OF_A_YARDSTICK
    return False


def noun_phrase_before(doc, end, reach):
    """The words before token ``end``, nearest first, as long as they may belong to a noun
    phrase and the phrases on it ("ahead of [its debut on the New York Stock Exchange] on")."""
    for token in reversed(doc[max(end - reach, 0):end]):
        if token.is_punct or token.pos_ not in NOUN_PHRASE_PARTS:
            return
        yield token


def _had_done(participle):
    """Whether a participle describes the object of a causative "have" or "get" ("to have [the blaze]
    fully contained", "get the road reopened"): done when that verb is."""
    noun = participle.head
    return noun.dep_ == "dobj" and noun.head.lemma_ in ("have", "get") and noun.head.tag_ == "VB"


def _names_a_weekday(span):
    return any(token.lower_ in WEEKDAYS or token.lower_ == "weekend" for token in span)


def to_infinitive(verb):
    """Whether ``verb`` stands after "to" ("expected [to] visit", "a decision [to] step down")."""
    return any(child.lower_ == "to" and child.i < verb.i for child in verb.children)


def _future_unless_past(governor):
    """"is expected to visit" points ahead; "was expected to", "had been due to" say nothing sure."""
    chain = [governor, governor.head] if governor.dep_ in ("acomp", "attr", "xcomp", "oprd") else [governor]
    words = chain + [c for g in chain for c in g.children if c.dep_ in ("aux", "auxpass", "cop")]
    if any(w.tag_ == "VBD" for w in words):
        return None
    return "future"
