"""Marked dev samples for round 16's contact mechanisms (contact16), written before their fixes (tuned on):
whole addresses in many layouts (parts before and after the piece a detector finds, one-word pieces beside a
street line, addresses of scripts without capitals), and identifiers a text refers to with no label."""

SAMPLES = [
    # --- whole addresses ---
    ('addr_whole', 'Hi, I moved last month, my new address is ⟦ADDRESS:Flat 3B, 27 Kingsway, Hove BN3 4LH⟧ so please update the account.'),
    ('addr_whole', 'Lieferung bitte an ⟦ADDRESS:Lindenallee 14, 2. OG links, 50968 Köln-Marienburg⟧, danke!'),
    ('addr_whole', '[09:14] dana: can you ship the replacement to ⟦ADDRESS:88 Rue Saint-Denis, app. 12, Montréal QC H2X 3K8⟧?'),
    ('addr_whole', 'order_id\tcustomer\tcity\tstreet\n51102\tAiko Tan\t⟦ADDRESS:Osaka⟧\t⟦ADDRESS:2-14-9 Namba, Chuo-ku⟧\n'),
    ('addr_whole', '{"id": 771, "addr1": "⟦ADDRESS:Av. Paulista 1578, conj. 42⟧", "addr2": "⟦ADDRESS:Bela Vista⟧", "cidade": "⟦ADDRESS:São Paulo⟧", "cep": "⟦ADDRESS:01310-200⟧"}'),
    ('addr_whole', '送付先：⟦ADDRESS:〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 14F⟧'),
    ('addr_whole', 'Адрес доставки: ⟦ADDRESS:г. Казань, ул. Баумана, д. 44, кв. 9⟧. Курьер звонит заранее.'),
    ('addr_whole', 'Παράδοση στη διεύθυνση ⟦ADDRESS:Τσιμισκή 43, 546 23 Θεσσαλονίκη⟧ μέχρι την Παρασκευή.'),
    ('addr_whole', 'name|street|postcode|town\nGerrit Vos|⟦ADDRESS:Oudegracht 231⟧|⟦ADDRESS:3511 NK⟧|⟦ADDRESS:Utrecht⟧'),
    ('addr_whole', 'The tenant at ⟦ADDRESS:Unit 7, 150 Harbour Esplanade, Docklands VIC 3008⟧ reported the leak again.'),
    ('addr_whole', 'Billing address on file: ⟦ADDRESS:Carrera 7 # 71-21, Torre B, Piso 3, Bogotá⟧ – please confirm.'),
    ('addr_whole', 'customer,address\nIngrid Dahl,"⟦ADDRESS:Storgata 21B, 0184 Oslo, Norway⟧"\n'),
    ('addr_whole', '> Where does she live?\n> ⟦ADDRESS:ul. Piotrkowska 104 m. 6, 90-926 Łódź⟧'),
    ('addr_whole', 'Ship from warehouse to ⟦ADDRESS:4521 W Cermak Rd, Chicago, IL 60623⟧ by Friday.'),
    ('addr_whole', '{"shipping":{"line1":"⟦ADDRESS:12 Cathedral Road⟧","city":"⟦ADDRESS:Cardiff⟧","postcode":"⟦ADDRESS:CF11 9LJ⟧"}}'),
    ('addr_whole', 'kundens adress: ⟦ADDRESS:Västra Hamngatan 8, 411 17 Göteborg⟧'),
    ('addr_whole', 'Domicilio: ⟦ADDRESS:Calle Mayor 5, 3º izq., 28013 Madrid⟧ (portero automático roto)'),
    ('addr_whole', 'Customer says the parcel went to ⟦ADDRESS:12 Birch Close⟧ instead of ⟦ADDRESS:21 Birch Close, Didcot OX11 7QS⟧.'),
    # --- an address whose middle piece is the writer's own words (written before the bridge rule) ---
    ('addr_middle', 'Please send it to ⟦ADDRESS:Hauptstr. 5, Hinterhaus, 3. Stock rechts, 10115 Berlin⟧ before noon.'),
    ('addr_middle', 'my flat is ⟦ADDRESS:12 Baker St, top floor flat, London NW1 6XE⟧ if the courier asks'),
    ('addr_middle', 'Morada: ⟦ADDRESS:Rua Augusta 100, 2º esq, 1100-053 Lisboa⟧'),
    ('addr_middle', 'consegna: ⟦ADDRESS:Via Roma 12, scala B int. 4, 00184 Roma⟧ (citofono rotto)'),
    ('addr_middle', 'She lives at ⟦ADDRESS:77 Rue de la Paix, bât. A, esc. 2, 75002 Paris⟧ now.'),
    ('addr_middle', 'Ship to ⟦ADDRESS:1450 Oak Street, apt 4 in the back, Portland, OR 97205⟧ please'),
    ('addr_middle', 'adres: ⟦ADDRESS:Keizersgracht 221, achterhuis, 1016 DV Amsterdam⟧'),
    ('addr_middle', '⟦ADDRESS:ul. Długa 15 lok. 3, wejście od podwórza, 80-831 Gdańsk⟧'),
    ('addr_middle', '⟦ADDRESS:Calle Sierpes 40, bajo derecha, 41004 Sevilla⟧ — entrega por la mañana'),
    ('addr_middle', '⟦ADDRESS:Mannerheimintie 12 B 7, rappu B, 00100 Helsinki⟧'),
    # --- negatives: two places or an address and a place in a sentence ---
    ('addr_neg', 'I stayed at 5 Main Street, but the conference was in Denver, CO 80202 this year.'),
    ('addr_neg', 'Flights from Berlin, then Paris, then London every week.'),
    # --- negatives beside addresses ---
    ('addr_neg', 'We moved the Berlin office meeting to Room 4, Building 2 at 10:30.'),
    ('addr_neg', 'See section 12, Main results, and table 3 in the appendix.'),
    ('addr_neg', 'city,count\nLondon,12\nParis,9\nBerlin,4'),
    # --- identifiers with no label ---
    ('id_bare', 'Customer is asking about order ⟦ID_NUMBER:WX-558120⟧ again, second time this week.'),
    ('id_bare', 'Refund for #⟦ID_NUMBER:4471902⟧ approved by finance.'),
    ('id_bare', 'GET /api/v2/patients/⟦ID_NUMBER:P0093321⟧/visits returned 404'),
    ('id_bare', 'Claim ⟦ID_NUMBER:CLM-2024-009812⟧ was reopened after the appeal.'),
    ('id_bare', '{"event":"refund","ref":"⟦ID_NUMBER:RF7731902⟧","amount":42.5}'),
    ('id_bare', 'Kunde ⟦ID_NUMBER:K-208841⟧ hat zweimal bezahlt.'),
    ('id_bare', 'member ⟦ID_NUMBER:88201934⟧ cannot log in since the migration'),
    ('id_bare', 'Please merge the two accounts, ⟦ID_NUMBER:AC-99120⟧ and ⟦ID_NUMBER:AC-99187⟧, they belong to the same person.'),
    ('id_bare', 'ticket,status\n⟦ID_NUMBER:SR-40021⟧,open\n⟦ID_NUMBER:SR-40022⟧,closed'),
    ('id_bare', 'Le dossier n° ⟦ID_NUMBER:2023-AB-7712⟧ est toujours en attente.'),
    ('id_bare', 'https://crm.example.com/customers/⟦ID_NUMBER:C88120⟧/invoices'),
    ('id_bare', 'Booking ⟦ID_NUMBER:HX7Q2M⟧ for two nights, guest asked for late check-in.'),
    ('id_bare', 'the policy holder (policy ⟦ID_NUMBER:PL-5512-0931⟧) called twice'),
    ('id_bare', 'Patient ⟦ID_NUMBER:MRN00412277⟧ transferred to ward 4.'),
    ('id_bare', 'case ⟦ID_NUMBER:00912274⟧ escalated to tier 2'),
    # --- negatives: codes that are no identifiers of a person ---
    ('id_neg', 'Upgrade to Python 3.11 and run pytest -k test_v2 before the release v2.4.1.'),
    ('id_neg', 'The error E0425 comes from rustc; see issue 12 on the tracker.'),
    ('id_neg', 'Use a t3.medium instance with 8 GB and port 8080.'),
]
