"""Fake people from several Faker locales: names, contact data, national ids, cards, IBANs, birthdays.

Faker is seeded per person from the sample's `random.Random`, so a sample is
the same on every run (faker==40.54.0 is pinned for that reason). Nothing here
is real personal data.
"""
from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from faker import Faker

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
_MAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de",
                 "orange.fr", "libero.it")


@lru_cache(maxsize=None)
def faker_for(locale: str) -> Faker:
    return Faker(locale)


@dataclass(frozen=True)
class Person:
    locale: str
    first: str
    last: str
    email: str
    phone: str
    address: str
    national_id: str
    card: str
    iban: str
    birth_date: str
    username: str
    city: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def ascii_slug(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]+", "", decomposed.encode("ascii", "ignore").decode().lower())


def make_person(rng: random.Random, locale: str | None = None, domain: str | None = None) -> Person:
    locale = locale or rng.choice(LOCALES)
    fake = faker_for(locale)
    fake.seed_instance(rng.getrandbits(32))
    first, last = fake.first_name(), fake.last_name()
    slug_first, slug_last = ascii_slug(first) or "user", ascii_slug(last) or "person"
    mail_domain = domain or rng.choice(_MAIL_DOMAINS)
    email = rng.choice([f"{slug_first}.{slug_last}", f"{slug_first[0]}{slug_last}",
                        f"{slug_first}{rng.randint(1, 99)}", f"{slug_last}.{slug_first}"]) + "@" + mail_domain
    birth = fake.date_of_birth(minimum_age=19, maximum_age=72)
    birth_text = rng.choice([birth.isoformat(), birth.strftime("%d/%m/%Y"), birth.strftime("%B %d, %Y"),
                             birth.strftime("%m/%d/%Y")])
    return Person(
        locale=locale, first=first, last=last, email=email,
        phone=fake.phone_number(),
        address=fake.address().replace("\n", ", "),
        national_id=fake.ssn(),
        card=_format_card(rng, fake.credit_card_number()),
        iban=_format_iban(rng, fake.iban()),
        birth_date=birth_text,
        username=f"{slug_first[0]}{slug_last}"[:16],
        city=fake.city(),
    )


def _format_card(rng: random.Random, digits: str) -> str:
    if rng.random() < 0.5 and len(digits) == 16:
        return " ".join(digits[i:i + 4] for i in range(0, 16, 4))
    return digits


def _format_iban(rng: random.Random, iban: str) -> str:
    if rng.random() < 0.5:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban
