"""Titles: "who did what", from the clause a date belongs to.

A title is the clause's subject and verb group with its object or first phrase,
without the date's own words nor the dateline ("LONDON (AP) — Margaret
Thatcher, ..., died Monday of a stroke": "Margaret Thatcher died of a stroke").
Where the small parser hangs words on the wrong head, the repairs below put the
title back in order; each names the sentence that needed it.
"""
import re

from .rules.holidays import HOLIDAY_NAMES
from .rules.vocabulary import SHARE_WORDS
from .tense import FORESEEING, SENSING, headline_of, ranked, reports_speech, to_infinitive

TITLE_WORDS = 14
HOLIDAY = re.compile(r"(?:the\s+)?(?:" + HOLIDAY_NAMES + ")", re.IGNORECASE)
# Nouns that name a time, not a happening: "on the night of Feb. 26" dates its clause's verb
TIME_NOUNS = {"night", "morning", "afternoon", "evening", "day", "week", "weekend", "month", "year", "hour",
              "eve", "dawn", "dusk", "time", "period", "date", "season", "end", "start", "beginning", "middle"}
EDGE_NOUNS = {"end", "beginning", "start", "middle", "close"}


def capitalize(text):
    return text[:1].upper() + text[1:]


def title_of(verb, date_span=None):
    """"Who did what to whom" from the clause of ``verb``, without the date words; a date in a
    headline is titled by the headline. When the date is all the clause names beside its verb
    ("and December was not far behind"), the clause keeps it."""
    return _title_without_the_date(verb, date_span) or capitalize(
        phrase_of(verb, dateline_of(verb.sent), limit=TITLE_WORDS, keep_conjuncts=False))


def _title_without_the_date(verb, date_span):
    dateline = dateline_of(verb.sent)
    skip = date_words(date_span) | dateline
    headline = headline_of(date_span) if date_span is not None else None
    if headline:
        return capitalize(_render(_without_the_date(headline, date_span)))
    told = told_of_the_last_time(verb)
    if told is not None:
        return _title_without_the_date(told, date_span)   # "The last time the court took up gay rights was in 2003"
    example = _an_example_listed(verb)
    if example is not None:   # "mass shootings, including one at a movie theater in Aurora in July"
        return capitalize(_example_title(example, verb.head, skip))
    if _a_small_clause(verb):   # "Her roommate reported [her missing] the next afternoon"
        parts = _subject_and_verb(verb.head, subject_of(verb.head), None, skip) + [phrase_of(verb, skip, limit=8)]
        return capitalize(" ".join(p for p in parts if p))
    subject = _object_described(verb) or subject_of(verb)
    clause = verb
    while clause.dep_ == "xcomp" and clause.head != clause:   # ("the peace process, set [to resume] Monday")
        clause = clause.head
    if subject is None and (clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBG", "VBD")
                            or clause.dep_ in ("acl", "relcl") and (to_infinitive(clause) or clause.tag_ == "VBD")):
        subject = _verbless_sentence_subject(clause, dateline) or clause.head
        #   "allegations first published in December", "the 24th storm to hit ..." (a past the parser
        #   hung on its subject: "— Gunmen killed 40 students", "MOSCOW (AP) — A Russian court on
        #   Thursday sentenced ...")
    if subject is None:   # "before contact was lost", hung on a noun; "worried the Fed could begin [scaling]"
        subject = _noun_before_the_verb_group(verb, skip) or _noun_before_the_verb_group(clause, skip)
    if subject is not None and subject.i in dateline:   # "LONDON (AP) — Margaret Thatcher, ..., died"
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.i not in dateline), None)
    if subject is not None:
        subject = _pronoun_meant(subject, verb) or subject
    gapped = _gapped_object(date_span)   # (the verb's phrases are then the first object's)
    obj = gapped or next((c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd", "acomp", "xcomp")
                          and not _restates_a_clause(c, verb)
                          or c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN", "ADJ")), None)
    #                     (a clause with no verb: "declared [the Brotherhood a terrorist organization]")
    score = _final_score(verb)
    if score is not None and obj is not None and obj.i in range(score.start, score.end):
        obj = None      # "won 1-0": the parser made the score's last goal count the object
    if obj is None and score is not None:
        obj = _an_opponent(verb, skip)
    parts = _subject_and_verb(verb, subject, obj, skip - _period_of_the_subject(subject, date_span))
    if obj is not None and _restates_the_date(obj, date_span):
        obj = None      # "on Sunday, the anniversary of his inauguration": no object of the verb
    if obj is not None and clause.dep_ == "relcl" and _relative_pronoun(obj, clause):
        obj = clause.head   # "a reactor that it shut down in 2007": it shut down the reactor ("the sale,
        #                     which it expects [to complete] by early next year", through the infinitive)
    stranded = _a_stranded_preposition(verb, clause) if obj is None else None
    if stranded is not None:
        obj = clause.head   # "a banking union that EU leaders agreed on in June 2012"
        if stranded.dep_ == "prep":
            parts.append(stranded.text)   # ("a plan which the leaders signed up [to] in May")
    if obj is not None:
        kept = set() if _a_holiday_kept(obj, skip) or _a_share_of_the_date(obj, skip) else skip
        #        ("Jews observed [Yom Kippur]", "spent [most of the spring] near its landing site")
        parts.append(_indirect_object(obj, verb) + _hyphenated_start(obj)
                     + phrase_of(hyphenated_end(obj), kept, limit=9) + _mark_after(obj, verb)
                     + _rest_of_a_split_name(obj, verb) + _what_the_first_did(obj, kept))
    if score is not None:
        parts.append(score.text)   # "Chelsea beat Arsenal | 2-1"
    level = _level_said(verb) if obj is None and score is None else None
    if level is not None:
        parts.append(phrase_of(level, skip, limit=6))   # "the Dow was [down 190 points]"
    prep = next((c for c in verb.children
                 if c.dep_ in ("prep", "agent") and not _all_skipped(c, skip) and not _names_a_time(c, skip)
                 and c.lemma_.lower() not in ("compare", "except") and not _absolute_clause(c)
                 and not any(g.dep_ == "pobj" and _relative_pronoun(g, verb) for g in c.children)), None)
    #            (nor "in which", opening the clause: "a case [in which] he was convicted in June")
    if prep is not None and (obj is None or len(" ".join(parts).split()) < 6) \
            and (gapped is None or obj is not gapped):
        parts.append(phrase_of(prep, skip, limit=8))   # "visited the US | on a five-day official visit"
    obliged = _what_is_to_be_done(verb) if obj is None and level is None else None
    if obliged is not None:
        parts.append(phrase_of(obliged, skip, limit=8))   # "The company has | to answer 107 questions"
    parts = [p for p in parts if p]
    if _says_only_when(verb, subject, skip) and len(parts) == 2:
        parts.pop()     # "The final is on Monday", "The deadline is Friday": the subject is the event
    title = " ".join(parts)
    words = title.split()
    return capitalize(" ".join(words[:TITLE_WORDS]).rstrip(",;:") + ("…" if len(words) > TITLE_WORDS else ""))


def _what_is_to_be_done(verb):
    """"has until May 31 [to answer 107 questions]": what "have" with a deadline obliges."""
    if verb.lemma_ != "have":
        return None
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)), None)


