"""Round 31 (ids31) forms, written for these tests (not copied from any corpus): (text, value)."""

# A record a trade, a council or a service opens for a person, right after its noun, in several languages.
RECORD_NOUN_POS = [
    ("Werkbon 25/7731 voor mevrouw De Wit is afgesloten.", "25/7731"),
    ("Aperto ODL 24/1187 per la signora Ferri, cambio pastiglie.", "24/1187"),
    ("Zlecenie ZS-48812 dla pana Nowaka zostało zamknięte.", "ZS-48812"),
    ("Оформлен пропуск КП-40917 на имя Сидорова.", "КП-40917"),
    ("Callout 25/3308 attended by two crews at the caller's home.", "25/3308"),
    ("Parking permit PK-220914 renewed for the resident of flat 4.", "PK-220914"),
    ("Membership GCLC 5521 lapsed in March; she wants to rejoin.", "GCLC 5521"),
    ("Her policy HX 40718 covers the conservatory.", "HX 40718"),
    ("Einsatz 26/0447: Patientin gestürzt, RTW alarmiert.", "26/0447"),
]
# Numbers beside the same nouns that are no person's record.
RECORD_NOUN_NEG = [
    ("The invoice was USD 1250 in the end.", "USD 1250"),
    ("The contract follows ISO 9001 clauses.", "ISO 9001"),
    ("Membership grew to 2025 members this year.", "2025"),
    ("The order of 3 items ships Monday.", "3"),
]
