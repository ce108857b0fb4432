"""Sets: regularly recurring times ("every week", "annually")."""
from .model import Rule

RULES = (
    # a speed is a measure, not a recurring time: "54,000 km (33,000 miles) per hour"
    Rule("every_unit", r"(?:every|each|per)\s+(?:single\s+)?(?P<unit>day|night|week|month|quarter|year|hour|minute|decade)",
         "P1{unit}", type="SET",
         unless_before=r"\b(?:miles|kilometers|kilometres|km|meters|metres|feet|instructions)\)?\s*$",
         near="UNIT", examples=(("every week", "P1W"), ("each year", "P1Y"), ("paid [per hour]", "PT1H"))),
    Rule("every_other_unit", r"every\s+(?:other|second)\s+(?P<unit>day|week|month|year)", "P2{unit}", type="SET",
         near="UNIT", examples=(("every other week", "P2W"),)),
    Rule("every_season", r"(?:every|each)\s+{season:SEASON}", "XXXX-{season}", type="SET",
         near="SEASON", examples=(("every summer", "XXXX-SU"),)),
    Rule("every_n_units", r"every\s+{number:NUMBER}\s+{unit:UNITS}", "P{number}{unit}", type="SET",
         near="UNIT", examples=(("every two years", "P2Y"),)),
    Rule("every_weekday", r"(?:every|each)\s+(?:other\s+|second\s+)?{weekday:WEEKDAY}", "XXXX-WXX-{weekday}", type="SET",
         near="WEEKDAY", examples=(("every Tuesday", "XXXX-WXX-2"), ("every other Tuesday", "XXXX-WXX-2"))),
    # "on the first Tuesday of each month": a day of every month (no single Tuesday)
    Rule("nth_weekday_of_every_month", r"the\s+(?:first|second|third|fourth|last)\s+{WEEKDAY}\s+of\s+(?:each|every)\s+month",
         "P1M", type="SET",
         near="WEEKDAY", examples=(("tours run on [the first Tuesday of each month]", "P1M"),)),
    Rule("weekdays_plural", r"(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)s", "XXXX-WXX-{weekday}", type="SET",
         near="WEEKDAY", examples=(("closed on [Sundays]", "XXXX-WXX-7"),)),
    Rule("weekday_parts_plural", r"{weekday:WEEKDAY}\s+(?P<part>morning|afternoon|evening|night)s",
         "XXXX-WXX-{weekday}T{part}", type="SET",
         near="WEEKDAY", examples=(("on [Tuesday nights]", "XXXX-WXX-2TNI"), ("Sunday mornings", "XXXX-WXX-7TMO"))),
    Rule("weekday_before_parts_plural",
         r"{weekday:WEEKDAY}(?=\s+(?:and|or)\s+{WEEKDAY}\s+(?P<part>morning|afternoon|evening|night)s)",
         "XXXX-WXX-{weekday}T{part}", type="SET",
         near="WEEKDAY", examples=(("on [Monday] and Tuesday nights", "XXXX-WXX-1TNI"),)),
    Rule("every_part_of_day", r"(?:every|each)\s+{part:PART_OF_DAY}", "XXXX-XX-XXT{part}", type="SET",
         examples=(("each morning", "XXXX-XX-XXTMO"), ("every evening", "XXXX-XX-XXTEV"))),
    Rule("weekends_plural", r"(?:every\s+weekend|weekends)(?!-)", "XXXX-WXX-WE", type="SET",
         examples=(("busiest on [weekends]", "XXXX-WXX-WE"), ("every weekend", "XXXX-WXX-WE"))),
    Rule("every_month_name", r"(?:every|each)\s+{month:MONTH}", "XXXX-{month}", type="SET",
         near="MONTH", examples=(("each July", "XXXX-07"),)),
    Rule("adverb_set", r"(?P<adverb>daily|nightly|weekly|monthly|quarterly|annually|yearly|hourly|biweekly|semi-?annually|biannually)"
         r"(?=\s*[,.;:)!?]|\s*$|\s+(?:and|or|through|since|until|for|in|by|at|from|on|to|over|as|because)\b)",
         "{adverb}", type="SET",
         examples=(("annually", "P1Y"), ("daily", "P1D"), ("The report comes out [biweekly].", "P2W"),
                   ("Interest is paid [semi-annually].", "P6M"), ("adjusted [biannually]", "P6M"))),
    # "a daily rally", "his weekly radio address": a frequency wherever it stands; "quarterly"
    # and "annual" are left to the adverb rule ("a quarterly dividend" names no time)
    # a capitalized one before a capitalized word is a title: "the Daily Mail", "The Weekly Standard"
    Rule("frequency_adjective", r"(?!(?-i:[A-Z])\w+\s+(?-i:[A-Z]))(?P<adverb>daily|nightly|weekly|biweekly|bimonthly|monthly|hourly)",
         "{adverb}", type="SET",
         examples=(("a [daily] public rally", "P1D"), ("his [weekly] radio address", "P1W"),
                   ("its [bimonthly] session", "P2M"),
                   ("average [hourly] earnings", "PT1H"))),
    Rule("times_a_unit", r"(?:once|twice|(?:{NUMBER})\s+times)\s+(?:a|an|per|each)\s+(?P<unit>day|week|month|year|quarter|hour)",
         "P1{unit}", type="SET",
         near="UNIT", examples=(("twice a year", "P1Y"),)),
)