def _restates_a_clause(obj, verb):
    """"showed employers added 74,000 jobs, [the fewest] in three years", "rose 1.9 percent last
    year, the office said, [the best performance] since 2007": a noun past the verb's reported
    clause, or the saying set in it, sums the clause up; it is not what the verb did."""
    before = obj.left_edge.i - 1
    return before > verb.i and obj.doc[before].text == "," and any(
        c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX") and verb.i < c.i < obj.i
        for c in verb.children)


def _absolute_clause(preposition):
    """"with the S&P 500 posting its biggest drop": a clause of its own, told beside the title's."""
    return preposition.lower_ in ("with", "without") and any(
        c.dep_ == "pcomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in preposition.children)


def _gapped_object(date_span):
    """"launched the Galaxy S4 in April and [the Galaxy Note 3] in September": the object of a verb
    left out before the date, which the parser joined to the first date."""
    if date_span is None:
        return None
    root = date_span.root
    if root.dep_ == "npadvmod" and root.head.dep_ == "conj" and root.head.pos_ in GAPPED_KINDS \
            and (root.head.head.dep_ == "dobj" or root.head.head.pos_ == "VERB" and root.i < root.head.i
                 and any(c.dep_ == "dobj" for c in root.head.head.children)):
        return root.head    # "canceled 300 flights Tuesday and [another 150] early Wednesday", "opened a
        #                     second in 2011, and last year [a third]" (joined to the verb)
    if root.dep_ != "pobj" or root.head.pos_ != "ADP" or root.head.i == 0:
        return None
    noun = root.head.nbor(-1)
    while noun.dep_ in ("nummod", "compound") and noun.head != noun:   # ("the Galaxy Note [3]")
        noun = noun.head
    joined = noun.dep_ == "conj" and noun.pos_ in GAPPED_KINDS and (
        noun.head.ent_type_ == "DATE"     # ("9.1 million this year and [10.1 million] in 2014")
        or noun.head == root.head.head and any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children))
    # ("hosts the World Cup next year and [the Olympics] in 2016", joined to the verb)
    if joined and noun.ent_type_ != "DATE":
        return noun
    return _second_object_after_a_date(root.head)


def _second_object_after_a_date(preposition):
    """"adding Greece in 1952, [West Germany] in 1955": an object the parser gave the verb a
    second time, after the first one's date."""
    objects = {hyphenated_end(c) for c in preposition.head.children
               if c.dep_ == "dobj" and c.text != "-" and c.i < preposition.i and c.ent_type_ != "DATE"}
    objects = sorted(objects, key=lambda token: token.i)
    if len(objects) < 2:
        return None
    between = preposition.doc[objects[-2].i + 1:objects[-1].i]
    return objects[-1] if any(t.ent_type_ == "DATE" for t in between) else None


GAPPED_KINDS = ("NOUN", "PROPN", "NUM")


def _an_example_listed(verb):
    """The noun "including" introduces, where the parser took it for the date's verb."""
    if verb.lower_ != "including" or verb.dep_ != "prep":
        return None
    return next((c for c in verb.children if c.dep_ == "pobj"), None)


def _example_title(example, kind, skip):
    """The example's phrase; "one" named by the kind it is one of ("one at a movie theater",
    of "mass shootings": "Mass shooting at a movie theater")."""
    phrase = phrase_of(example, skip, limit=10)
    if example.lower_ != "one" or kind.pos_ != "NOUN":
        return phrase
    modifiers = [t.text for t in kind.children if t.dep_ in ("amod", "compound") and t.i < kind.i]
    return " ".join([*modifiers, kind.lemma_, phrase.split(" ", 1)[1] if " " in phrase else ""]).strip()


OBJECT_PRONOUNS = {"her", "him", "them", "me", "us"}


def _a_small_clause(verb):
    """"reported her missing", "saw them leaving": a gerund the parser made a clause of its own,
    its "subject" a pronoun in the object's case."""
    return verb.dep_ == "ccomp" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" \
        and any(c.dep_ == "nsubj" and c.lower_ in OBJECT_PRONOUNS for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _a_holiday_kept(obj, skip):
    """A holiday the verb acts on, which is all its object is ("celebrated Diwali", "observed
    Yom Kippur"): what was done, as well as when."""
    words = [t for t in obj.subtree if not t.is_punct]
    return bool(words) and all(t.i in skip for t in words) \
        and bool(HOLIDAY.fullmatch(obj.doc[words[0].i:words[-1].i + 1].text))


