#!/usr/bin/env python3
"""Writes the shipped holiday lists, one file per market, 2020-2035 (policy.md, settled reading 4).

The files are the data; this script only records how they were made. Run it from this folder:
    python3 make_holidays.py
A team lead edits a market's list in the window (Policy settings) or with `appealdesk settings --set`;
these files are only the defaults a new desk starts with.
"""
import datetime as dt

FIRST, LAST = 2020, 2035
D = dt.date
day = dt.timedelta(days=1)


def easter_western(y):
    # Gregorian computus (Meeus/Jones/Butcher).
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    return D(y, (h + l - 7 * m + 114) // 31, (h + l - 7 * m + 114) % 31 + 1)


def easter_orthodox(y):
    # Julian computus (Meeus), moved to the Gregorian calendar (+13 days from 1900 to 2099).
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    return D(y, (d + e + 114) // 31, (d + e + 114) % 31 + 1) + 13 * day


def weekend(d):
    return d.weekday() >= 5


def write(name, header, days):
    with open(name, "w", encoding="utf-8") as f:
        f.write(header.strip() + "\n")
        f.write("# One day per line: the ISO date, then what it is. Lines starting with # are comments.\n")
        for d, what in sorted(set(days)):
            f.write("%s %s\n" % (d.isoformat(), what))


# ---- SEK: Swedish bank holidays
def sweden(y):
    e = easter_western(y)
    midsummer_eve = next(D(y, 6, 19) + i * day for i in range(7) if (D(y, 6, 19) + i * day).weekday() == 4)
    days = [
        (D(y, 1, 1), "New Year's Day (nyårsdagen)"),
        (D(y, 1, 6), "Epiphany (trettondedag jul)"),
        (e - 2 * day, "Good Friday (långfredagen)"),
        (e + day, "Easter Monday (annandag påsk)"),
        (D(y, 5, 1), "May Day (första maj)"),
        (e + 39 * day, "Ascension Day (Kristi himmelsfärdsdag)"),
        (D(y, 6, 6), "National Day (Sveriges nationaldag)"),
        (midsummer_eve, "Midsummer Eve (midsommarafton)"),
        (D(y, 12, 24), "Christmas Eve (julafton)"),
        (D(y, 12, 25), "Christmas Day (juldagen)"),
        (D(y, 12, 26), "Boxing Day (annandag jul)"),
        (D(y, 12, 31), "New Year's Eve (nyårsafton)"),
    ]
    # Holidays that always fall on a weekend (Easter Day, Whit Sunday, Midsummer Day, All Saints' Day) are
    # not business days anyway and are left out.
    return [(d, w) for d, w in days if not weekend(d)]


# ---- BGN: Bulgarian public holidays
def bulgaria(y):
    e = easter_orthodox(y)
    fixed = [
        (D(y, 1, 1), "New Year's Day (Нова година)"),
        (D(y, 3, 3), "Liberation Day (Ден на Освобождението)"),
        (D(y, 5, 1), "Labour Day (Ден на труда)"),
        (D(y, 5, 6), "St George's Day, Army Day (Гергьовден)"),
        (D(y, 5, 24), "Day of Bulgarian Education and Culture and Slavonic Script (24 май)"),
        (D(y, 9, 6), "Unification Day (Ден на Съединението)"),
        (D(y, 9, 22), "Independence Day (Ден на Независимостта)"),
        (D(y, 12, 24), "Christmas Eve (Бъдни вечер)"),
        (D(y, 12, 25), "Christmas Day (Рождество Христово)"),
        (D(y, 12, 26), "Christmas, second day (Рождество Христово)"),
    ]
    easter = [
        (e - 2 * day, "Good Friday (Велики петък)"),
        (e - day, "Holy Saturday (Велика събота)"),
        (e, "Easter Sunday (Великден)"),
        (e + day, "Easter Monday (Великден)"),
    ]
    # Easter's days never move (art. 154(2) excepts them).
    return [(d, w, True) for d, w in fixed] + [(d, w, False) for d, w in easter]


def bulgaria_all():
    days = [x for y in range(FIRST - 1, LAST + 1) for x in bulgaria(y)]
    taken = {d for d, _, _ in days}
    out = [(d, w) for d, w, _ in days]
    # Labour Code, art. 154(2): a public holiday other than Easter that falls on a Saturday or Sunday gives
    # the first working day after it off (two holidays on a weekend, the first two working days).
    for d, what, moves in sorted(days):
        if not moves or not weekend(d):
            continue
        moved = d + day
        while weekend(moved) or moved in taken:
            moved += day
        taken.add(moved)
        out.append((moved, "day off for %s on %s (Labour Code art. 154(2))" % (what.split(" (")[0], d.isoformat())))
    return in_range(out)


# ---- THB: Bank of Thailand financial-institution holidays
# The Buddhist holidays follow the Thai lunar calendar. 2020-2026 are the Bank of Thailand's announced days;
# 2027-2035 are PROJECTIONS: each is the day of the same holiday 19 years earlier plus 6940 days (the Metonic
# cycle, 235 lunations), which can be a day off. Replace them with the Bank of Thailand's announcement each year.
LUNAR_PUBLISHED = {
    2020: ("2020-02-08", "2020-05-06", "2020-07-05"),
    2021: ("2021-02-26", "2021-05-26", "2021-07-24"),
    2022: ("2022-02-16", "2022-05-15", "2022-07-13"),
    2023: ("2023-03-06", "2023-06-03", "2023-08-01"),
    2024: ("2024-02-24", "2024-05-22", "2024-07-20"),
    2025: ("2025-02-12", "2025-05-11", "2025-07-10"),
    2026: ("2026-03-03", "2026-05-31", "2026-07-29"),
}
# The same holidays 2008-2016, the base of the projections.
LUNAR_BASE = {
    2008: ("2008-02-21", "2008-05-19", "2008-07-17"),
    2009: ("2009-02-09", "2009-05-08", "2009-07-07"),
    2010: ("2010-02-28", "2010-05-28", "2010-07-26"),
    2011: ("2011-02-18", "2011-05-17", "2011-07-15"),
    2012: ("2012-03-07", "2012-06-04", "2012-08-02"),
    2013: ("2013-02-25", "2013-05-24", "2013-07-22"),
    2014: ("2014-02-14", "2014-05-13", "2014-07-11"),
    2015: ("2015-03-04", "2015-06-01", "2015-07-30"),
    2016: ("2016-02-22", "2016-05-20", "2016-07-19"),
}
# 2019, only for a substitution day that falls in 2020.
LUNAR_PUBLISHED[2019] = ("2019-02-19", "2019-05-18", "2019-07-16")
LUNAR_NAMES = ("Makha Bucha Day (วันมาฆบูชา)", "Visakha Bucha Day (วันวิสาขบูชา)", "Asarnha Bucha Day (วันอาสาฬหบูชา)")


def thailand(y):
    if y in LUNAR_PUBLISHED:
        lunar = [(D.fromisoformat(s), n) for s, n in zip(LUNAR_PUBLISHED[y], LUNAR_NAMES)]
    else:
        lunar = [(D.fromisoformat(s) + 6940 * day, n + " [projection]") for s, n in zip(LUNAR_BASE[y - 19], LUNAR_NAMES)]
    fixed = [
        (D(y, 1, 1), "New Year's Day (วันขึ้นปีใหม่)"),
        (D(y, 4, 6), "Chakri Memorial Day (วันจักรี)"),
        (D(y, 4, 13), "Songkran Festival (วันสงกรานต์)"),
        (D(y, 4, 14), "Songkran Festival (วันสงกรานต์)"),
        (D(y, 4, 15), "Songkran Festival (วันสงกรานต์)"),
        (D(y, 5, 1), "National Labour Day (วันแรงงานแห่งชาติ)"),
        (D(y, 5, 4), "Coronation Day (วันฉัตรมงคล)"),
        (D(y, 6, 3), "H.M. Queen Suthida's Birthday"),
        (D(y, 7, 28), "H.M. King Maha Vajiralongkorn's Birthday"),
        (D(y, 8, 12), "H.M. Queen Sirikit The Queen Mother's Birthday, Mother's Day"),
        (D(y, 10, 13), "H.M. King Bhumibol Adulyadej The Great Memorial Day"),
        (D(y, 10, 23), "Chulalongkorn Day (วันปิยมหาราช)"),
        (D(y, 12, 5), "H.M. King Bhumibol Adulyadej The Great's Birthday, National Day, Father's Day"),
        (D(y, 12, 10), "Constitution Day (วันรัฐธรรมนูญ)"),
        (D(y, 12, 31), "New Year's Eve (วันสิ้นปี)"),
    ]
    return fixed + lunar


def thailand_all():
    days = [x for y in range(FIRST - 1, LAST + 1) for x in thailand(y)]
    taken = {d for d, _ in days}
    out = list(days)
    # A holiday on a Saturday or Sunday gives one substitution day, the next working day that is not a holiday
    # itself; two holidays on the same day give one (3 June 2023: Visakha Bucha and the Queen's birthday).
    names = {}
    for d, what in days:
        names.setdefault(d, []).append(what)
    for d in sorted(names):
        if not weekend(d):
            continue
        moved = d + day
        while weekend(moved) or moved in taken:
            moved += day
        taken.add(moved)
        out.append((moved, "substitution for %s" % " and ".join(names[d])))
    return in_range(out)


# ---- EUR: TARGET2 (T2 from March 2023) closing days
def target2(y):
    e = easter_western(y)
    days = [
        (D(y, 1, 1), "New Year's Day"),
        (e - 2 * day, "Good Friday"),
        (e + day, "Easter Monday"),
        (D(y, 5, 1), "Labour Day"),
        (D(y, 12, 25), "Christmas Day"),
        (D(y, 12, 26), "Christmas Holiday"),
    ]
    return [(d, w) for d, w in days if not weekend(d)]


def in_range(days):
    return [(d, w) for d, w in days if FIRST <= d.year <= LAST and not weekend(d)]


def all_years(fn):
    out = []
    for y in range(FIRST, LAST + 1):
        out += fn(y)
    return out


write("SEK.txt", """
# SEK: Swedish bank holidays (bankfria dagar) 2020-2035, the weekdays Swedish payments do not settle.
# Source: the public holidays of Lag (1989:253) om allmänna helgdagar, plus Midsummer Eve, Christmas Eve and
# New Year's Eve, on which Swedish banks, Bankgirot and the Riksbank's RIX are closed (Svenska Bankföreningen,
# "Bankfria dagar"). Easter by the Gregorian computus; made by make_holidays.py.
""", all_years(sweden))
write("BGN.txt", """
# BGN: Bulgarian public holidays 2020-2035, the weekdays Bulgarian payments (BISERA, RINGS) do not settle.
# Source: Labour Code (Кодекс на труда), art. 154(1) (the holidays; Easter by the Orthodox, Julian computus)
# and art. 154(2) (a holiday other than Easter on a Saturday or Sunday gives the next working day off).
# Days the Council of Ministers moves by decree in a given year (a bridge day worked off on a Saturday) are
# announced during the year and are not here: a team lead adds them. Made by make_holidays.py.
""", bulgaria_all())
write("THB.txt", """
# THB: Bank of Thailand financial-institution holidays 2020-2035, the weekdays Thai payments do not settle.
# Source: the Bank of Thailand's yearly announcement "Financial Institutions' Holidays" (fixed and royal days,
# with a substitution day when one falls on a weekend). The Buddhist days (Makha, Visakha, Asarnha Bucha) are
# the announced ones for 2020-2026; for 2027-2035 they are PROJECTIONS by the Metonic cycle from 2008-2016,
# marked [projection], and may be a day off: replace them with the Bank of Thailand's list each year.
# One-off holidays the Cabinet declares (for example 2020's postponed Songkran) are not here.
# Made by make_holidays.py.
""", thailand_all())
write("EUR.txt", """
# EUR: TARGET2 closing days 2020-2035 (T2 since March 2023), the weekdays euro payments do not settle.
# Source: European Central Bank, TARGET closing days: New Year's Day, Good Friday, Easter Monday, 1 May,
# 25 and 26 December. Easter by the Gregorian computus; made by make_holidays.py.
""", all_years(target2))
