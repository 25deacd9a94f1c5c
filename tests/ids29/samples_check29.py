"""Round 29 CHECK set: written after the change, by hand, without looking at any corpus and never tuned on (failures
are reported as they are). Record numbers after a record noun and a number word of other languages, numbers written
like a labelled one in its record, and look-alikes that must stay."""

POS = [
    ("Pacijent Milan Jovanović, broj kartona 55812-3, kontrola u ponedjeljak.", "55812-3"),
    ("Клиент Иван Петров, клиентски номер 0045812, иска справка.", "0045812"),
    ("Nasabah Siti Rahma, nomor rekening 0081234567, minta blokir kartu.", "0081234567"),
    ("Rhif claf: 4471209 (Siân Evans), apwyntiad dydd Llun.", "4471209"),
    ("Ασθενής: Ελένη Νικολάου, αριθμός μητρώου 77120, επανεξέταση.", "77120"),
    ("Klient Mari Tamm, lepingu nr 2291/55, soovib lõpetada.", "2291/55"),
    ("Pojištěnec Jana Svobodová, č. pojistky 8812004471, hlásí škodu.", "8812004471"),
    ("Müşteri numarası 4471209, Mehmet Demir, iade talep ediyor.", "4471209"),
    ("Klients Jānis Bērziņš, līguma numurs LV-2291, pārtrauc līgumu.", "LV-2291"),
    ("Client: Andrei Popescu, nr. contract CT-77120, reziliere.", "CT-77120"),
]
ALIKE_POS = [
    ("Ticket for member no. 5521907 — duplicate account 5521970 should be merged.", "5521970"),
    ("Réf. dossier: DS-204417\nAncien dossier DS-204471 clôturé la semaine dernière.", "DS-204471"),
]
NEG = [
    ("Сборка номер 20441 прошла успешно на всех платформах.", "20441"),
    ("Build no. 4471209 and build no. 4471290 both failed on arm64.", "4471290"),
    ("Kundennr. 772901, Rechnungsbetrag 448120 HUF.", "448120"),
    ("Kundennr. 448120 — Rückruf um 14:30, Termin 2026-12-08.", "2026-12-08"),
    ("Member no. 5521907; see RFC 9110 and ISBN 978-0-13-468599-1 for the format.", "978-0-13-468599-1"),
]