def _a_share_of_the_date(obj, skip):
    """An object that is a share of the date alone ("most of the spring"), which without the
    date says nothing ("spent most")."""
    rest = [t for t in obj.subtree if t != obj and t.i not in skip and not t.is_punct and t.lower_ != "of"]
    return obj.lower_ in SHARE_WORDS and not rest and any(t.i in skip for t in obj.subtree)


def _relative_clause_opened_by(pronoun, verb):
    """The relative clause ``verb`` is in, if ``pronoun`` is its relative pronoun."""
    clause = next((t for t in [verb, *verb.ancestors] if t.dep_ == "relcl"), None)
    return clause if clause is not None and _relative_pronoun(pronoun, clause) else None


def _relative_pronoun(token, clause):
    """"which", "whom", and "that" (which the tagger may take for a conjunction) opening the
    relative ``clause`` (not the "that" in "which is expected to see that grow")."""
    return token.tag_ in ("WDT", "WP") or (token.lower_ in ("that", "which", "whom") and clause.left_edge == token)


def _a_stranded_preposition(verb, clause):
    """The preposition (or particle) ``verb`` ends on, whose object is the relative pronoun
    opening its clause ("that EU leaders agreed [on]"), or None."""
    if clause.dep_ != "relcl" or not _relative_pronoun(clause.left_edge, clause) \
            or clause.left_edge.dep_ in ("nsubj", "nsubjpass"):
        return None
    stranded = [c for c in verb.children if c.dep_ == "prt" or c.dep_ == "prep" and not any(c.children)]
    return stranded[-1] if stranded else None


def hyphenated_end(token):
    """"won re-election": the parser may split a hyphenated object into three; its last part."""
    while token.i + 2 < len(token.doc) and not token.whitespace_ and token.nbor(1).text == "-" \
            and not token.nbor(1).whitespace_ and token.nbor(2).dep_ == token.dep_:
        token = token.nbor(2)
    return token


# "The Dow was down 190 points", "Shares were sharply higher": where a figure stands
LEVEL_ADVERBS = {"up", "down", "higher", "lower", "off", "flat", "unchanged"}
# "hit a record [high]": the parser may hang the mark on the verb
MARK_ADVERBS = {"high", "low", "highs", "lows"}


def _level_said(verb):
    """"the Dow was [down 190 points]", "Sales fell [5 percent]": how far, where the verb has no object."""
    if verb.lemma_ != "be":
        return next((c for c in verb.children if c.dep_ == "npadvmod" and verb.i < c.i <= verb.i + 4
                     and c.ent_type_ in ("PERCENT", "MONEY", "QUANTITY")), None)
    return next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in LEVEL_ADVERBS and c.i > verb.i), None)


def _what_the_first_did(obj, skip):
    """"became the first British man [to win the Wimbledon singles title]": the deed that ranks them."""
    if not ranked(obj):
        return ""
    deed = next((c for c in obj.children if c.dep_ in ("relcl", "acl") and to_infinitive(c)), None)
    return " " + phrase_of(deed, skip, limit=6) if deed is not None else ""


def _final_score(verb):
    """"beat Arsenal 2-1", "won 1-0": a game's score, which the parser splits at the hyphen (not a
    range of a measure: "fell 5-6 percent")."""
    doc = verb.doc
    for first in verb.children:
        last = first.i + 2
        if first.like_num and last < len(doc) and doc[first.i + 1].text in ("-", "–") and doc[last].like_num \
                and not (last + 1 < len(doc) and (doc[last + 1].pos_ == "NOUN" or doc[last + 1].text == "%")):
            return doc[first.i:last + 1]
    return None


def _an_opponent(verb, skip):
    """"Chelsea beat [Arsenal] 2-1": before a score, the parser takes the side beaten for a modifier."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return after if after is not None and after.head == verb and after.dep_ == "npadvmod" \
        and after.pos_ == "PROPN" and after.i not in skip else None


def _mark_after(obj, verb):
    after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    if after is None or after.head != verb or after.dep_ != "advmod":
        return ""
    # (and "play a practice [round] on Monday": a noun the parser made an adverb)
    if after.lower_ in MARK_ADVERBS or after.tag_ in ("NN", "NNS"):
        return " " + after.text
    return ""


def _rest_of_a_split_name(obj, verb):
    """"won the Ballon d'Or": a name the parser split into two objects of the verb."""
    after = obj.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(obj.doc) else None
    split = after is not None and after.head == verb and after.dep_ == obj.dep_ and obj.pos_ == after.pos_ == "PROPN"
    return " " + after.text if split else ""


def _indirect_object(obj, verb):
    """"fined [GM] $35 million", "gave [Merkel] a medal" (and a name the parser split the same
    way: "won [the Ballon] [d'Or]")."""
    before = obj.doc[obj.left_edge.i - 1] if obj.left_edge.i > 0 else None
    if before is None or before.dep_ != "dative" or before.head != verb:
        return ""
    return phrase_of(before, set(), limit=4) + " "


def told_of_the_last_time(verb):
    """The verb of "The last time the Senate changed its rules was in 1975": "be" dates the time
    that clause tells of (read from the words: the parser often makes "was" a conjunct)."""
    words = verb.sent[:3]
    if verb.lemma_ != "be" or len(words) < 3 or words[0].lower_ != "the" or words[2].lower_ != "time" \
            or words[1].lower_ not in ("last", "first", "only", "previous", "next"):
        return None
    between = verb.doc[words[2].i + 1:verb.i]
    return next((t for t in between if t.pos_ == "VERB"), None)


def _period_of_the_subject(subject, date_span):
    """The date's words, where the date is the period the subject is of ("Third-quarter net income
    rose 12%"): the subject is not whole without them."""
    if subject is None or date_span is None or date_span.root.head != subject or subject.pos_ != "NOUN" \
            or date_span.root.dep_ not in ("compound", "amod", "nmod", "nummod", "poss"):
        return set()
    return date_words(date_span)


