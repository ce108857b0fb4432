"""Holidays as calendar rules: the date a named day falls on in a given year."""
import warnings
from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter


def nth_weekday(month, weekday, n):
    """The n-th ``weekday`` (Monday=0) of ``month``; n=-1 for the last one."""
    def rule(year):
        if n > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    return rule


def fixed(month, day):
    return lambda year: date(year, month, day)


def from_calendar(country, name):
    """A holiday of the Hebrew, Islamic, Hindu or Chinese calendar, as the ``holidays`` library
    dates it in ``country``'s public holidays: the first day named ``name`` in the year; None
    for a year the library does not cover (India's from 2001 to 2035, for one)."""
    def rule(year):
        days = sorted(day for day, day_name in _public_holidays(country, year).items() if day_name == name)
        return days[0] if days else None
    return rule


@lru_cache(maxsize=256)
def _public_holidays(country, year):
    import holidays   # (loaded when first needed: it takes a tenth of a second)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # ("Requested Holidays are available only from 2001 to 2035")
        return dict(holidays.country_holidays(country, years=year))


def election_day(year):
    """The Tuesday after the first Monday of November."""
    return nth_weekday(11, 0, 1)(year) + timedelta(days=1)


HOLIDAYS = {
    "thanksgiving": nth_weekday(11, 3, 4),
    "christmas": fixed(12, 25),
    "christmas_day": fixed(12, 25),
    "christmas_eve": fixed(12, 24),
    "new_years": fixed(1, 1),
    "new_years_day": fixed(1, 1),
    "new_years_eve": fixed(12, 31),
    "election": election_day,
    "independence": fixed(7, 4),
    "memorial": nth_weekday(5, 0, -1),
    "labor": nth_weekday(9, 0, 1),
    "veterans": fixed(11, 11),
    "easter": easter,
    "good_friday": lambda year: easter(year) - timedelta(days=2),
    # the days the church calendar counts from Easter
    "mardi_gras": lambda year: easter(year) - timedelta(days=47),
    "shrove_tuesday": lambda year: easter(year) - timedelta(days=47),
    "ash_wednesday": lambda year: easter(year) - timedelta(days=46),
    "palm": lambda year: easter(year) - timedelta(days=7),   # Palm Sunday
    "maundy_thursday": lambda year: easter(year) - timedelta(days=3),
    "holy_thursday": lambda year: easter(year) - timedelta(days=3),
    "easter_monday": lambda year: easter(year) + timedelta(days=1),
    "pentecost": lambda year: easter(year) + timedelta(days=49),
    "black_friday": lambda year: nth_weekday(11, 3, 4)(year) + timedelta(days=1),
    "cyber_monday": lambda year: nth_weekday(11, 3, 4)(year) + timedelta(days=4),
    "valentines": fixed(2, 14),
    "may": fixed(5, 1),   # May Day
    "martin_luther_king": nth_weekday(1, 0, 3),
    "martin_luther_king_jr": nth_weekday(1, 0, 3),
    "presidents": nth_weekday(2, 0, 3),
    "patriots": nth_weekday(4, 0, 3),
    "columbus": nth_weekday(10, 0, 2),
    "mothers": nth_weekday(5, 6, 2),
    "fathers": nth_weekday(6, 6, 3),
    "st_patricks": fixed(3, 17),
    "groundhog": fixed(2, 2),
    "april_fools": fixed(4, 1),
    "inauguration": fixed(1, 20),
    "bastille": fixed(7, 14),
    "boxing": fixed(12, 26),
    "remembrance": fixed(11, 11),
    "armistice": fixed(11, 11),
    "canada": fixed(7, 1),
    "australia": fixed(1, 26),
    "halloween": fixed(10, 31),
    # other calendars' days, dated by the holidays library
    "passover": from_calendar("IL", "Pesach"),
    "rosh_hashanah": from_calendar("IL", "Rosh Hashanah"),
    "rosh_hashana": from_calendar("IL", "Rosh Hashanah"),
    "yom_kippur": from_calendar("IL", "Yom Kippur"),
    "eid_alfitr": from_calendar("TR", "Eid al-Fitr"),
    "eid_aladha": from_calendar("TR", "Eid al-Adha"),
    "diwali": from_calendar("IN", "Diwali"),
    "lunar_new_year": from_calendar("CN", "Chinese New Year (Spring Festival)"),
    "chinese_new_year": from_calendar("CN", "Chinese New Year (Spring Festival)"),
}


def holiday_date(name, year):
    """The day holiday ``name`` falls on in ``year``, or None where its calendar is not known."""
    return HOLIDAYS[name](year)
