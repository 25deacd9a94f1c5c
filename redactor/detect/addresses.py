"""Postal addresses: US street lines, European street forms, UK postcodes, and text after address cues.

Addresses have no checksum, so each form is recognised by what only
addresses have: a street type word next to a name and a house number
("Calle de Dan Paredes 347", "52, boulevard Legros", "Bachmannstraße 89"),
a postcode in its national layout ("53229", "8323 LM", "SW1A 2AA"), or a cue
that says an address follows ("lives at", "ship to", "Anschrift:"). Each
found street is widened over what follows it in the same address: unit,
postcode, city and province ("..., 40038, Cereglio (BO)").
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator

from redactor.detect.address_blocks import find_address_blocks
from redactor.detect.address_marker_runs import find_marker_run_addresses
from redactor.detect.address_postal_marks import find_postal_mark_addresses
from redactor.detect.address_lower_case_streets import find_lower_case_type_first_streets
from redactor.detect.address_records import find_address_records
from redactor.detect.character_layouts import class_pattern_starts, layout_matches
from redactor.detect.keywords import (ANY_TEXT, DigitFirstPattern, contains_any, keyword_positions,
                                      lowered_same_length, matches_at_starts, matches_at_word_start,
                                      matches_on_lines_with, needs_marks, windows_around)
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.spoken_values import english_number_words

# --- United States -------------------------------------------------------------------

_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
    "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP|FM|MH|PW|AA|AE|AP"
)
# USPS Publication 28 street suffixes: full names match in any case,
# abbreviations only capitalised ("St", "Ave") so short words stay words.
_STREET_SUFFIX_NAMES = (
    "Alley Annex Arcade Avenue Bayou Beach Bend Bluffs? Bottom Boulevard Branch Bridge Brooks? Burgs? Bypass "
    "Camp Canyon Cape Causeway Centers? Circles? Cliffs? Club Commons? Corners? Course Courts? Coves? Creek "
    "Crescent Crest Crossing Crossroads? Curve Dale Dam Divide Drives? Estates? Expressway Extensions? Falls? "
    "Ferry Fields? Flats? Fords? Forest Forges? Forks? Fort Freeway Gardens? Gateway Glens? Greens? Groves? "
    "Harbors? Haven Heights Highway Hills? Hollow Inlet Islands? Isle Junctions? Keys? Knolls? Lakes? Land "
    "Landing Lane Lights? Loaf Locks? Lodge Loop Mall Manors? Meadows? Mews Mills? Mission Motorway Mount "
    "Mountains? Neck Orchard Oval Overpass Parks? Parkways? Pass Passage Path Pike Pines? Place Plains? Plaza "
    "Points? Ports? Prairie Radial Ramp Ranch Rapids? Rest Ridges? River Roads? Route Row Rue Run Shoals? "
    "Shores? Skyway Springs? Spurs? Squares? Station Stravenue Stream Streets? Summit Terrace Throughway "
    "Trace Track Trafficway Trail Trailer Tunnel Turnpike Underpass Unions? Valleys? Viaduct Views? Villages? "
    "Ville Vista Walks? Wall Ways? Wells? Close Gardens"
).split()
_STREET_SUFFIX_ABBREVIATIONS = (
    "Aly Anx Arc Ave Av Bch Blf Blfs Btm Blvd Brg Brk Byp Cyn Cpe Cswy Ctr Cir Clf Clfs Cmn Cmns Cor Cors Crse "
    "Ct Cts Crk Cres Crst Xing Xrd Curv Dr Drs Est Ests Expy Ext Fls Fry Fld Flds Flt Frd Frst Frg Frk Ft Fwy "
    "Gdn Gdns Gtwy Gln Grn Grv Hbr Hvn Hts Hwy Hls Holw Inlt Jct Knl Lk Lks Lndg Ln Lgt Lgts Ldg Mnr Mdw "
    "Mdws Mls Msn Mtwy Mt Mtn Nck Orch Opas Pkwy Psge Pne Pnes Pl Pln Plns Plz Pt Pts Prt Radl Rnch Rpd Rpds "
    "Rdg Riv Rd Rds Rte Shr Shrs Skwy Spg Spgs Sq Sta Strm St Sts Smt Ter Trwy Trce Trak Trl Trlr Tunl Tpke "
    "Upas Vly Vlg Vis"
).split()
_STREET_SUFFIX = (
    r"(?:(?i:" + "|".join(sorted(_STREET_SUFFIX_NAMES, key=len, reverse=True)) + r")\b"
    + "|(?:" + "|".join(sorted(_STREET_SUFFIX_ABBREVIATIONS, key=len, reverse=True)) + r")\b\.?"
    # Bank statements, shipping labels and card terminals write the whole line in capitals: "4400 W NORTH AVE".
    + "|(?:" + "|".join(sorted((word.upper() for word in _STREET_SUFFIX_ABBREVIATIONS), key=len, reverse=True))
    + r")\b\.?)"
)
# "1600 Pennsylvania Ave NW, Washington, DC 20500" from its second character on. (Digit runs and words are
# possessive, `+`: no digit can follow a number nor a letter a word there, so giving one back never makes a match.)
# (the first digit starts _NUMBER_LED_STREET below).
_US_STREET_AFTER_FIRST_DIGIT = rf"""
    \d{{0,5}}+[A-Za-z]?(?:-\d{{1,4}}+)?(?:,[ \t]?)?\s+   # "12, MG Road": India, Africa, Europe write a comma
    (?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?
    (?:(?:[A-Z][A-Za-z'-]*+|\d{{1,3}}(?:st|nd|rd|th))[ \t]+){{1,4}}
    {_STREET_SUFFIX}
    (?:\s+(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\b\.?)?
    (?:,?[ \t]*(?i:Apartment|Apt|Suite|Ste|Unit|Floor|Fl|Room|Rm|Building|Bldg)\b\.?[ \t]*\#?[ \t]*[A-Za-z0-9-]{{1,6}}\b
       |,?[ \t]*\#[ \t]*[A-Za-z0-9-]{{1,6}}\b)?
    (?:(?:,[ \t]*(?:(?:\r?\n|(?:\\r)?\\n)[ \t]*)?|[ \t]*(?:\r?\n|(?:\\r)?\\n)[ \t]*)[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*){{0,3}},?[ \t]+(?:{_STATES})\b
       (?:[ \t]+\d{{5}}(?:-\d{{4}})?)?)?
    """
_PO_BOX = re.compile(
    rf"(?:[Pp](?<!\w[Pp])(?i:\.?\s?O\.?\s*Box|ost\s+Office\s+Box)|GPO\s+Box|(?:RR|HC|PSC)\s+\d{{1,4}},?\s+Box)\s+\d{{1,7}}"
    rf"(?:,?\s+[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){{0,3}},?\s+(?:{_STATES})\b(?:\s+\d{{5}}(?:-\d{{4}})?)?)?"
)

# US military mail: "USS Jones FPO AE 55796", "Unit 6107 Box 3577 DPO AP 16685".
# (Written as one flat list of literal starts so the regex engine can skip
# ahead to them; the word boundary before is checked by the caller.)
_MILITARY_ADDRESS = re.compile(
    r"(?:USS|USNS|USNV|USCGC|Unit|PSC|CMR)[ \t]+(?:[A-Z][A-Za-z'-]+|\d{1,5},?[ \t]+Box[ \t]+\d{1,5})"
    r",?\s{1,3}[ADF]PO[ \t]+A[AEP][ \t]+\d{5}(?:-\d{4})?\b"
)


# --- Europe and the UK -------------------------------------------------------------

_UPPER = "A-ZÀ-ÖØ-Þ"
# A capitalised word of a name: "Hünfeld", "Saint-Étienne", "O'Neill", "Ramos-sur-Mer".
_CAP_WORD = rf"[{_UPPER}][\w'’-]*"
# Lower-case words inside street and place names.
_PARTICLE = (
    r"(?:de|del|della|delle|dei|degli|di|da|dal|dalla|la|las|los|le|les|du|des|van|von|der|den|het|ten|ter"
    r"|y|e|am|an|im|zum|zur|sur|sous|en|lès|do|dos|das)"
)
_ELIDED = r"(?:d|l|dell|all|sull)['’]"  # d'Italia, l'Église, dell'Orso
_NAME = (
    rf"(?:(?:{_PARTICLE}[ \t]+|{_ELIDED})*{_CAP_WORD}"
    rf"(?:[ \t]+(?:(?:{_PARTICLE}[ \t]+|{_ELIDED})*){_CAP_WORD}){{0,3}})"
)
# House numbers: 12, 12a, 12 bis, 83-29, 95/44, 2/9.
_HOUSE_NUMBER_AFTER_FIRST_DIGIT = r"\d{0,4}(?:[ ]?(?:bis|ter)\b|[A-Za-z](?!\w))?(?:[-/]\d{1,4}[A-Za-z]?)?(?!\w)"
_HOUSE_NUMBER = r"\d" + _HOUSE_NUMBER_AFTER_FIRST_DIGIT
# A line break is a real one, or "\n" escaped inside a JSON string or a log line.
_SEP = r"(?:[ \t]*,[ \t]*(?:(?:\r?\n|(?:\\r)?\\n)[ \t]*)?|[ \t]*(?:\r?\n|(?:\\r)?\\n)[ \t]*|[ \t]+)"
# Values of one record quoted apart: ('9 Lakeview Rd', 'Pune', '411001'), "street","city".
_QUOTED_SEP = r"(?:['\"][ \t]*,[ \t]*['\"])"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}(?!\w)"
# Postcodes: UK, Dutch (1234 AB), 4-5 digits (DE, FR, IT, ES, AT, CH, BE, DK...), Polish 12-345, Portuguese 1234-567.
# Canadian A1A 1A1 and US ZIP+4 too.
_POSTCODE = (rf"(?:{_UK_POSTCODE}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?!\w)|\d{{5}}-\d{{4}}(?!\w)|\d{{4}}[ \t]?[A-Z]{{2}}(?!\w)"
             rf"|\d{{4,5}}(?![\w-])|\d{{2}}-\d{{3}}(?!\w)|\d{{4}}-\d{{3}}(?!\w)|\d{{3}}-\d{{4}}(?!\w)"
             rf"|\d{{3}}[ \t]\d{{2}}(?![\w-])"  # Czech, Slovak, Swedish, Greek: 100 00
             rf"|[AC-FHKNPRTV-Y]\d[\dW][ \t][AC-FHKNPRTV-Y0-9]{{4}}(?!\w)"  # Irish Eircode: D04 X2T5
             rf"|\d{{6}}(?![\w-])|\d{{5}}-\d{{3}}(?!\w))")  # six digits (IN, SG, NG, CN, RU); Brazil's CEP 80010-000
_UNIT_WORD = (
    r"(?:Apt|Apartment|Appartamento|App|Piso|Puerta|Planta|Escalera|Esc|Piano|Interno|Int|Scala|Flat|Studio"
    r"|Suite|Unit|Wohnung|Whg|Etage|Bus|Bte|Stiege|Tür|Top|Level|Floor|Fl|Lvl|Shop|Room|Rm|Ste|Bldg|Building"
    r"|Bât|Bat|Bâtiment|Batiment|Escalier|Étage|Appt|Appartement|Porte|Lot|Oficina|Of|Tower|Torre|Wing|lgh"
    # written in lower case too: Belgian "bus 3", Polish "m. 15" / "lok. 2", Russian "kv. 15", "apt 4"
    r"|bus|bte|apt|flat|unit|suite|app|piso|m\.|lok|kv|kw"
    r"|apto|Apto|dpto|Dpto|depto|Depto|No\.|Plot|House|Block|Blk)"  # Latin America; "No. 88", "Plot 45" (Asia, Africa)
)
# "Apt 4", "Flat 2B", and Spanish floors and doors: "3º B", "4º izq.", "2ª dcha".
# (The unit word ends where a word would: "Unit 4", "Apt.4", "Flat #2", never "United".)
_UNIT = (rf"(?:{_UNIT_WORD}(?:\.[ \t]*|[ \t]*\#[ \t]*|[ \t]+)\w{{1,5}}(?!\w)"
         r"|\d{1,2}[º°ª](?:[ \t]*(?:izq(?:da|uierda)?|dcha|der(?:echa)?|centro|int|ext|[A-Z])(?!\w))?\.?"
         r"|\d{1,3}(?:st|nd|rd|th)[ \t]+(?:Floor|floor|Fl|Level|level)"
         # a floor and side in German and Danish: "3. OG", "2. tv."
         r"|\d{1,2}\.[ \t]?(?:OG|UG|EG|DG|Stock|Etage|tv|th|mf|sal)(?!\w)\.?"
         r"|\#[ \t]?\d{1,3}-\d{1,5}(?!\w))")  # Singapore's unit: "#05-112"
_CITY = rf"{_CAP_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}){{0,3}}"
# What may follow a street in the same address: unit, postcode (+ city), city, province "(BO)".
_ADDRESS_TAIL = re.compile(
    rf"""(?:
        {_SEP}{_UNIT}
      | {_SEP}(?:[A-Z]{{2,3}}[ \t]+)?{_POSTCODE}(?:[ \t]+{_CITY})?
      | [ \t]*,[ \t]*Co\.[ \t]+{_CAP_WORD}  # an Irish county: "Ballincollig, Co. Cork, P31 X2Y4"
      | [ \t]*,[ \t]*(?:(?:\r?\n|(?:\\r)?\\n)[ \t]*)?{_CITY}(?:[ \t]+\d{{1,2}}(?![\w.:/-]))?  # "Dublin 4", "Paris 16"
      | [ \t]*(?:\r?\n|(?:\\r)?\\n)[ \t]*{_CITY}(?![^\n,]{{0,30}}[:=])  # not the next field's label ("Address Line 2:")
      | {_QUOTED_SEP}(?:{_POSTCODE}|\d{{6}}(?!\w)|{_CITY})(?=['\"])
      | [ \t]*\([A-Z]{{2}}\)
      | [ \t]+[-–][ \t]+[A-Z]{{2}}(?![\w])  # "Curitiba - PR"
    ){{0,6}}""",
    re.VERBOSE,
)
_UNIT_BEFORE = re.compile(rf"(?<![\w-]){_UNIT}[ \t]*(?:[,/][ \t]*|\r?\n[ \t]*)$")
_HOUSE_WORD_BEFORE = re.compile(r"(?<![\w-])(?i:house|plot|villa|door|h\.?[ \t]?no\.?|unit|flat|apt|apartment|suite|block|blk"
                                r"|bldg|lot)(?:[ \t]+(?i:no\.?|nr\.?|#))?[ \t]*$")
_JAPANESE_POSTCODE_BEFORE = re.compile(r"〒?[ \t]*\d{3}-\d{4}[ \t]*$")
_HAS_POSTCODE = re.compile(rf"(?:^|[\s,]){_POSTCODE}")

# A postal box in its country's own words, then its number: "Postfach 10 04 52", "Packstation 118", "Apartado de
# Correos 1532", "Caixa Postal 3021", "skrytka pocztowa 77", "Postbus 2150", "Private Bag 3001", "а/я 15", "ص.ب ١٢٣",
# "私書箱 12号", "사서함 45". A box locates its holder as a street address does, so its tail (postcode, place) is
# taken as a street's. The number may be grouped ("10 04 52", "40219-00100"); "in" may stand before the postcode
# and place ("Packstation 118 in 38100 Braunschweig"). Short or ambiguous forms ("BP", "CP", "CS", "PL") are left
# out: "BP 120/80" is a blood pressure.
_POSTAL_BOX_WORDS = (
    "postfach", "packstation", "postfiliale", "postbus", "postboks", "postbox", "postilokero", "apartado de correos",
    "apartado postal", "apartado", "apdo.", "caixa postal", "cx. postal", "casilla de correo", "casilla postal",
    "casilla", "boîte postale", "boite postale", "casella postale", "skrytka pocztowa", "skr. poczt.",
    "poštovní přihrádka", "poštanski pretinac", "postafiók", "căsuța poștală", "casuta postala", "posta kutusu",
    "private bag", "locked bag", "абонентский ящик", "а/я", "ταχυδρομική θυρίδα", "τ.θ.", "ص.ب", "صندوق بريد",
    "私書箱", "邮政信箱", "信箱", "사서함",
)
_POSTAL_BOX = re.compile(
    "(?P<word>(?i:" + "|".join(re.escape(word) for word in sorted(_POSTAL_BOX_WORDS, key=len, reverse=True)) + "))"
    r"[ \t]*(?i:n[ºo°]\.?|nr\.?|no\.?|№|#|:)?[ \t]*\d(?:\d|[ \t-](?=\d))*(?:号|호)?"
    rf"(?:[ \t]+in[ \t]+\d{{4,5}}[ \t]+{_CITY})?")
_POSTAL_BOX_CUES = tuple(sorted({word.casefold() for word in _POSTAL_BOX_WORDS}))
# Words that also name something else, a box only with a postcode after: "apartado 3 del contrato" is a section,
# "casilla 4" a form's box.
_POSTAL_BOX_WORDS_ALSO_OTHER = frozenset({"apartado", "casilla"})

# Street types written before the name, in French, Spanish, Italian and Portuguese.
_ROMANCE_TYPES = (
    "rue avenue av boulevard bd chemin allée allee impasse place quai route cours passage square voie sentier "
    "faubourg esplanade promenade rond-point résidence cité hameau parvis "
    "calle avenida avda paseo plaza camino carretera ronda rambla pasaje alameda cuesta cañada urbanización "
    "travesía glorieta callejón vía bulevar plazuela vereda "
    "via viale piazza piazzale vicolo corso largo contrada rotonda stretto borgo strada lungomare località vico "
    "salita traversa circonvallazione "
    "rua travessa praça estrada "
    # Not Romance, but written the same way, type first: Malay and Indonesian, Colombian grid streets.
    "jalan jln lorong persiaran lebuh carrera"
).split()
# Types that are also English words: a street only with a postcode, a house number first, or a cue.
_ENGLISH_LOOKING_TYPES = frozenset(
    "avenue av place route cours passage square esplanade promenade plaza via camino alameda boulevard bd "
    "largo corso borgo vico strada".split()
)
_ROMANCE_TYPE_WORDS = tuple(_ROMANCE_TYPES)
_ROMANCE_TYPE = "(?:" + "|".join(re.escape(t) for t in sorted(_ROMANCE_TYPES, key=len, reverse=True)) + ")"
# "52, boulevard Legros", "12 rue de la Paix": the number comes first (French, Belgian).
_ROMANCE_TYPE_AFTER_NUMBER = "(?:" + "|".join(
    re.escape(variant) for t in sorted(_ROMANCE_TYPES, key=len, reverse=True) for variant in (t, t[0].upper() + t[1:])
) + ")"
# Both street forms that start with the house number, in one scan. (Its street types and suffixes grouped by their first
# letter, keywords.alternatives_by_first_character: "12 client=" tried ~160 branches of types, now the few with a "c".)
_NUMBER_LED_STREET = DigitFirstPattern(re.compile(
    rf"\d(?<![\w.-]\d)(?:"
    rf"(?P<us_street>(?x:{_US_STREET_AFTER_FIRST_DIGIT}))"
    rf"|(?P<number_first>{_HOUSE_NUMBER_AFTER_FIRST_DIGIT}(?:[ \t]*,)?[ \t]+{_ROMANCE_TYPE_AFTER_NUMBER}\.?[ \t]+{_NAME})"
    # Japanese chōme-banchi-gō, then the district and ward: "2-3-1 Nishi-Shinjuku, Shinjuku-ku".
    rf"|(?P<japanese>\d?-\d{{1,3}}(?:-\d{{1,4}})?[ \t]+{_CAP_WORD}(?:[ \t]*,[ \t]*{_CAP_WORD}-(?:ku|shi|cho|machi|gun|ken))+)"
    r")"
), by_first_character=True)
# Where a _NUMBER_LED_STREET match can start on ASCII text, in character classes (character_layouts.py): a digit not
# after a word character, `.` or `-`, whose run of digits, letters, `,`, `/` and `-` ends at a blank (every branch
# reads a blank before its words: `\s` of `str` holds \x1c-\x1f, that of `bytes` does not). One scan of the text's
# shared classes; the pattern is tried there only, not at every digit (~22 against ~16 us/KB on mixed text).
# (Zero-width after its digit: no start of another match is inside one of its matches.)
_NUMBER_LED_STREET_START_IN_CLASSES = re.compile(rb"0(?<![0Aa_.-]0)(?=[0Aa,/-]*[\s\x1c-\x1f])")
# Polish, Czech and Baltic streets: the abbreviated type first, with its dot ("ul. Marszałkowska 84/92").
_SLAVIC_STREET = re.compile(
    rf"(?:[Uu]l|[Aa]l|[Pp]l|[Oo]s|[Nn]ám|[Tt]ř|[Ii]el)\.[ \t]*{_NAME}[ \t]+{_HOUSE_NUMBER}"
)
_SLAVIC_STREET_CUES = ("ul.", "al.", "pl.", "os.", "nám.", "tř.", "iel.")  # how every _SLAVIC_STREET match starts
# "Calle de Dan Paredes 347", "Piazza Emo, 5", "Rua Augusta 274": the type is capitalised here.
_TYPE_FIRST_STREET = re.compile(
    rf"(?P<type>"  # at a word start (matches_at_word_start)
    + "|".join(re.escape(t[0].upper() + t[1:]) for t in sorted(_ROMANCE_TYPES, key=len, reverse=True))
    + rf")\.?[ \t]+{_NAME}(?P<number>(?:[ \t]*,)?[ \t]+{_HOUSE_NUMBER})?"
)
_TYPE_FIRST_STREET_CUES = tuple(sorted({(t[0].upper() + t[1:]).lower() for t in _ROMANCE_TYPES}))

# Germanic street names end in a type: "Bachmannstraße", "Remo-Weihmann-Weg", "Jortstraat", "Kölner Straße".
_GERMANIC_SUFFIXES = tuple(
    "straße strasse str. gasse allee platz damm chaussee ufer steig pfad stieg zeile weg markt "
    "straat laan gracht plein singel dijk kade steeg dreef plantsoen".split()
)
# Endings that finish ordinary English words too (String, Notepad, Spark, Bischof): need a postcode.
_AMBIGUOUS_GERMANIC_SUFFIXES = ("ring", "hof", "pad", "park")
# Street types written after the name in lower case: Hungarian, Nordic, Czech/Slovak, Polish, Slovene, Turkish.
_LOWER_CASE_TYPES_AFTER = (
    r"(?:út|utca|körút|tér|köz|gate|gata|gatan|vägen|väg|vej|vei|veien|gade|katu|tie|polku|kuja|náměstí|nábřeží"
    r"|třída|ulice|ulica|námestie|cesta|ulica|aleja|sokak|sokağı|caddesi|bulvarı)(?![\w])"
)
# (Its words are possessive, `*+`: what may follow a word is a dot, a space or a tab, never a word character, so
# giving characters back can never make a match, and trying to cost a try of every later part per character.)
_CAPITALISED_THEN_NUMBER = re.compile(
    rf"[{_UPPER}](?<![\w-].)(?P<street>[\w'’-]*+\.?(?:[ \t]+(?:{_PARTICLE}[ \t]+)?[{_UPPER}][\w'’-]*+\.?)?"
    # a street type of its own language in lower case: "Andrássy út", "Karl Johans gate", "Václavské náměstí"
    rf"(?:[ \t]+(?P<local_type>{_LOWER_CASE_TYPES_AFTER}))?)[ \t]+{_HOUSE_NUMBER}(?:[ \t]+[A-Z](?![\w]))?"
)
# Every _CAPITALISED_THEN_NUMBER match has its house number after a space, on one line: only such lines are read.
_SPACE_THEN_DIGIT = re.compile(r"[ \t]\d")
# What makes any "Name 12" a street: a comma, then a postcode and a capitalised city ("Mannerheimintie 12 B 5,
# 00100 Helsinki", "Václavské náměstí 56, 110 00 Praha 1"), the layout of most of Europe.
_APARTMENT_NUMBER = re.compile(r"(?:[ \t]+\d{1,4}(?![\w-]))?")
_POSTCODE_CITY_AFTER = re.compile(
    rf"(?:[ \t]+[A-Z](?![\w]))?(?:[ \t]+\d{{1,4}})?[ \t]*,[ \t]*(?:[A-Z]{{1,2}}-)?(?:\d{{4,5}}|\d{{3}}[ \t]\d{{2}}|\d{{2}}-\d{{3}}|\d{{4}}-\d{{3}}"
    rf"|\d{{4}}[ \t]?[A-Z]{{2}})[ \t]+[{_UPPER}][a-zà-ÿā-ž]"
)

# Patterns below start with a character class, not a look-around: the regex
# engine then skips ahead to candidate characters instead of trying each position.
_UK_POSTCODE_ALONE = re.compile(rf"[A-Z](?<![\w-][A-Z])(?:[A-Z]?\d[A-Z\d]?[ \t]+\d[A-Z]{{2}}(?!\w))")
# Royal Mail postcode areas. A postcode in one of them is valid in any case ("sw1a 1aa", "Leeds ls6 3qn") and
# names a handful of households even alone; the inward code never uses C, I, K, M, O or V ("v2 3ms" is none).
_UK_POSTCODE_AREAS = frozenset(
    """AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX
    FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN
    NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB
    W WA WC WD WF WN WR WS WV YO ZE""".split()
)
_UK_INWARD_CODE = DigitFirstPattern(re.compile(r"\d(?<=[ \t]\d)[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}(?!\w)"))
# Where a _UK_INWARD_CODE match can start on ASCII text, in character classes (character_layouts.py): a digit after a
# blank, before two letters. One scan of the text's shared classes that skips to digits as a literal (zero-width).
_UK_INWARD_CODE_START_IN_CLASSES = re.compile(rb"0(?<=[ \t]0)(?=[Aa]{2})")
_UK_OUTWARD_CODE = re.compile(r"(?<![\w-])(?P<area>[A-Za-z]{1,2})\d[A-Za-z\d]?[ \t]+$")
# One comma- or line-separated part of a UK address before the postcode:
# "Flat 6", "221B Baker Street", "Clare Fall", "Williamsside".
_UK_ADDRESS_PART = re.compile(
    rf"(?:{_UNIT_WORD}\.?[ \t]+\w{{1,5}}|\d{{1,5}}[A-Za-z]?(?:[ \t]+{_CAP_WORD}){{0,4}}|{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,3}})"
)

# Words that say an address follows.
_ADDRESS_CUE = re.compile(
    r"(?i:\b(?:(?:home|postal|mailing|shipping|billing|delivery|street|new|old|correspondence)[ \t]+)?address(?:es)?"
    r"(?:[ \t]+is)?|\blive[sd]?[ \t]+at|\bliving[ \t]+at|\breside[sd]?[ \t]+at|\bresiding[ \t]+at|\blocated[ \t]+at"
    r"|\b(?:ship(?:ped|ping)?|deliver(?:ed|y)?|send|sent|mail(?:ed)?|post(?:ed)?)(?:[ \t]+(?:it|them|this|these|that|the[ \t]+\w+))?[ \t]+to"
    r"|\barrived[ \t]+at|\bmoved[ \t]+to|\banschrift|\badresse"
    r"|\bdirecci[oó]n|\bdomicilio|\bindirizzo|\badres|\bwoonadres|\bwohnhaft[ \t]+in|\bdomicile)"
    r"[ \t]*[:\-–]?[ \t]*(?:\r?\n[ \t]*)?"
)
# Abbreviations that end in a dot inside an address; any other dot ends it.
_ABBREVIATION = r"(?:Apt|App|Av|Avda|Bd|St|Str|Ave|Rd|Dr|Blvd|Esc|Int|Whg|Co|Ul|C|Cl|Ctra|Pza|Pº|[\w-]*str)\."
# A substring of every cue, found by plain search before the cue pattern runs.
# A name alone on its line (two to four capitalised words, an initial allowed), then a line break.
_RECIPIENT_LINE = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]+[ \t]*\r?\n[ \t]*(?=\S)")
# The first word of every _ADDRESS_CUE form, lower case (prefixes: "post" for "postal", "resid" for "residing").
_CUE_FIRST_WORDS = (
    "home", "post", "mail", "ship", "billing", "deliver", "street", "new", "old", "correspondence", "address", "live",
    "living", "resid", "located", "send", "sent", "arrived", "moved", "anschrift", "adres", "direcci", "domicil",
    "indirizzo", "woonadres", "wohnhaft",
)
_CUE_KEYWORDS = (
    "address", "adres", "live", "living", "resid", "located", "ship", "deliver", "arrived", "moved", "anschrift",
    "send", "sent", "mail", "post",
    "direcci", "domicil", "indirizzo", "wohnhaft",
)
_RUN_TOKEN = re.compile(
    # Postcodes of six digits (SG, IN, CN, RU) and Brazil's CEP 01310-200; unit numbers such as "#08-221".
    rf"\d{{6}}(?!\w)|\d{{5}}-\d{{3}}(?!\w)|\#\d{{1,3}}(?:-\d{{1,5}})?(?!\w)|"
    rf"{_UK_POSTCODE}|\d{{4}}[ \t]?[A-Z]{{2}}(?!\w)|\d{{3}}[ \t]\d{{2}}(?![\w-])|{_HOUSE_NUMBER}|\([A-Z]{{2}}\)|{_ABBREVIATION}"
    rf"|{_CAP_WORD}|{_PARTICLE}(?!\w)|{_ELIDED}|(?i:{_ROMANCE_TYPE})(?!\w)|\d{{1,3}}(?:st|nd|rd|th)(?!\w)"
)
_POSTCODE_TOKEN = re.compile(_POSTCODE)
_RUN_SEP = re.compile(r"[ \t]*,[ \t]*(?:\r?\n[ \t]*)?|[ \t]+[-–][ \t]+|[ \t]+")  # "Bela Vista - SP"
_LONGEST_ADDRESS = 140
# An address label goes on over a line break without a comma when the next line carries a number
# (postcode, house number) and no label ("Phone: ..." is the next field): "2nd Cross, Indiranagar\nBengaluru 560038".
_LINE_BREAK_BEFORE_DIGITS = re.compile(r"[ \t]*\r?\n[ \t]*(?=[^\n,:]{0,40}\d[^\n,:]{0,10}(?:\r?\n|\Z))")


# Chinese, Japanese and Korean addresses run from the largest unit to the smallest, each ending in its
# administrative suffix, and end in a number: "北京市朝阳区建国路88号", "東京都港区芝公園4-2-8",
# "서울특별시 강남구 테헤란로 152". Two administrative units and a number make one.
_CJK = "\u4e00-\u9fff\u3040-\u30ff"
# A Korean flat after the road and building number: the unit alone ("1204호", "3층") or the building's name and
# block before it ("상암아파트 102동 1504호", "센텀스카이 A동 2204호").
_KOREAN_UNIT = (r"(?:,?[ \t]*(?:[가-힣A-Za-z]{1,12}[ \t]+)?(?:[A-Za-z0-9]{1,5}동(?:[ \t]*\d{1,5}(?:호|층))?"
                r"|\d{1,5}(?:호|층)))")
_CJK_ADDRESS = re.compile(
    rf"[{_CJK}](?:[{_CJK}]{{0,8}}(?:省|市|都|道|府|県|县|区|區|町|村|镇|鎮|郡)){{2,4}}[{_CJK}]{{0,12}}"
    # the building and the room after a space: "銀座4-6-16 銀座ビル 805号室"
    rf"[0-9０-９]+(?:[-－−の丁目番地号號][0-9０-９]*){{0,6}}(?:[ \t　]*[{_CJK}0-9０-９-]{{0,12}}(?:[ \t　]*[0-9０-９]{{1,5}})?"
    rf"(?:室|楼|樓|栋|棟|单元|号室|階|[FＦ](?![A-Za-z])))?"
    r"|[가-힣]{1,8}(?:특별시|광역시|특별자치시|특별자치도|시|도)(?:[ \t]+[가-힣0-9]{1,10}(?:시|군|구|읍|면|동|로|길|가))+"
    rf"[ \t]*\d{{1,5}}(?:-\d{{1,5}})?{_KOREAN_UNIT}?"  # the unit after a comma: "테헤란로 427, 1204호"
    # a road name alone, its building number and a unit: "판교역로 235, 3층", "성수이로7길 27, 502호"
    rf"|[가-힣0-9]{{1,10}}(?:로|길)(?:[ \t]*\d{{1,4}}번길)?[ \t]*\d{{1,5}}(?:-\d{{1,5}})?{_KOREAN_UNIT}"
    # the city or province in its short form, then the district and the road: "인천 중구 서해대로 210" (the district
    # before the road is what says the road is a street; the short forms are the 17 top-level divisions)
    r"|(?:(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)[ \t]+)?"
    r"[가-힣]{1,8}(?:구|군|시)[ \t]+[가-힣0-9]{1,10}(?:로|길)(?:[ \t]*\d{1,4}번길)?[ \t]*\d{1,5}(?:-\d{1,5})?"
    rf"{_KOREAN_UNIT}?"
)


_YEAR_THEN_COMMA = re.compile(r"(?:19|20)\d\d,")


def find_street_addresses(text: str) -> list[tuple[int, int]]:
    """[start, end) of postal addresses in `text`, sorted; where two forms overlap, their union."""
    cue_ends = _cue_ends(text)
    found: list[tuple[int, int]] = []
    if contains_any(text, ("box", "Box", "BOX")):  # every PO-box form has the word
        found.extend((match.start(), max(match.end(), _with_tail(text, match.end())[0]))
                     for match in _PO_BOX.finditer(text))
    for match in matches_at_word_start(_POSTAL_BOX, text, cues=_POSTAL_BOX_CUES):
        end, has_postcode = _with_tail(text, match.end())
        if has_postcode or match.group("word").casefold() not in _POSTAL_BOX_WORDS_ALSO_OTHER:
            found.append((match.start(), end))
    if contains_any(text, ("PO",)):  # every military address has its APO, DPO or FPO (a scan of every capital U, P and C otherwise)
        found.extend(match.span() for match in _MILITARY_ADDRESS.finditer(text)
                     if match.start() == 0 or not text[match.start() - 1].isalnum())
    starts = class_pattern_starts(_NUMBER_LED_STREET_START_IN_CLASSES, text)
    for match in (_NUMBER_LED_STREET.finditer(text) if starts is None
                  else matches_at_starts(_NUMBER_LED_STREET, text, starts)):
        if match.lastgroup == "us_street" and _YEAR_THEN_COMMA.match(text, match.start()):
            continue  # "In 2024, Park Avenue ...": a year, not a house number
        if match.lastgroup == "us_street":
            # The US form carries its own "City, ST 12345"; the general tail adds the rest of
            # other countries' layouts ("100 George St, Sydney NSW 2000").
            found.append((match.start(), max(match.end(), _with_tail(text, match.end())[0])))
        else:
            found.append((match.start(), _with_tail(text, match.end())[0]))
    if "." in text:
        found.extend((match.start(), _with_tail(text, match.end())[0])
                     for match in matches_at_word_start(_SLAVIC_STREET, text, cues=_SLAVIC_STREET_CUES))
        found.extend(find_marker_run_addresses(text))  # "г. Казань, ул. Баумана, д. 15" (address_marker_runs.py)
    for match in matches_at_word_start(_TYPE_FIRST_STREET, text, cues=_TYPE_FIRST_STREET_CUES):
        found.extend(_type_first_street(text, match, cue_ends))
    for match in layout_matches(_UK_POSTCODE_ALONE, text, (b"A0", b"AA0"), b"0Aa_-"):  # (character_layouts.py)
        found.extend(_uk_address(text, match.start(), match.end()))
    found.extend(_uk_postcodes_in_any_case(text))
    for match in matches_on_lines_with(_CAPITALISED_THEN_NUMBER, text, _SPACE_THEN_DIGIT):
        found.extend(_germanic_street(text, match, cue_ends))
    for cue_end in sorted(cue_ends):
        cued = _cued_address(text, cue_end) or _lower_case_street(text, cue_end)
        if cued is not None:
            found.append(cued)
    found.extend(_uncued_lower_case_streets(text))
    # "via garibaldi 21, 20121 milano": type first, in lower case (address_lower_case_streets.py)
    found.extend(find_lower_case_type_first_streets(text, _ROMANCE_TYPE_WORDS, _ENGLISH_LOOKING_TYPES))
    if not text.isascii():
        found.extend(match.span() for match in _CJK_ADDRESS.finditer(text))
        found.extend(find_postal_mark_addresses(text))  # "〒060-0806 札幌市北区北6条西4丁目" (address_postal_marks.py)
        found.extend(_caseless_script_addresses(text))
    found.extend(find_address_blocks(text))  # any country's parts before a postcode and place
    found.extend(find_address_records(text))  # parts in the fields of a vCard, an HL7 segment, an object, a table
    # A unit written before the street belongs to the address: "Level 5, 100 George St", "Unit 3/45 Smith St".
    found = [(_unit_before(text, start), end) for start, end in found]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    if not merged:
        return merged
    # Each address takes the rest of its comma run (whole_run): its floor, district, city, region and country.
    widened: list[tuple[int, int]] = []
    for start, end in (whole_run(text, start, end) for start, end in merged):
        if widened and start <= widened[-1][1]:
            widened[-1] = (widened[-1][0], max(widened[-1][1], end))
        else:
            widened.append((start, end))
    return widened


# --- The whole comma run of an address --------------------------------------------------
# An address found in part (its street, its postcode and city) leaks the rest of its line: "Váci utca 47,
# 3. emelet, 1056 Budapest, Hungary" loses its floor and country, "Via Po 18, scala B, int. 7, 10124 Torino TO,
# Italia" its staircase. Every layout writes an address as comma-separated pieces in one line, cell or value, so
# a found address takes the pieces beside it that read as address pieces: a piece with a number (a unit, floor,
# house or postcode: "Apt 5B", "2º Esq", "Phase 1") on either side, and after it a piece of capitalised words
# (a district, city, region or country: "Chaoyang District", "Co. Dublin", "España"). A piece of prose (a lower
# case word that is no particle: "and call me", "thanks"), a time or amount, a quote, bracket, cell or field
# separator, a colon, a dash or a line break ends the run. Bounded: six pieces of 48 characters each way.
_RUN_PIECE_SEP = re.compile(r"[ \t]*,[ \t]*")
_RUN_PIECE = re.compile(r"[^,\n\r\"|\t;:()<>\[\]{}=—–]{1,48}")
_RUN_PIECE_BEFORE = re.compile(r"(?:^|(?<=[,\n\r\"|\t;:()<>\[\]{}=—–]))[^,\n\r\"|\t;:()<>\[\]{}=—–]{1,48}[ \t]*,[ \t]*\Z")
_BARE_NUMBER = re.compile(r"[\d./-]+")
_RUN_PARTICLES = frozenset("""de da das do dos del della delle di du des la le les el al van von der den am an im
    sur upon on en y e i bis ter""".split())
_RUN_STOP_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    thanks thank regards cheers please hi hello dear best sincerely ok okay yes no""".split())
_RUN_MAX_PIECES = 6
# The text of a comma piece ending where a found address starts.
_RUN_PIECE_END = re.compile(r"(?:^|(?<=[,\n\r\"|\t;:()<>\[\]{}=—–]))[^,\n\r\"|\t;:()<>\[\]{}=—–]{1,48}\Z")
# Unit, floor and staircase words written in lower case before their number or letter.
_RUN_UNIT_WORDS = frozenset("""scala int interno piso puerta planta esc escalera portal andar apto apt dpto depto
    flat unit suite floor fl room rm block blk bldg lgh lg stock og etage étage bât bat bâtiment app appt emelet
    ajtó kv kvartira korpus m lok sala box""".split())


def whole_run(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened over its cell or field value (_container), then over the address pieces of its comma
    run (see above)."""
    start, end = _container(text, start, end)
    # First the rest of the piece it ends or starts in: "scala B, int. 7, 10124 Torino TO" from "B, ... Torino".
    tail = _RUN_PIECE.match(text, end)
    if tail is not None and tail.group(0).strip() and _is_piece_rest(tail.group(0).rstrip(" \t.")):
        end += len(tail.group(0).rstrip(" \t."))
    head = _RUN_PIECE_END.search(text, max(0, start - 48), start)
    if head is not None and head.group(0).strip() and _is_piece_rest(head.group(0)):
        start = head.start() + (len(head.group(0)) - len(head.group(0).lstrip()))
    for _ in range(_RUN_MAX_PIECES):
        sep = _RUN_PIECE_SEP.match(text, end)
        if sep is None:
            break
        piece = _RUN_PIECE.match(text, sep.end())
        if piece is None:
            break
        value = piece.group(0)
        stripped = value.rstrip(" \t.")
        if "." in value.rstrip(" \t."):
            # A full stop then a capital ends a sentence: "Lyon, France. Then": only up to it ("Co. Dublin" stays).
            cut = re.search(r"(?<=[a-z]{4})\.[ \t]+(?=\S)", value)
            if cut:
                stripped = value[:cut.start()]
        if not _is_address_piece(stripped, after=True):
            break
        end = sep.end() + len(stripped)
    for _ in range(_RUN_MAX_PIECES):
        piece = _RUN_PIECE_BEFORE.search(text, max(0, start - 60), start)
        if piece is None:
            break
        value = piece.group(0)
        stripped = value.rstrip(" \t,").lstrip()
        if not _is_address_piece(stripped, after=False):
            break
        if value.endswith(",") and _BARE_NUMBER.fullmatch(stripped):
            break  # "1182,Via Roma 22": a number in the cell before (a comma without a space) is another column's id
        start = piece.start() + (len(value) - len(value.lstrip()))
    return start, end


# A field's label at a line start: "Address: ", "ship_to = ", "- Lieferadresse: ".
_LINE_LABEL = re.compile(r"[ \t]*(?:[-*•][ \t]+)?[\w][\w .#/()-]{0,30}?[ \t]*[:=][ \t]*")
_SENTENCE_BREAK = re.compile(r"[.?!][ \t]+[A-Z]|[.?!]$|[(\[{]|[ \t][-—–][ \t]|\b(?:and|but|because|if|when|please|thanks)\b",
                             re.IGNORECASE)
_CONTAINER_MAX = 160


def _container(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole cell or field value an address found in part stands in, when it holds nothing but the address.

    A quoted JSON/CSV value (`"address": "..."`, `17,"..."`), a pipe or tab cell, or a labelled line's value
    (`Address: ...`) is one field: what an export, a form or a tool wrote there is the address, however its
    parts are laid out. Taken only when the rest of the field is short and no sentence (no full stop before
    a capital, no conjunction): a note that mentions an address keeps its words.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if line_end - line_start > 400 or "\n" in text[start:end]:
        return start, end
    candidates = []
    for mark in ('"', "|", "\t"):
        if mark in text[start:end]:
            continue
        before = text.rfind(mark, line_start, start)
        after = text.find(mark, end, line_end)
        if before != -1 and after != -1:
            if mark == '"' and text[before + 1:start].count('"') == 0 and not re.search(
                    r"(?:^|[:,\[=])[ \t]*$", text[line_start:before]):
                continue  # a quotation in prose, not a JSON or CSV value
            candidates.append((before + 1, after))
    label = _LINE_LABEL.match(text, line_start, start)
    if label is not None and not candidates:
        candidates.append((label.end(), line_end))
    for low, high in candidates:
        while low < start and text[low] in " \t\"'([{":
            low += 1
        while high > end and text[high - 1] in " \t.\"')]}":
            high -= 1
        if high - low > _CONTAINER_MAX:
            continue
        extra = text[low:start] + " " + text[end:high]
        words = extra.split()
        if len(words) <= 8 and ":" not in extra and not _SENTENCE_BREAK.search(extra.strip()) and all(
                map(_is_address_word, words)):
            return min(low, start), max(high, end)
    return start, end


def _is_address_word(word: str) -> bool:
    """A word an address is written with: a number, a capitalised name or code, a particle or a unit word."""
    core = word.strip(".,;'’\"-#/º°ª")
    if not core or not any(char.isalpha() for char in core):
        return True
    folded = core.casefold()
    if folded in _RUN_STOP_WORDS:
        return False
    return core[0].isdigit() or core[0].isupper() or folded in _RUN_PARTICLES or folded in _RUN_UNIT_WORDS


def _is_piece_rest(rest: str) -> bool:
    """Whether the words beside a found address in its own piece are address words: capitalised (a city, a
    region code: "Torino TO"), numbers, particles or unit words ("scala B"); no prose ("moved to", "last month")."""
    words = rest.split()
    if not words or len(words) > 3:
        return False
    for word in words:
        core = word.strip(".'’-º°ª")
        folded = core.casefold()
        if not core or folded in _RUN_STOP_WORDS:
            return False
        if not (core[0].isdigit() or core[0].isupper() or folded in _RUN_PARTICLES or folded in _RUN_UNIT_WORDS):
            return False
    return True


def _is_address_piece(piece: str, after: bool) -> bool:
    words = piece.split()
    if not words or len(words) > 5:
        return False
    if any(char.isdigit() for char in piece):
        # A unit, floor, house number or postcode; not a time, an amount or a date.
        # (At most eight digits, none after "+": a phone, an id or an account beside the address is no piece of it.)
        return (len(words) <= 4 and not re.search(r"\d[:h]\d|[$€£¥%+@]|\d{4}-\d\d-\d\d", piece)
                and sum(char.isdigit() for char in piece) <= 8
                and all(word[0].isdigit() or word[0].isupper() or word.casefold().rstrip(".") in _RUN_PARTICLES
                        or len(word) <= 8 for word in words)
                and not any(word.casefold() in _RUN_STOP_WORDS for word in words))
    if len(words) <= 3 and re.fullmatch(r"[A-Z]{1,2}", words[-1].rstrip(".")) and words[0][0].isalpha():
        return True  # a staircase, block or tower: "scala B", "Bât. C", "Tower B"
    if not after:
        return False
    named = False
    for word in words:
        core = word.strip(".'’-")
        if not core:
            continue
        if core.casefold() in _RUN_STOP_WORDS:
            return False
        if core[0].isupper():
            named = named or not is_ordinary_word(core) or len(words) > 1
            continue
        if core.casefold() in _RUN_PARTICLES or not core.isascii() and not core[0].isalpha():
            continue
        return False
    return named


def _unit_before(text: str, start: int) -> int:
    unit = _UNIT_BEFORE.search(text, max(0, start - 24), start)
    if unit:
        return unit.start()
    if start and text[start].isdigit():
        # "House 14, Ring Road East", "Plot No. 7, ...", "Unit 7, Riverside Business Park": the word naming
        # the house or unit number is the address's.
        house = _HOUSE_WORD_BEFORE.search(text, max(0, start - 16), start)
        if house:
            return house.start()
    if start and not text[start].isascii():
        # "〒150-0002 東京都渋谷区...": the postcode written before a Japanese address.
        postcode = _JAPANESE_POSTCODE_BEFORE.search(text, max(0, start - 16), start)
        if postcode:
            return postcode.start()
    return start


def _cue_ends(text: str) -> set[int]:
    """Offsets right after each address cue ("lives at ", "Anschrift: ")."""
    lowered = lowered_same_length(text)
    positions = keyword_positions(lowered, _CUE_KEYWORDS)
    # Where a cue can start (the first word of each of its forms): it is tried there only, not at every position of
    # the window (the same matches as `_ADDRESS_CUE.finditer(text, start, end)`).
    cue_starts = keyword_positions(lowered, _CUE_FIRST_WORDS) if positions else []
    ends: set[int] = set()
    next_start = 0
    # "correspondence address" is the longest cue: look that far back from the keyword.
    for start, end in windows_around(positions, 24, 40, len(text)):
        next_start = bisect.bisect_left(cue_starts, start, next_start)
        cursor = start
        while next_start < len(cue_starts) and cue_starts[next_start] < end:
            position = cue_starts[next_start]
            next_start += 1
            match = _ADDRESS_CUE.match(text, position, end) if position >= cursor else None
            if match is not None:
                ends.add(match.end())
                cursor = match.end()
    # A letter's or label's recipient line between the cue and the address ("Ship to:\nPriya Nair\n12/4, ..."):
    # the address starts on the line after the name.
    recipients = {end: recipient.end() for end in ends if (recipient := _RECIPIENT_LINE.match(text, end))}
    return {recipients.get(end, end) for end in ends}


def _with_tail(text: str, end: int) -> tuple[int, bool]:
    """End of the address whose street ends at `end`, and whether a postcode follows the street."""
    tail = _ADDRESS_TAIL.match(text, end)
    tail_end = tail.end() if tail is not None else end
    return tail_end, bool(_HAS_POSTCODE.search(text, end, tail_end))


# A Romance article or preposition right after the street's type: "Via dell'Orso", "Route de Genève", "Place du
# Marché". English never puts one there ("via the portal", "Route 66"), so it says the type is a street's.
_ROMANCE_PARTICLE_AFTER_TYPE = re.compile(
    r"\.?[ \t]+(?:(?:de|del|della|delle|dei|degli|di|da|dal|dalla|dello|la|las|los|le|les|du|des|do|dos|das)[ \t]+"
    r"|(?:d|l|dell|all|sull|dall|nell)['’])")


def _type_first_street(text: str, match: re.Match, cue_ends: set[int]) -> Iterator[tuple[int, int]]:
    end, has_postcode = _with_tail(text, match.end())
    # (an English-looking type with a Romance particle after it is no English word: "Via della Scala 18")
    english_looking = (match.group("type").lower() in _ENGLISH_LOOKING_TYPES
                       and not _ROMANCE_PARTICLE_AFTER_TYPE.match(text, match.end("type")))
    if has_postcode or match.start() in cue_ends or (match.group("number") and not english_looking):
        yield match.start(), end


def _germanic_street(text: str, match: re.Match, cue_ends: set[int]) -> Iterator[tuple[int, int]]:
    words = text[match.start():match.end("street")].split()
    last = words[-1].lower()
    suffix = next((s for s in _GERMANIC_SUFFIXES + _AMBIGUOUS_GERMANIC_SUFFIXES if last.endswith(s)), None)
    if suffix is None or match.group("local_type"):
        if _POSTCODE_CITY_AFTER.match(text, match.end()) and not is_ordinary_word(words[0].rstrip(".")):
            apartment = _APARTMENT_NUMBER.match(text, match.end())  # "12 B 5": staircase B, flat 5
            yield match.start(), _with_tail(text, apartment.end())[0]
        elif (match.group("local_type") and not is_ordinary_word(match.group("local_type"))
              and not is_ordinary_word(words[0].rstrip("."))):
            # A name, its own language's street type and a number ("Váci utca 12", "Karl Johans vei 5", "Moda
            # caddesi 4") is a street without a postcode after it; a type that is an English word
            # ("gate", "tie": "Departure gate 12") still wants the postcode.
            yield match.start(), _with_tail(text, match.end())[0]
        return
    if len(last) > len(suffix):  # a compound: "Bachmannstraße", "Remo-Weihmann-Weg"
        start = match.start() + text[match.start():match.end("street")].rindex(words[-1])
    elif len(words) == 2:  # two words: "Kölner Straße"
        start = match.start()
    else:
        return
    end, has_postcode = _with_tail(text, match.end())
    if suffix in _AMBIGUOUS_GERMANIC_SUFFIXES and not has_postcode and start not in cue_ends:
        return
    yield start, end


_UK_PART_BEFORE = re.compile(rf"(?<![\w'’.-])(?:{_UK_ADDRESS_PART.pattern})$")
# In lower case, a part is a unit, a numbered street or a one- or two-word name ("flat 2", "17 kingsway", "london").
_UK_PART_BEFORE_ANY_CASE = re.compile(
    rf"(?<![\w'’.-])(?i:{_UNIT_WORD}\.?[ \t]+\w{{1,5}}|\d{{1,5}}[a-z]?(?:[ \t]+[a-z][\w'’-]*){{0,3}}"
    rf"|[a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*)?)$")


def _uk_postcodes_in_any_case(text: str) -> Iterator[tuple[int, int]]:
    """UK postcodes of a real postcode area in any case, with the address parts before them or alone.

    Typed in a chat or a form, postcodes come in lower case ("london wc2b 6th"); the parts before them
    are then read in any case too.
    """
    starts = class_pattern_starts(_UK_INWARD_CODE_START_IN_CLASSES, text)
    for inward in (_UK_INWARD_CODE.finditer(text) if starts is None
                   else matches_at_starts(_UK_INWARD_CODE, text, starts)):
        outward = _UK_OUTWARD_CODE.search(text, max(0, inward.start() - 6), inward.start())
        if outward is None or outward.group("area").upper() not in _UK_POSTCODE_AREAS:
            continue
        start, end = outward.start(), inward.end()
        lower_case = not text[start:end].isupper()
        parts = list(_uk_address(text, start, end, any_case=lower_case))
        yield from parts or [(start, end)]


def _lower_case_part_reads_as_address(part: str) -> bool:
    """A unit or a numbered street, or a place name made of no ordinary word ("london", not "in leeds")."""
    words = part.split()
    if words[0][0].isdigit() or re.fullmatch(_UNIT_WORD + r"\.?", words[0], re.IGNORECASE):
        return True
    return not any(is_ordinary_word(word) for word in words)


def _uk_address(text: str, postcode_start: int, postcode_end: int, any_case: bool = False) -> Iterator[tuple[int, int]]:
    """A UK postcode and the comma- or line-separated address parts before it (in any case: typed in lower case)."""
    part_before = _UK_PART_BEFORE_ANY_CASE if any_case else _UK_PART_BEFORE
    cursor, start = postcode_start, None
    parts = commas = 0
    has_number = False
    while parts < 5:
        boundary = cursor
        while boundary > 0 and text[boundary - 1] in " \t":
            boundary -= 1
        separated_by = ""
        if boundary > 0 and text[boundary - 1] in ",\n":
            separated_by = text[boundary - 1]
            boundary -= 1
            while boundary > 0 and text[boundary - 1] in " \t\r":
                boundary -= 1
        if boundary == cursor or boundary == 0:
            break
        part = part_before.search(text, max(0, boundary - 80), boundary)
        if part is None:
            break
        if any_case and (separated_by == "\n" or (parts and not separated_by)):
            break  # in lower case only commas join parts
        if any_case and not _lower_case_part_reads_as_address(part.group(0)):
            # "customer address is", "in leeds": prose, or prose before a place name (its last word).
            last_word = part.group(0).split()[-1]
            if len(part.group(0).split()) == 1 or not _lower_case_part_reads_as_address(last_word):
                break
            parts += 1
            start = boundary - len(last_word)
            break
        parts += 1
        commas += bool(separated_by)
        has_number = has_number or any(char.isdigit() for char in part.group(0))
        start = cursor = part.start()
    if start is not None and (has_number or (parts >= 2 and commas >= 1) or any_case):
        yield start, postcode_end


def _cued_address(text: str, start: int) -> tuple[int, int] | None:
    """The address right after a cue ("lives at ..."), if what follows reads like one."""
    tokens: list[str] = []
    position = end = start
    while len(tokens) < 20:
        if tokens:
            separator = _run_separator(text, position)
            if separator is None:
                break
            position = separator.end()
        token = _RUN_TOKEN.match(text, position)
        if token is None or token.end() - start > _LONGEST_ADDRESS:
            break
        tokens.append(token.group(0))
        position = end = token.end()
        # Trailing lower-case words ("de", "rue") only count when a name follows.
        if token.group(0)[0].islower():
            end = token.start() if len(tokens) > 1 else token.end()
    while tokens and tokens[-1][0].islower():
        tokens.pop()
    if len(tokens) < 2:
        return None
    end = _run_end(text, start, tokens)
    has_digit = any(char.isdigit() for token in tokens for char in token)
    has_name = any(token[0].isupper() and len(token) > 1 and token[1:2].isalpha() for token in tokens)
    has_street_word = any(_is_street_word(token) for token in tokens)
    has_postcode = any(_POSTCODE_TOKEN.fullmatch(token) or _LONG_POSTCODE.fullmatch(token) for token in tokens[1:])
    # Without a street word, a number and three or more comma-separated parts after a cue read as an address
    # too ("12 Rosewood, Ballincollig, Co. Cork", "Block 112, Ang Mo Kio Avenue 4, #08-221").
    commas = text.count(",", start, end)
    if has_digit and has_name and (has_street_word or (has_postcode and len(tokens) >= 3) or commas >= 2):
        return start, end
    return None


_LONG_POSTCODE = re.compile(r"\d{6}|\d{5}-\d{3}")


# Typed in a chat, in lower case, after a cue: "i live at 123 main street, springfield il", "ship it to 42 elm st apt 3".
_LOWER_CASE_STREET = re.compile(
    r"\d{1,5}[a-z]?[ \t]+(?:(?:[a-z][a-z'-]*|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,3}"
    r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|terrace|crescent|close|parkway|pkwy"
    r"|highway|hwy|place|pl|way|circle|cir|square|sq|view|grove|gardens|rise|walk|mews)\b\.?"
    r"(?:,?[ \t]*(?:apt|apartment|unit|suite|ste|flat|\#)\.?[ \t]*\#?[a-z0-9-]{1,6}\b)?"
    r"(?:,[ \t]*[a-z][a-z'-]*(?:[ \t]+[a-z][a-z'-]*){0,2}(?:,?[ \t]+[a-z]{2}\b)?(?:[ \t]+\d{5}(?:-\d{4})?)?)?",
    re.IGNORECASE,
)


# Without a cue, a lower-case street counts when the rest of an address follows it: ", city" or a ZIP.
_LOWER_CASE_STREET_TAIL = re.compile(r"[^,\n]*(?:,[ \t]*[a-z]|[ \t]\d{5}\b)", re.IGNORECASE)
# "14 rue des lilas, 69003 lyon", "via roma 12, 00184 roma": a Romance street typed in lower case, with
# the postcode that makes it an address.
_LOWER_CASE_ROMANCE_STREET = re.compile(
    r"\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?:" + "|".join(re.escape(t) for t in sorted(_ROMANCE_TYPES, key=len, reverse=True))
    + r")[ \t]+(?:[a-zà-ÿ'’-]+[ \t]+){0,4}[a-zà-ÿ'’-]+(?:[ \t]+\d{1,4})?,?[ \t]+\d{4,5}(?:[ \t]+[a-zà-ÿ'’-]{2,})?(?![\w-])"
)


# Where both lower-case forms can start: a house number standing alone, then a lower-case word. (The full
# patterns are only tried there: scanning every digit with them cost ~80 us/KB.)
_LOWER_CASE_STREET_START = DigitFirstPattern(re.compile(r"\d(?<![\w./-]\d)\d{0,4}(?:[ \t]?(?:bis|ter))?[a-z]?,?[ \t]+[a-z]"))
# What it can start with, in character classes (character_layouts.class_pattern_starts): on ASCII text a superset of
# its starts ("bis", "ter" read as any three small letters), found at C speed; a match holds no digit after its first
# run, so none holds the start of another.
_LOWER_CASE_STREET_START_IN_CLASSES = re.compile(rb"0(?<![0Aa_./-]0)0{0,4}(?:[ \t]?aaa)?a?,?[ \t]+a")


def _uncued_lower_case_streets(text: str) -> Iterator[tuple[int, int]]:
    resume = 0
    starts = class_pattern_starts(_LOWER_CASE_STREET_START_IN_CLASSES, text)
    for start_match in (_LOWER_CASE_STREET_START.finditer(text) if starts is None
                        else matches_at_starts(_LOWER_CASE_STREET_START, text, starts)):
        start = start_match.start()
        if start < resume:
            continue
        match = _LOWER_CASE_STREET.match(text, start)
        if match and _LOWER_CASE_STREET_TAIL.match(text, match.start(), match.end()):
            resume = match.end()
            yield match.span()
            continue
        match = _LOWER_CASE_ROMANCE_STREET.match(text, start)
        if match:
            resume = match.end()
            yield match.span()


# Said rather than typed (a call transcript, a dictated note, a voice assistant): the house number in words, the
# street in lower case, "twenty two marl pit lane", "nine church view", "forty one cavendish road unit b", and the
# town and a spelled postcode after it ("norwich N R five eight Q X"). A number word, one to three words of a name
# and a street type read as prose only where a name word is a measure or a function word ("forty five minute
# drive", "one more way") or a function word of a clause ("one person can drive"), which the name words exclude.
_SPOKEN_HOUSE_WORDS = tuple(sorted(english_number_words() - {"oh", "zero", "nought", "hundred", "thousand"}))
_SPOKEN_NUMBER = "(?:" + "|".join(sorted(english_number_words() - {"oh", "nought"}, key=len, reverse=True)) + ")"
_SPOKEN_NOT_NAME = (r"(?:the|a|an|of|and|or|to|in|on|at|for|by|with|more|less|other|same|times?|minutes?|hours?"
                    r"|days?|weeks?|months?|years?|seconds?|miles?|km|feet|foot|metres?|meters?|yards?|steps?|way"
                    r"|lane|people|cars?|point|percent|per|step"
                    # function words of a clause: "only one person can drive", "two of them will view it"
                    r"|can|could|will|would|should|may|might|must|is|are|was|were|be|been|i|you|he|she|we|they|it"
                    r"|my|your|his|her|our|their|this|that|these|those|who|which|not|no|so|then|than|just|only|very"
                    r"|all|some|any|each|every|also)")
_SPOKEN_STREET = re.compile(
    rf"(?:{_SPOKEN_NUMBER})(?:[ \t-]+(?:and[ \t]+)?{_SPOKEN_NUMBER}){{0,3}}[ \t]+"
    rf"(?:(?!{_SPOKEN_NOT_NAME}\b)[a-z][a-z'-]*[ \t]+){{1,3}}"
    r"(?:street|road|lane|avenue|drive|close|view|way|crescent|court|place|grove|gardens|terrace|walk|rise|mews"
    r"|square|row)(?![\w-])"
    rf"(?:,?[ \t]+(?:flat|unit|apartment|apt)[ \t]+(?:{_SPOKEN_NUMBER}|[a-z0-9]{{1,4}})(?![\w-]))?"
    # the town, then a spelled postcode: letters and number words, three or more
    rf"(?:,?[ \t]+[a-z]{{3,}}(?:[ \t]+[a-z]{{3,}})?(?=[ \t]+[A-Za-z][ \t])"
    rf"[ \t]+[A-Za-z](?:[ \t]+(?:{_SPOKEN_NUMBER}|[A-Za-z])(?![\w-])){{2,7}})?"
    # or the town alone after a comma
    r"(?:,[ \t]*[a-z]{3,}(?![\w-]))?"
)


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def find_spoken_streets(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each street said with its house number in words (above); the text needs no digit."""
    for match in matches_at_word_start(_SPOKEN_STREET, text, cues=_SPOKEN_HOUSE_WORDS):
        yield match.span()


def _lower_case_street(text: str, start: int) -> tuple[int, int] | None:
    match = _LOWER_CASE_STREET.match(text, start)
    return match.span() if match else None


def _run_end(text: str, start: int, tokens: list[str]) -> int:
    # Re-walk the kept tokens to find where the last one ends.
    position = start
    for index, token in enumerate(tokens):
        if index:
            position = _run_separator(text, position).end()
        position += len(token)
    return position


def _run_separator(text: str, position: int) -> re.Match | None:
    return _RUN_SEP.match(text, position) or _LINE_BREAK_BEFORE_DIGITS.match(text, position)


_STREET_WORDS = frozenset(t.lower() for t in _ROMANCE_TYPES) | frozenset(
    s.lower().rstrip("?") for s in _STREET_SUFFIX_NAMES + _STREET_SUFFIX_ABBREVIATIONS
)


def _is_street_word(token: str) -> bool:
    word = token.lower().rstrip(".")
    return word in _STREET_WORDS or any(
        word.endswith(suffix.rstrip(".")) for suffix in _GERMANIC_SUFFIXES + _AMBIGUOUS_GERMANIC_SUFFIXES
    )


# --- scripts without capitals ---------------------------------------------------------
#
# The forms above find a street by its capitalised name; Hebrew, Arabic, Persian, Devanagari, Thai and
# Georgian have no capitals, and a Greek or Cyrillic address in running text often starts with a lower-case
# street word. There an address is read from an address word ("כתובת", "पता", "ที่อยู่", "адрес") or a
# street word ("רחוב", "शारع", "ซอย", "ул.", "οδός") to the end of its clause: a line break, a full stop
# of the script, a semicolon, or a phone or e-mail word; it must hold a number (house number, postcode).
# Recall first: the whole clause is taken, a few words too many are a placeholder's cost.
_CASELESS_ADDRESS_WORDS = (
    # address words: what follows them is the address
    "כתובת", "פתבת", "العنوان", "عنوان", "آدرس", "पता", "पते", "ที่อยู่", "адрес", "адреса", "адресу", "адресом",
    "διεύθυνση", "διεύθυνσή", "მისამართი", "地址", "住址", "住所", "주소",
)
_CASELESS_STREET_WORDS = (
    # street words: they start the address themselves
    "רחוב", "רח'", "רח׳", "שדרות", "שד'", "שד׳", "شارع", "خیابان", "کوچه", "मकान", "मार्ग", "सेक्टर", "गली", "ซอย", "ถนน",
    "ул.", "улица", "вул.", "вулиця", "пр-т", "проспект", "пер.", "переулок", "бул.", "οδός", "οδ.", "λεωφ.",
    "ქუჩა",
    # Round 39: Hebrew writes the abbreviation with a geresh (׳) as often as with an apostrophe; the boulevard of
    # South Slavic and Russian addresses; Georgian's avenue, whole and abbreviated ("ვაჟა-ფშაველას გამზ. 71").
    "булевар", "бульвар", "გამზირი", "გამზ.",
    # Arabic districts, the Maghreb's street, roads, lanes and a building's or flat's word: "حي النرجس، شارع ...",
    # "نهج الحبيب بورقيبة عدد ٣٣", "عمارة ٧، شقة ٤". Whole words only (_ARABIC_SCRIPT_WORD_END).
    "حي", "نهج", "طريق", "جادة", "زقاق", "عمارة", "بناية", "فيلا", "شقة", "مبنى",
)
# An Arabic-script word of the lists above ends where a letter does not follow: "حي" is no "حياة".
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
# Big-to-small pieces before a street word, each ended by a comma of the script: "عمّان، جبل اللويبدة، شارع ...".
# Up to three pieces of one to four words without Latin letters, digits or delimiters.
_CASELESS_PIECES_BEFORE = re.compile(r"(?:[^\sA-Za-z\d،,:;—–|\"()\[\]<>]+(?:[ \t]+[^\sA-Za-z\d،,:;—–|\"()\[\]<>]+){0,3}"
                                     r"[ \t]*[،,][ \t]*){1,3}\Z")
_CASELESS_WORDS = _CASELESS_ADDRESS_WORDS + _CASELESS_STREET_WORDS
_CASELESS_LABEL_END = re.compile(r"[ \t]*[:：\-–]?[ \t]*")
# Where a clause of an address ends: a line, a sentence of the script, a list separator, a quote or bracket
# (the end of a JSON string or a markup field), a phone or e-mail word.
# A dot after a short word is an abbreviation of the address ("г. Казань, ул. Баумана, д. 12"), not its end.
_CASELESS_CLAUSE_END = re.compile(
    r"[\n。；;|।\"“”«»<>\[\](){}⟦⟧\\]|(?<=\w\w\w\w)[.!?](?=[ \t]|$)|(?<=\d)[.!?](?=[ \t]|$)|[,，、]?[ \t]*(?:tel\b|phone\b|email\b|e-mail\b|טלפון|טל'|נייד|דוא\"ל|هاتف|جوال|تلفن|फोन|फ़ोन"
    r"|मोबाइल|ईमेल|โทร|อีเมล|тел\.?|телефон|моб|e-?mail|τηλ|電話|电话|手机|전화|이메일)"
    r"|[ \t]+(?:है|हैं|था|थी)(?!\w)", re.IGNORECASE)
_CASELESS_LONGEST = 140


_CASELESS_ABBREVIATIONS = tuple(word for word in _CASELESS_STREET_WORDS if word.endswith("."))


def _ends_street_abbreviation(lowered: str, clause_end: re.Match[str]) -> bool:
    """Whether a clause end is the dot of a listed street abbreviation ("გამზ.", "λεωφ."), not a sentence's."""
    return clause_end.group() == "." and any(lowered.endswith(word, 0, clause_end.end())
                                             and (clause_end.end() == len(word)
                                                  or not lowered[clause_end.end() - len(word) - 1].isalpha())
                                             for word in _CASELESS_ABBREVIATIONS)


def _caseless_script_addresses(text: str) -> Iterator[tuple[int, int]]:
    """Addresses after an address word or from a street word in scripts without capitals (see above)."""
    lowered = lowered_same_length(text)
    starts = []
    for position in keyword_positions(lowered, _CASELESS_WORDS):
        # The longest word found there ("адреса" over "адрес"): an address word's value starts after it.
        word = max((word for word in _CASELESS_WORDS if lowered.startswith(word, position)), key=len)
        starts.append((position + len(word) if word in _CASELESS_ADDRESS_WORDS else position, word))
    covered = 0
    for begin, word in sorted(starts):
        if begin < covered:
            continue
        if word in _CASELESS_ADDRESS_WORDS:
            if begin < len(text) and text[begin].isalpha() and not _is_cjk(word):
                continue  # "адресат", "адресный": a longer word, not the label
            begin = _CASELESS_LABEL_END.match(text, begin).end()
        elif begin and text[begin - 1].isalpha() and text[begin - 1] not in "לבמה":  # Hebrew prefixes: לרחוב, ברחוב
            continue
        elif _ARABIC_SCRIPT.match(word) and begin + len(word) < len(text) and text[begin + len(word)].isalpha():
            continue  # a longer Arabic word that starts with a street word's letters
        else:
            before = _CASELESS_PIECES_BEFORE.search(text, max(0, begin - 120), begin)
            if before is not None:
                begin = before.start()
        limit = min(len(text), begin + _CASELESS_LONGEST)
        clause_end = _CASELESS_CLAUSE_END.search(text, begin, limit)
        while clause_end is not None and _ends_street_abbreviation(lowered, clause_end):
            clause_end = _CASELESS_CLAUSE_END.search(text, clause_end.end(), limit)  # "გამზ. 71": no sentence end
        end = clause_end.start() if clause_end else limit
        if clause_end is None and limit < len(text):
            end = text.rfind(" ", begin, limit)  # cut at a word boundary
        end = begin + len(text[begin:end].rstrip(" \t,，、"))
        if end - begin >= 6 and any(char.isdigit() for char in text[begin:end]):
            covered = end
            yield begin, end


def _is_cjk(word: str) -> bool:
    return "\u3040" <= word[0] <= "\u9fff" or "\uac00" <= word[0] <= "\ud7af"