def _subject_and_verb(verb, subject, obj, skip):
    """A title's opening words: the subject without its date words, and the verb group. A subject
    made of date words alone stays ("Year-ago results have been restated", "Quarter was
    terrible"), except before "be" and a noun, which titles the event alone ("The previous day
    had been a national holiday": "National holiday"; "Last December was the warmest on record",
    where the parser made the date no subject: "Warmest on record")."""
    if subject is None:
        before = [t for t in verb.sent if t.i < verb.i and not t.is_punct]
        dated = verb.lemma_ == "be" and bool(before) and all(t.i in skip or t.dep_ in ("aux", "neg") for t in before)
        return [] if dated else [_verb_chain(verb)]
    if _only_date_words(subject, skip):
        if verb.lemma_ == "be" and not (obj is not None and obj.pos_ == "ADJ"):
            return []
        return [phrase_of(subject, set(), limit=10), _verb_chain(verb)]
    # (not the others a relative clause's noun is listed with: "DeJesus, who ..., and Knight")
    described = any(t.dep_ == "relcl" and t.head == subject for t in [verb, *verb.ancestors])
    return [phrase_of(subject, skip, limit=10, keep_conjuncts=not described, followed=True),
            _be_for_a_pronoun(subject, verb) + _verb_chain(verb)]


def _pronoun_meant(pronoun, verb):
    """Whom a subject pronoun stands for, where its sentence has just named them: the one who
    said it ("The district said it will spend $155 million": "District will spend"; "Ivanishvili
    has said he will step down"), or the subject of the clause it is told beside ("The typhoon
    weakened as it crossed the South China Sea", where no object of that clause could be meant as
    well: "The company bought the plant after it closed") or after ("The bank cut its rate in May,
    and it has kept it there"). A "he" or "she" only for a person named."""
    if pronoun.lower_ not in SPEAKER_PRONOUNS or pronoun.head != verb:
        return None
    speaker = _speaker(verb)
    if speaker is not None:
        return speaker if _fits(pronoun, speaker) else None
    joined = _clause_before(verb)
    if joined is None:
        return None
    subject = next((c for c in joined.children if c.dep_ == "nsubj"), None)
    if subject is None or not _fits(pronoun, subject) or verb.dep_ == "advcl" \
            and any(c.dep_ in ("dobj", "dative") and _fits(pronoun, c) for c in joined.children):
        return None
    return subject


def _fits(pronoun, named):
    """Whether ``pronoun`` may stand for the noun ``named`` ("Rescuers", tagged a name, is many)."""
    if named.pos_ not in ("NOUN", "PROPN"):
        return False
    plural = named.tag_ in ("NNS", "NNPS") or any(c.dep_ == "cc" for c in named.children) \
        or named.tag_ == "NNP" and not named.ent_type_ and named.lower_.endswith("s")
    person = named.ent_type_ == "PERSON"
    return {"it": not plural and not person, "they": plural, "he": person and not plural,
            "she": person and not plural}[pronoun.lower_]


def _speaker(verb):
    """Who said the clause of ``verb`` ("The district said [it will spend]"), or None."""
    clause = verb
    while clause.dep_ in ("conj", "xcomp") and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or not reports_speech(clause.head):
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def _clause_before(verb):
    """The clause ``verb``'s clause follows as a conjunct or is told after with "as", "when",
    "after" ..., unless its "it" stands for nothing ("after it emerged that")."""
    told_beside = verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children) and verb.head.i < verb.i
    if verb.dep_ != "conj" and not told_beside:
        return None
    if verb.lemma_.lower() in EXPLETIVE_VERBS or any(c.dep_ in ("ccomp", "acomp") for c in verb.children):
        return None
    return verb.head


EXPLETIVE_VERBS = {"be", "seem", "appear", "emerge", "turn", "happen", "become", "rain", "snow", "stand",
                   "take", "look", "remain"}
SPEAKER_PRONOUNS = {"it", "they", "he", "she"}


def _be_for_a_pronoun(subject, verb):
    """"Born in 1932, he was nominated ...": a participle opening the sentence, told of a pronoun
    it borrows, reads "He was born" ("Reed born in Brooklyn" reads well as it is)."""
    if subject.tag_ != "PRP" or verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl") or verb.i > subject.i \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return ""
    return "were " if subject.lower_ in ("they", "we", "you") else "was "


def _only_date_words(phrase, skip):
    return all(t.i in skip for t in phrase.subtree)


def _says_only_when(verb, subject, skip):
    """A "be" that tells nothing of its subject but its date ("The final is on Monday"; not "was
    harder in 1995", "will be back in 2008")."""
    if verb.lemma_ != "be" or subject is None or _only_date_words(subject, skip):
        return False
    told = [c for c in verb.children if c != subject and c.dep_ not in ("aux", "neg", "punct", "expl")
            and not all(t.i in skip or t.dep_ == "prep" for t in c.subtree)]
    return not told


def hyphenated_tail(token, title):
    """"Saturday's semi[-finals]": the rest of a hyphenated noun the parser split, for a title
    ending with its first part."""
    end = hyphenated_end(token)
    if end == token or not title.endswith(token.text):
        return ""
    return token.doc[token.i + 1:end.i + 1].text


def _hyphenated_start(token):
    end = hyphenated_end(token)
    return token.doc[token.i:end.i].text_with_ws if end != token else ""


