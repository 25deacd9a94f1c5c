"""Round 29 DEV set (written before the change, by hand, not copied from any corpus): a record's number after a
label made of a record noun and a word or abbreviation for "number" in many languages (`br.`, `номер`, `số`, `nr.`,
`αρ.`, `rhif`, `nomor`, `no.`), whatever the value's shape (a letter prefix of any script, 4 digits)."""

POS = [
    ("Reklamacija: kupac Ivana Horvat, narudžba br. 55-2031-7, molim povrat novca.", "55-2031-7"),
    ("Молим проверите уговор бр. 7741/2025 за Марка Петровића.", "7741/2025"),
    ("Співробітник Коваленко Іван, особовий номер 4471, відділ кадрів.", "4471"),
    ("Клиент Смирнова Ольга, номер договора ДГ-558120, просит расторжение.", "ДГ-558120"),
    ("Khách hàng Trần Văn Nam, hóa đơn số HD-88412/26, cần xuất lại.", "HD-88412/26"),
    ("Please close contract no. ŽK-4410/22 for Mrs Novák, she moved abroad.", "ŽK-4410/22"),
    ("Pelanggan Budi Santoso, nomor polis 7730-2291-04, minta salinan.", "7730-2291-04"),
    ("Ο πελάτης Γιώργος Παπαδόπουλος, αρ. συμβολαίου 4410-8827, ζητά ακύρωση.", "4410-8827"),
    ("Cwsmer: Rhys Morgan, rhif cyfrif 88120447, eisiau newid cyfeiriad.", "88120447"),
    ("Kedves Kovács Anna, a szerződés sz. 2291-55-08 alatt nyilvántartott biztosítása lejárt.", "2291-55-08"),
]

# A record's other numbers written like the labelled one, in the same block of lines.
ALIKE_POS = [
    ("Kundennr. 448120 ist falsch,\nrichtig wäre 448210, bitte korrigieren.", "448210"),
    ("Patient MRN: P-0044127\nAlso merged duplicate P-0044172 into it (same person, typo at intake).", "P-0044172"),
    ("[09:14] Ana: my policy no. is 77120455\n[09:15] Ana: sorry, 77120544, the old one was cancelled", "77120544"),
]
ALIKE_NEG = [
    ("Kundennr. 448120, offener Betrag 125000 EUR seit März.", "125000"),
    ("Member no. 882014 joined 2019-03-04; build 20190304 deployed.", "20190304"),
]

NEG = [
    ("Upgrade to version no. 4.2.1 fixed the crash.", "4.2.1"),
    ("Build br. 2291 passed all tests on the CI runner.", "2291"),
    ("Порт номер 8080 уже занят другим процессом.", "8080"),
    ("Issue no. 4471 on the public tracker describes the regression.", "4471"),
    ("The invoice template shows the field «номер договора» as ДГ-XXXXXX.", "ДГ-XXXXXX"),
]

# A record nested under a person's record in a URL path is that person's, whatever its collection.
PATH_POS = [
    ("GET /api/v1/customers/C-20417/invoices/INV-884120 200 31ms", "INV-884120"),
    ("curl -s https://crm.example.net/members/88201934/tickets/5512093/notes", "5512093"),
]
PATH_NEG = [
    ("path=/v2/orders/2024-000187 status=200 duration=12ms", "2024-000187"),
    ("GET /api/v1/products/88120/reviews/4471 200", "4471"),
]

# An HTML table's header cell names its column, as a CSV header does.
HTML_POS = [
    ("<table><thead><tr><th>Member ID</th><th>Name</th></tr></thead>\n<tbody><tr><td>M4410</td><td>Ana Ruiz</td></tr>"
     "</tbody></table>", "M4410"),
    ("<tr><th>Patient No.</th><th>Ward</th></tr><tr><td>P-88120</td><td>4B</td></tr>", "P-88120"),
]
HTML_NEG = [
    ("<table><tr><th>Product</th><th>Price</th><th>Stock</th></tr><tr><td>Kettle K-2291</td><td>49.90</td>"
     "<td>44120</td></tr></table>", "44120"),
]
