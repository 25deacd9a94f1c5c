"""Check texts for ticket/case keys and customer/order numbers (round 25; written after the code, not tuned on)."""
CHECK = [
 ("Clave,Resumen,Responsable\nATC-1180,Cambio de domicilio,Rosa Vidal\nATC-1184,Baja del contrato,Iván Soler", "ATC-1184"),
 ("| Ticket | Kunde | Betreff |\n|---|---|---|\n| HD-7702 | Frau Albers | Rechnung doppelt |\n| HD-7719 | Herr Yilmaz | Passwort |", "HD-7719"),
 ("Order ID\tCustomer\tCity\n600412\tNadia Rahman\tLeeds\n600417\tBen Okafor\tYork", "600417"),
 ("commande;client;montant\n88410;Claire Martin;23,40\n88415;Hugo Lefèvre;9,99", "88415"),
 ("Bitte übernimm Vorgang SV-3391, die Mandantin hat neue Unterlagen geschickt.", "SV-3391"),
 ("La pratica MI-2207 riguarda il sig. Rinaldi.", "MI-2207"),
 ("Sprawa WR-118 czeka na podpis klienta.", "WR-118"),
 ("Hi, my ticket is QA-5567, nobody answered in two days.", "QA-5567"),
 ("Owners:\n- Sofia -> PAY-88, PAY-91\n- Kenji -> PAY-97", "PAY-97"),
 ("1. Aisha: DESK-4410\n2. Tomás: DESK-4415, DESK-4418", "DESK-4418"),
 ("klant 3094471 wil zijn gegevens laten verwijderen", "3094471"),
 ("acct 55102 and 55318 belong to the same household, please link them", "55318"),
]
CHECK_NEG = [
 ("Files are UTF-16 encoded; dates follow ISO-8601.", "UTF-16"),
 ("We moved from ES-2015 to ES-2022 last sprint.", "ES-2015"),
 ("Use SHA-512 and AES-256 for the archive.", "AES-256"),
 ("The MIG-29 and the F-16 were on display.", "MIG-29"),
 ("Take the M-25 then exit at junction 12.", "M-25"),
 ("case 3 of the switch falls through to case 4", "3"),
 ("member 2019 of the class", "2019"),
]