def _without_the_date(headline, date_span):
    """A headline's words without the date's, nor the preposition of a date ending it ("Bond
    Buying To Continue [Into 2014]"; "Police arrest suspect in [Friday] shooting" keeps "in")."""
    kept = [t for t in headline if not date_span.start <= t.i < date_span.end]
    if headline[-1].i == date_span.end - 1 and kept and kept[-1].pos_ == "ADP":
        kept = kept[:-1]
    return kept


# "LONDON (AP) —", "MOORE, Okla. (AP) —", "BEIJING (Reuters) -", "WASHINGTON - U.S. retailers": a
# place in capitals, perhaps its state or country, perhaps the agency, then a dash (a bare hyphen
# after the agency, or spaced before a capital)
DATELINE = re.compile(r"[A-Z][A-Z.'\- ]+(?:,[^()—–\n]{1,40}?)?"
                      r"(?:\s*\([^()]{1,30}\)\s*(?:—|–|--|-)|\s*(?:—|–|--)|\s+-\s+(?=[A-Z\"“]))")


def dateline_of(sentence):
    """Token indexes of the dateline that opens ``sentence``, if it opens with one."""
    match = DATELINE.match(sentence.text)
    if match is None:
        return set()
    return {t.i for t in sentence if t.idx - sentence.start_char < match.end()}


def _restates_the_date(phrase, date_span):
    """Whether ``phrase`` stands right after the date and a comma, in apposition to it."""
    if date_span is None or date_span.end >= len(date_span.doc):
        return False
    return date_span.doc[date_span.end].text == "," and phrase.left_edge.i == date_span.end + 1


def _names_a_time(phrase, skip=frozenset()):
    """Whether a phrase is another date ("in 2011" in the title of what falls due in 2016), or
    holds one as a figure's baseline ("from a year earlier", "from a peak in 1950"): the timeline
    gives each event its own date, so a title names none. (``skip``: the event's own date words.)"""
    if phrase.lower_ in ("from", "than") and any(t.ent_type_ in ("DATE", "TIME") and t.i not in skip
                                                 and not _part_of_a_modifier(t, phrase) for t in phrase.subtree):
        return True
    return any(child.dep_ == "pobj" and child.ent_type_ in ("DATE", "TIME") for child in phrase.children)


def _part_of_a_modifier(token, phrase):
    """Whether ``token`` is part of a word describing a noun inside ``phrase`` ("from an
    [18-month] recession": a length, no date of the recession)."""
    while token != phrase and token.head != token:
        if token.dep_ in ("compound", "amod"):
            return True
        token = token.head
    return False


def date_words(date_span):
    """Token indexes of the date expression and of the preposition that introduces it; with
    the dates coordinated with it ("for December and January" leaves no "for December and")."""
    if date_span is None:
        return set()
    skip = set(range(date_span.start, date_span.end))
    top = date_span.root
    while top.dep_ == "conj" and top.head.ent_type_ in ("DATE", "TIME"):
        top = top.head
    coordination = list(top.subtree)
    if any(t.dep_ == "conj" for t in coordination) and \
            all(t.ent_type_ in ("DATE", "TIME") or t.dep_ in ("cc", "punct") for t in coordination):
        skip.update(t.i for t in coordination)
    skip.update(t.i for c in top.children if c.dep_ == "poss" and c.i < date_span.start for t in c.subtree)
    head = top.head   # ("results for [its] fiscal fourth quarter": no "results its")
    if head.dep_ == "prep" and all(c.i in skip for c in head.children):
        skip.add(head.i)
        _skip_an_edge_of_the_date(head.head, skip)
    return skip


def _skip_an_edge_of_the_date(edge, skip):
    """"close before [the end of] Dell's second fiscal quarter": an edge of the date is date words too."""
    if edge.lemma_.lower() not in EDGE_NOUNS or edge.dep_ != "pobj":
        return
    if all(c.i in skip or c.dep_ == "det" for c in edge.children):   # (not "the end of the school year in June")
        skip.update(c.i for c in edge.children if c.dep_ == "det")
        skip.add(edge.i)
        if all(c.i in skip for c in edge.head.children):
            skip.add(edge.head.i)


def subject_of(verb):
    """The subject of ``verb``'s clause, or of the clause it hangs on: through an infinitive,
    a conjunct, an adjective ("He is due to visit") or a preposition's gerund ("rates spiked
    Thursday before easing this week")."""
    after_a_gerund = through_a_gerund = False
    for token in [verb, *verb.ancestors]:
        # the subject nearest the verb: "BOSTON (AP) — Two bombs exploded" parses as two
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and not _an_adverb_taken_for_a_subject(c)]
        if len(subjects) >= 2 and _an_aside(subjects[-1]):
            subjects.pop()   # "A ferry carrying 476 people, [most of them students on a trip], sank"
        subject = (subjects[-1] if subjects else None) or _subject_of_an_auxiliary(token)
        clause = _relative_clause_opened_by(subject, token) if subject is not None else None
        if clause is not None:   # "a nurse who was wounded", "the ceiling, which the Treasury says will be reached"
            return _antecedent(clause)
        if subject is not None:
            return subject
        owner = _a_subject_taken_for_a_modifier(token)
        if owner is not None:
            return owner
        if _set_on_the_noun_before(token) or a_participle_taken_for_a_conjunct(token):
            return token.nbor(-2)   # "faces 20 years at his sentencing, scheduled for May 13"
        if token.dep_ == "acl" and token.tag_ == "VBN" and (through_a_gerund or token.head.dep_ == "ROOT"):
            return token.head      # (a main verb the parser took for a participle: "rates spiked",
            #                         "A meteor streaked across the sky and exploded")
        if token.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "acomp") and not (after_a_gerund and token.dep_ == "prep") \
                and not (token.dep_ == "dep" and token.pos_ == "VERB" and token.head.pos_ == "VERB") \
                and not _said_without_its_subject(token):
            break   # (an unlabelled verb on a verb: "lost the final, then won gold", a conjunct to the parser's eye)
        after_a_gerund = token.dep_ == "pcomp"
        through_a_gerund = through_a_gerund or after_a_gerund
    return None


