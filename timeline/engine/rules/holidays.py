"""Named days of the year: holidays whose date is a rule ("the fourth Thursday of November")."""
from .model import Rule

HOLIDAY_NAMES = (r"Thanksgiving(?:\s+Day)?|Christmas\s+(?:Day|Eve)|New\s+Year'?s\s+(?:Day|Eve)|"
                 r"Election\s+Day|Independence\s+Day|Memorial\s+Day|Labor\s+Day|Veterans\s+Day|Easter\s+Monday|Easter(?:\s+Sunday)?|"
                 r"Valentine'?s\s+Day|Halloween|Good\s+Friday|Ash\s+Wednesday|Palm\s+Sunday|(?:Maundy|Holy)\s+Thursday|"
                 r"Shrove\s+Tuesday|Mardi\s+Gras|Pentecost(?:\s+Sunday)?|Black\s+Friday|Cyber\s+Monday|(?-i:May\s+Day)|Christmas|"
                 r"Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents'?\s+Day|Patriots'?\s+Day|Columbus\s+Day|"
                 r"Mother'?s\s+Day|Father'?s\s+Day|St\.?\s+Patrick'?s\s+Day|Groundhog\s+Day|April\s+Fools'?\s+Day|"
                 r"Inauguration\s+Day|Bastille\s+Day|Boxing\s+Day|Remembrance\s+Day|Armistice\s+Day|Canada\s+Day|Australia\s+Day|"
                 # other calendars' (engine/holidays.py dates them with the holidays library)
                 r"Passover|Rosh\s+Hashanah?|Yom\s+Kippur|Eid\s+al-(?:Fitr|Adha)|Diwali|(?:Lunar|Chinese)\s+New\s+Year")

RULES = (
    Rule("holiday", r"(?:{EDGE}[-\s]+)?(?P<holiday>" + HOLIDAY_NAMES + r")"
         r"(?!\s+(?:season|holidays|shopping|shoppers|sales|party|parties|dinner|message|speech|trees?|cards?|"
         r"break|truce|ceasefire|gifts?|presents?|lights|markets?|carols?|spirit|decorations|bonus|bonuses|rush|Island|Islands|"
         r"story|special|songs?|music|movie|film|shows?|services?|mass)\b)(?P<week>\s+week(?:end)?)?(?:,?\s+{year:YEAR}|\s+(?P<year_shift>last|next|this)\s+year)?",
         "HOLIDAY-{holiday}{week}{year}{year_shift}",
         examples=(("Thanksgiving Day", "2025-11-27"), ("Christmas Day", "2025-12-25"), ("Easter", "2025-04-20"),
                   ("Election Day", "2025-11-04"), ("over [Christmas] with family", "2025-12-25"),
                   ("Easter week", "2025-W16"), ("Christmas Day 2004", "2004-12-25"),
                   ("Good Friday", "2025-04-18"), ("Ash Wednesday", "2025-03-05"), ("Palm Sunday", "2025-04-13"),
                   ("Easter Monday", "2025-04-21"), ("Black Friday", "2025-11-28"), ("Cyber Monday", "2025-12-01"), ("the [May Day] parade", "2025-05-01"),
                   ("Martin Luther King Jr. Day", "2026-01-19"), ("Mother's Day", "2025-05-11"), ("Patriots' Day", "2025-04-21"),
                   ("St. Patrick's Day", "2025-03-17"), ("Boxing Day", "2025-12-26"),
                   ("closed for the [Memorial Day] holiday", "2025-05-26"),
                   # the nearest, as for any holiday with no tense to go by
                   ("Passover", "2025-04-13"), ("Rosh Hashanah", "2025-09-23"), ("Yom Kippur", "2025-10-02"),
                   ("Eid al-Fitr", "2025-03-30"), ("Eid al-Adha", "2025-06-06"), ("Diwali", "2025-10-20"),
                   ("Lunar New Year", "2026-02-17"),   # (188 days ahead, 196 back)
                   # the weekend nearest the day: Labor Day (1 Sept. 2025) is a Monday, Thanksgiving a Thursday
                   ("Labor Day weekend", "2025-W35-WE"), ("Thanksgiving weekend", "2025-W48-WE"),
                   ("Easter weekend", "2025-W16-WE"),
                   # the year named after it, counted from the publication's
                   ("over the [Labor Day weekend last year]", "2024-W35-WE"), ("Christmas next year", "2026-12-25"))),
    # "the Monday after Thanksgiving", "the Sunday before Christmas": the first such day on that side
    Rule("weekday_beside_a_holiday", r"the\s+{weekday:WEEKDAY}\s+(?P<holiday_side>after|before)\s+(?P<holiday>" + HOLIDAY_NAMES + r")",
         "HOLIDAY-{holiday}@{holiday_side}WD{weekday}",
         examples=(("[the Monday after Thanksgiving]", "2025-12-01"), ("[the Sunday before Christmas]", "2025-12-21"))),
    # Holy Week runs up to Easter: the ISO week that holds Good Friday (and Easter Sunday)
    Rule("holy_week", r"(?-i:Holy\s+Week)", "HOLIDAY-good_friday@W",
         examples=(("before [Holy Week]", "2025-W16"),)),
    # "the 9/11 attacks": the day is the name (as "the Sept. 11 attacks" is, in dates.py)
    Rule("nine_eleven", r"9/11(?![/\d])", "2001-09-11",
         only_after=r"\b(?:the|since|after|before|post-|pre-)\s*",   # (not a score: "voted 9/11 in favour")
         examples=(("after the [9/11] attacks", "2001-09-11"), ("since [9/11]", "2001-09-11"))),
    Rule("last_holiday", r"last\s+(?P<holiday>Thanksgiving|Christmas|Easter|Halloween|New\s+Year'?s(?:\s+Day)?)",
         "HOLIDAY-{holiday}", direction="before",
         examples=(("last Christmas", "2024-12-25"), ("last Thanksgiving", "2024-11-28"))),
)
