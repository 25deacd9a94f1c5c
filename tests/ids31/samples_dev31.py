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

# The floor and the door written before a found address, or a flat by its floor's ordinal and letter after it.
UNIT_PARTS_POS = [
    ("Le compteur est au 2e étage, porte droite, 14 rue Victor Hugo, 33000 Bordeaux.", "2e étage, porte droite"),
    ("Entrega en 4ª planta, puerta izquierda, Calle de Toledo 12, 28005 Madrid.", "4ª planta, puerta izquierda"),
    ("Domicilio: Calle Goya 40, 5º Dcha, 28001 Madrid.", "5º Dcha"),
    ("Vive en Calle Lavalle 3120, 2° B, Buenos Aires.", "2° B"),
    ("Drop it at 88 Mill Road, unit rear, please.", "unit rear"),
]
# Ordinals and sides beside no address stay.
UNIT_PARTS_NEG = [
    ("Bake at 180° C for twenty minutes, then turn left.", "180° C"),
    ("Take the 2nd floor lift, then turn left at the door.", "2nd floor"),
]

# A number written in digit groups after a dealing word and a short prefix is covered whole, not its first group.
GROUPED_AFTER_PREFIX_POS = [
    ("Shipment via DHL 4471 2093 5518 arrives Friday for Mr Okafor.", "4471 2093 5518"),
    ("Her claim TK 2231 5512 is still open.", "TK 2231 5512"),
]
GROUPED_AFTER_PREFIX_POS += [
    ("Her parcel LBC 1183 2290 4471.", "1183 2290 4471"),
    ("Membership GCLC 5521.", "GCLC 5521"),
]