def _verbless_sentence_subject(clause, dateline):
    """"Search teams from several countries [spent] Saturday scouring the sea": in a sentence the
    parser left without a verb, a past hung on a noun inside its first phrase has that phrase's
    head as its subject, not the noun it hangs on (nor a dateline the parser made the root)."""
    root = clause.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i in dateline or clause.tag_ not in ("VBN", "VBD") or clause.head == root \
            or not root.is_ancestor(clause) or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    return root


def _an_aside(phrase):
    """Whether ``phrase`` stands between commas."""
    doc, before, after = phrase.doc, phrase.left_edge.i - 1, phrase.right_edge.i + 1
    return before >= 0 and after < len(doc) and doc[before].text == "," and doc[after].text == ","


def _an_adverb_taken_for_a_subject(token):
    """"He won the Masters in 2005, and [last] won a major in 2008": an adverb the parser made the
    subject of a conjunct."""
    return token.lower_ in ("last", "first", "then", "later", "once", "again", "also") and token.n_lefts == token.n_rights == 0


def _subject_of_an_auxiliary(verb):
    """"Cyprus has until Monday to raise 5.8bn euros": the parser made "has" an auxiliary of
    "raise" and hung the subject on it."""
    return next((g for c in verb.children if c.dep_ == "aux" for g in c.children if g.dep_ in ("nsubj", "nsubjpass")),
                None)


def _a_subject_taken_for_a_modifier(verb):
    """"a week after Sony's PlayStation 4 launches on Nov. 15", "A 2012 anti-corruption law bars
    anyone": a tensed verb the parser read as a noun its subject owns or describes (no verb has
    either)."""
    if verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return None
    owned = [c for c in verb.children
             if c.dep_ in ("nmod", "poss", "compound") and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
    return owned[-1] if owned else None


# participles that, after a comma, set the noun before them: "his sentencing, scheduled for May 13"
# (not "delayed", which tells of the subject as often: "Talks dragged on through the winter, delayed by ...")
SETTING_PARTICIPLES = {"schedule", "set", "slate", "plan", "expect", "reschedule"}


def _noun_before_the_verb_group(verb, skip):
    """The noun right before a verb's tensed auxiliaries, where the parser gave the verb no subject."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not auxiliaries or auxiliaries[0].tag_ not in ("VBD", "VBZ", "VBP", "MD") \
            or [a.i for a in auxiliaries] != list(range(verb.i - len(auxiliaries), verb.i)):
        return None
    before = auxiliaries[0].i - 1
    if before < verb.sent.start or before in skip:
        return None
    noun = verb.doc[before]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _set_on_the_noun_before(verb):
    """A participle the parser hung on the main verb or another noun, right after a comma that
    follows a noun ("its own Mars probe, scheduled to launch on Nov. 18", hung on "rupees")."""
    return verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBN" and verb.lemma_ in SETTING_PARTICIPLES \
        and verb.i >= 2 and verb.nbor(-1).text == "," and verb.nbor(-2).pos_ == "NOUN" \
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


def a_participle_taken_for_a_conjunct(verb):
    """"approved sanctions over the North's nuclear test, carried out on Feb. 12": a participle
    after a noun and a comma, with no "and" nor subject to make it a second verb of the clause."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.i >= 2 and verb.nbor(-1).text == "," \
        and verb.nbor(-2).pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "cc" for c in verb.head.children) \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def _said_without_its_subject(verb):
    """"The United States said on Tuesday reaffirmed its commitment": a finite clause reported
    after its verb with no subject nor "that" of its own, its subject dropped, is the speaker's
    (not "Reported rapes more than doubled, police said", where the parser lost the subject)."""
    return verb.dep_ == "ccomp" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.i > verb.head.i \
        and reports_speech(verb.head) and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children)


def _antecedent(clause):
    """The noun a relative clause describes, past a day the parser hung it on: "began drills
    on March 1, which run until the end of April" (the drills run; but "the current quarter,
    which ends in June", and "on March 1, which was a Friday", describe their dates)."""
    noun = clause.head
    if noun.ent_type_ in ("DATE", "TIME") and noun.dep_ == "pobj" and noun.head.lower_ == "on" \
            and clause.lemma_ != "be":
        return next((c for c in noun.head.head.children if c.dep_ == "dobj"), noun)
    if noun.ent_type_ in ("GPE", "LOC", "FAC") and clause.lemma_ in RUNNING_VERBS and noun.dep_ == "pobj" \
            and noun.head.lower_ in ("in", "at") and noun.head.head.pos_ == "NOUN":
        return noun.head.head   # "its intervention in Somalia, which began in October 2011": no place begins
    return noun


# what happenings do, and places do not
RUNNING_VERBS = {"begin", "start", "end", "erupt", "last", "continue", "escalate", "resume", "intensify"}


def _object_described(participle):
    """The object a participle follows and describes, whatever the parser hung it on: "denied
    the allegations, first published by a website in December" (not "Founded in 1990, the firm");
    a gerund after what is seen or foreseen: "They see the jobless rate, 7.7 percent in February,
    falling to 7.3 percent by the fourth quarter" (not "He left the room, slamming the door")."""
    gerund_seen = participle.tag_ == "VBG" and participle.head.lemma_ in SENSING | FORESEEING
    if participle.dep_ != "advcl" or participle.tag_ != "VBN" and not gerund_seen or \
            any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in participle.children):
        return None
    obj = next((c for c in participle.head.children if c.dep_ == "dobj"), None)
    if obj is None or obj.right_edge.i >= participle.left_edge.i:
        return None
    between = participle.doc[obj.right_edge.i + 1:participle.left_edge.i]
    return obj if all(t.is_punct for t in between) else None


def _verb_chain(verb):
    """The verb group, after its governor's when it is an infinitive or gerund ("is expected
    to be charged", "began lining up", "is due to visit"), so the title keeps what was said of it."""
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and verb.head != verb:
        told = next((c for c in verb.head.children if c.dep_ == "dobj" and verb.head.i < c.i < verb.i), None)
        told = " " + phrase_of(told, set(), limit=5) if told is not None else ""   # "urged [residents] to stay"
        return _verb_chain(verb.head) + told + " " + _verb_group(verb)
    adjective = verb.head
    if verb.dep_ == "xcomp" and adjective.pos_ == "ADJ" and adjective.dep_ == "acomp" and adjective.head.pos_ in ("VERB", "AUX"):
        return _verb_chain(adjective.head) + " " + adjective.text + " " + _verb_group(verb)   # "is due to visit"
    return _verb_group(verb)


# "stepped down", "fall back": adverbs the parser may not call particles
PARTICLE_ADVERBS = {"down", "up", "out", "off", "away", "back", "aside", "short", "apart", "behind", "forward",
                    "ahead", "together", "over"}


def _verb_group(verb):
    """The verb with its auxiliaries, negation and particle; a conjunct with no subject of its
    own borrows its first verb's modal ("will cut jobs and close two plants"; the parser tags
    past forms too freely for "was" or "had" to be lent)."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    if not helpers and verb.dep_ == "conj" and verb.tag_ == "VB" and \
            not any(c.dep_.startswith("nsubj") for c in verb.children):
        helpers = [c for c in verb.head.children if c.dep_ == "aux" and c.tag_ == "MD" and c.i < verb.head.i]
    if not helpers and _a_passive_shared(verb):   # "was captured that December and [was] executed"
        helpers = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass") and c.i < verb.head.i]
    particles = [c for c in verb.children if c.dep_ == "prt" or _particle_adverb(c, verb)]
    words = sorted(helpers + [verb] + particles, key=lambda t: t.i)
    return " ".join(_as_in_a_sentence(t) for t in words if not t.is_punct)


def _a_passive_shared(verb):
    """A participle joined to a passive one, with no subject nor helper of its own: "was
    captured and executed" (passives both, by the tags of the pair)."""
    first = verb.head
    # (and a participle the tagger took for a past, its date for an object: "and [convicted] the following year")
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TIME_NOUNS for c in verb.children)
    return verb.dep_ == "conj" and participle and first.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in first.children) \
        and not any(c.dep_.startswith("nsubj") or c.dep_ in ("aux", "auxpass") for c in verb.children)


def _particle_adverb(token, verb):
    """"down" in "stepped down in 1999", "forward" in "brought forward to 2035"; not "up" in "closed
    up 1.2 cents" (a measure follows)."""
    if token.dep_ != "advmod" or token.i != verb.i + 1 or token.lower_ not in PARTICLE_ADVERBS:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    ahead_of = token.lower_ == "ahead" and following is not None and following.lower_ == "of"   # a preposition
    return not ahead_of and (following is None or not (following.like_num or following.tag_ == "$"))


def _as_in_a_sentence(token):
    """A word that opened its sentence in lower case ("Born on July 18, ..."), unless a name,
    "I" or an acronym ("CIA")."""
    opened = token.is_sent_start and token.pos_ != "PROPN" and token.text[1:].islower()
    return token.lower_ if opened else token.text


CLAUSE_BREAKS = {"relcl", "acl", "advcl", "appos", "ccomp", "parataxis"}


def phrase_of(head, skip, limit, keep_conjuncts=False, followed=False):
    """The words of ``head``'s subtree without its subordinate clauses and the date words;
    ``followed`` by more of the title (a subject by its verb)."""
    breaks = CLAUSE_BREAKS if keep_conjuncts else CLAUSE_BREAKS | {"conj", "cc"}
    excluded = set(skip)
    for token in head.subtree:
        if token != head and (token.dep_ in breaks or followed and token.lower_ == "including" and token.dep_ == "prep") \
                and not _joined_in_a_name(token) and not _paired_by_between(token) and not _figures_paired(token):
            excluded.update(t.i for t in token.subtree)   # (and the examples a subject lists: "Another 683
            #                                               supporters, including the leader, go on trial")
        if _left_by_a_relative_clause(token, head):
            excluded.update(t.i for t in token.subtree)
        if token.dep_ == "prep" and token != head and any(c.dep_ == "pobj" and c.i in skip for c in token.children) \
                and _all_skipped(token, skip):
            excluded.add(token.i)   # ("from acting [in] July last year")
            if token.i > 0 and token.lower_ == "of" and token.nbor(-1).lower_ == "as":
                excluded.add(token.i - 1)   # ("Assets [as of] Sept. 30 fell")
    tokens = [t for t in head.subtree if t.i not in excluded and not t.is_space]
    while tokens and (_leading_filler(tokens[0], head) or tokens[0].is_punct):
        tokens = tokens[1:]
    if followed:
        tokens = _without_an_unclosed_aside(tokens)
    words = [i for i, t in enumerate(tokens) if not t.is_punct and not _inside_a_hyphenated_word(t)]
    if len(words) > limit:   # cut after a word that can end a phrase, not after "by" or "an"
        tokens = tokens[:words[limit - 1] + 1]
        while len(tokens) > 1 and (tokens[-1].pos_ not in ("NOUN", "PROPN", "NUM", "PRON", "VERB")
                                   or tokens[-1].head.i > tokens[-1].i):   # ("of a 50[%]", "the Birmingham [bombing]")
            tokens = tokens[:-1]
    return _render(tokens)


def _left_by_a_relative_clause(token, head):
    """"The rover, which touched down on Aug. 6, 2012, [after a 253-day journey], has been idle":
    a phrase right after a relative clause, which the parser hung on the clause's noun."""
    if token.dep_ != "prep" or token.head != head or token.i < 2 or token.doc[token.i - 1].text != ",":
        return False
    return any(c.dep_ == "relcl" and c.i < token.i and c.right_edge.i >= token.i - 3 for c in head.children)


def _inside_a_hyphenated_word(token):
    """"year" and "old" in "9-year-old": one word with the first, for a title's length."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text in ("-", "–") and not doc[token.i - 1].whitespace_ \
        and not doc[token.i - 2].whitespace_


def _without_an_unclosed_aside(tokens):
    """"The activists[,] from 18 countries have been held": the comma opening an aside whose
    closing comma is left out of the phrase goes too."""
    while tokens and tokens[-1].text == ",":
        tokens = tokens[:-1]    # (a closing comma ending the phrase is dropped when it is rendered)
    for k, token in enumerate(tokens[:-1]):
        if token.text == "," and tokens[k + 1].dep_ == "prep" and not any(t.text == "," for t in tokens[k + 1:]):
            return tokens[:k] + tokens[k + 1:]
    return tokens


def _figures_paired(token):
    """"$95 or 1 percent of income": a figure's alternative the phrase needs, right after it (not
    "$7.5 billion, or $8.26 a share", an aside)."""
    figure = token.head
    if token.dep_ not in ("conj", "cc") or figure.tag_ != "CD" or figure.i + 1 >= len(token.doc):
        return False
    joint = token.doc[figure.i + 1]
    other = next((c for c in figure.children if c.dep_ == "conj"), None)
    return joint.dep_ == "cc" and joint.head == figure and other is not None and other.tag_ == "CD"


def _paired_by_between(token):
    """"a link between coffee [and heart disease]": the pair "between" needs."""
    return token.dep_ in ("conj", "cc") and any(a.lower_ == "between" for a in list(token.ancestors)[:3])


def _joined_in_a_name(token):
    """"Fast & Furious 6", "Procter & Gamble": an ampersand joins one name, not two."""
    if token.dep_ == "cc":
        return token.text == "&"
    return token.dep_ == "conj" and any(c.dep_ == "cc" and c.text == "&" for c in token.head.children)


# "behind [only] the 2007 Virginia Tech massacre": words that focus a phrase, not name it
FOCUS_ADVERBS = {"only", "just", "even", "also"}


def _leading_filler(token, head):
    """A word a title may start without: the phrase's own article ("The bombs"), a conjunction,
    preposition or "whose"; not the article of a measure inside it ("[a] week after the attack")."""
    if token == head:
        return False
    return token.dep_ in ("cc", "prep", "case") or token.tag_ == "WP$" or \
        (token.dep_ == "advmod" and token.lower_ in FOCUS_ADVERBS) or \
        (token.dep_ == "det" and token.head.dep_ != "npadvmod" and token.lower_ != "no"   # ("whose popularity")
         and not (token.lower_ in ("this", "next", "last") and token.head.lower_ in TIME_NOUNS))   # ("This year's election")


def _render(tokens):
    """Tokens as they stood in the text, without stray punctuation or empty brackets."""
    while tokens and tokens[-1].is_punct and tokens[-1].text in (".", "!", "?"):
        tokens = tokens[:-1]      # a title ends without the sentence's full stop
    text = "".join(
        _as_in_a_sentence(t) + (" " if t.whitespace_ or _a_space_after(t, tokens) else "") for t in tokens)
    text = re.sub(r"\(\s*\)|[“”\"]", "", _balanced_brackets(text))
    text = re.sub(r"\s*\n\s*|\s{2,}", " ", text)
    text = re.sub(r"\s+,", ",", text)
    text = re.sub(r"([,;:])(?:\s*[,;:.](?!\w))+", r"\1", text)   # what a left-out clause leaves: "meeting, , ."
    text = re.sub(r"(?:\s*[,;:]|\s+\.)+$", "", text)
    text = re.sub(r"\s+\.(?=\s)", "", text)    # a sentence's full stop the parser hung on a noun
    return text.strip(" ,;:(-")


def _balanced_brackets(text):
    """Without a bracket whose partner the phrase left out ("a 5-mile [)] drive")."""
    kept, opened = [], []
    for character in text:
        if character == ")" and not opened:
            continue
        if character == "(":
            opened.append(len(kept))
        elif character == ")":
            opened.pop()
        kept.append(character)
    for position in reversed(opened):
        del kept[position]
    return "".join(kept)


def _a_space_after(token, tokens):
    """A space where the next word is one, or a comma left out ("The activists[,] from")."""
    if token.i + 1 >= len(token.doc):
        return False
    follower = token.nbor(1)
    return follower.is_space or (follower.text == "," and follower.whitespace_ and follower not in tokens)


def _all_skipped(preposition, skip):
    """Whether the date words leave nothing of a phrase but its preposition ("until [after midnight]"),
    or an adverb on it ("probably in [the fall]")."""
    return all(t.i in skip or t == preposition or t.is_punct or t.dep_ == "advmod" and t.head == preposition
               for t in preposition.subtree)


def sentence_title(span):
    """The sentence's first words, after its dateline."""
    text = span.sent.text if span is not None else ""
    dateline = DATELINE.match(text)
    words = text[dateline.end() if dateline else 0:].split()
    return " ".join(words[:TITLE_WORDS])
