"""Marked addresses of round 7 (issue 12), written before its fixes from realistic traffic (tickets, chats, CRM
exports, vCards, HL7 feeds, JSON/YAML records), for the three mechanisms that let addresses through:

- `layout`: postcode layouts the hand list lacked (Irish Eircodes, 3-digit codes before the city in Iceland,
  the Faroes and Madagascar, Argentine CPAs, Maltese, Latvian, Chilean, Israeli, Andorran, Liechtenstein,
  Cayman, Bruneian, Taiwanese codes), written next to their place;
- `extent`: whole addresses whose street, unit, locality or country was lost around the anchor (units in
  lower-case abbreviations, localities between street and city, Korean/Japanese unit suffixes, street words of
  Icelandic, Irish, Indonesian, Vietnamese, Turkish, Portuguese);
- `record`: addresses in record layouts (vCard ADR, HL7 XAD fields outside PID, JSON/YAML/Python objects with
  street/city/postcode keys);
- `negative`: numbers beside place names that are no address (no annotation: must stay).
"""

SAMPLES = [
    # --- postcode layouts of more countries -----------------------------------------------------------
    ("layout", "Courier could not find ⟦STREET_ADDRESS:Laugavegur 77, 101 Reykjavík⟧ — please confirm the door code."),
    ("layout", "Ship the replacement router to:\n⟦STREET_ADDRESS:Hringbraut 119\n107 Reykjavík\nIceland⟧"),
    ("layout", "Her billing address on file is ⟦STREET_ADDRESS:Unit 7, Ballybrit Business Park, Galway H91 P2DK⟧."),
    ("layout", "Kieran's new place: ⟦STREET_ADDRESS:3 Mill Lane, Ennis, Co. Clare V95 XK20⟧ (moved in March)"),
    ("layout", "delivery failed - customer at ⟦STREET_ADDRESS:Apartment 12, The Maltings, Dublin D08 W9RT⟧, please retry"),
    ("layout", "Remitente: ⟦STREET_ADDRESS:Av. Corrientes 1847, piso 3, C1045AAB Buenos Aires⟧"),
    ("layout", "El paquete llegó a ⟦STREET_ADDRESS:Calle 47 N° 612, B1900AJK La Plata⟧ con la caja rota."),
    ("layout", "Registered office: ⟦STREET_ADDRESS:42, Triq San Pawl, Valletta VLT 1210⟧, Malta."),
    ("layout", "Klienta adrese: ⟦STREET_ADDRESS:Brīvības iela 155, Rīga, LV-1012⟧. Lūdzu sazināties pa e-pastu."),
    ("layout", "Dirección de despacho: ⟦STREET_ADDRESS:Av. Apoquindo 4501, of. 1102, Las Condes, Santiago 7550000⟧"),
    ("layout", "the invoice should go to ⟦STREET_ADDRESS:Rothschild Blvd 45, Tel Aviv 6578403⟧ not the old office"),
    ("layout", "Postal: ⟦STREET_ADDRESS:Carrer Prat de la Creu 68, AD500 Andorra la Vella⟧"),
    ("layout", "Firmensitz ⟦STREET_ADDRESS:Äulestrasse 30, FL-9490 Vaduz⟧ (Liechtenstein)"),
    ("layout", "KYC doc shows ⟦STREET_ADDRESS:94 Solaris Avenue, Camana Bay, Grand Cayman KY1-1108⟧"),
    ("layout", "Adresse: ⟦STREET_ADDRESS:Lot II A 45 Ankadifotsy, 101 Antananarivo⟧, Madagascar"),
    ("layout", "Shipping to ⟦STREET_ADDRESS:No. 18, Lane 90, Section 1, Zhongshan N. Rd, Zhongshan District, Taipei City 104⟧"),
    ("layout", "sender: ⟦STREET_ADDRESS:Simpang 42, Jalan Tutong, Bandar Seri Begawan BA2111⟧"),
    ("layout", "Leveringsadresse: ⟦STREET_ADDRESS:Niels Finsens gøta 11, 100 Tórshavn⟧, Føroyar"),
    # --- whole extents ---------------------------------------------------------------------------------
    ("extent", "Endereço de entrega: ⟦STREET_ADDRESS:Rua Oscar Freire 1128, ap 42, Jardins, São Paulo 01426-001⟧"),
    ("extent", "Nosso escritório fica na ⟦STREET_ADDRESS:Av. Paulista 1578, cj 1203, São Paulo 01310-200⟧, 12º andar."),
    ("extent", "Customer lives at ⟦STREET_ADDRESS:22 Bóthar na Trá, Salthill, Galway H91 X2C3⟧ and wants a callback."),
    ("extent", "kirim ke ⟦STREET_ADDRESS:Jl. Jend. Sudirman Kav. 52-53, Senayan, Jakarta 12190⟧ ya, lantai 8"),
    ("extent", "Alamat: ⟦STREET_ADDRESS:Gg. Melati No. 12, Kuta, Badung 80361⟧, Bali"),
    ("extent", "Địa chỉ giao hàng: ⟦STREET_ADDRESS:45 Đường Lê Lợi, Phường Bến Nghé, Quận 1, Hồ Chí Minh 700000⟧"),
    ("extent", "Teslimat adresi: ⟦STREET_ADDRESS:Caferağa Mahallesi, Moda Caddesi No:14 D:3, 34710 Kadıköy⟧/İstanbul"),
    ("extent", "사무실 주소는 ⟦STREET_ADDRESS:서울특별시 강남구 테헤란로 427, 1204호⟧ 입니다."),
    ("extent", "The kit goes to ⟦STREET_ADDRESS:Skólavörðustígur 12, 101 Reykjavík, Iceland⟧ by Friday."),
    ("extent", "Mailing address:\n⟦STREET_ADDRESS:Flat 302, Sai Residency, 4th Cross, HSR Layout, Bengaluru 560102⟧"),
    ("extent", "Rechnungsadresse: ⟦STREET_ADDRESS:Lindenstraße 14, Hinterhaus, 2. OG, 10969 Berlin, Deutschland⟧"),
    ("extent", "Envío: ⟦STREET_ADDRESS:Calle Durango 247, Col. Roma Norte, 06700 Ciudad de México⟧, CDMX"),
    ("extent", "Send the contract to ⟦STREET_ADDRESS:Unit 1203, Tower 2, 6750 Ayala Avenue, Makati 1226⟧, Philippines"),
    ("extent", "Moradas: ⟦STREET_ADDRESS:Travessa do Carmo 8, 2.º esq., 1200-095 Lisboa⟧"),
    ("extent", "Besøksadresse: ⟦STREET_ADDRESS:Storgata 12B, 0155 Oslo, Norge⟧"),
    ("extent", "Dostawa: ⟦STREET_ADDRESS:ul. Piotrkowska 104 m. 7, 90-004 Łódź⟧, domofon 7"),
    ("extent", "お届け先：⟦STREET_ADDRESS:東京都中央区銀座4-6-16 銀座ビル 805号室⟧"),
    # --- record layouts ---------------------------------------------------------------------------------
    ("record", "BEGIN:VCARD\nVERSION:3.0\nFN:Sigrún Jónsdóttir\nADR;TYPE=HOME:;;⟦STREET_ADDRESS:Bræðraborgarstígur 9;Reykjavík;;101;Iceland⟧\nEND:VCARD"),
    ("record", "BEGIN:VCARD\nVERSION:4.0\nFN:Tomás Ferreira\nADR;TYPE=work:;⟦STREET_ADDRESS:Sala 12;Rua do Ouro 88;Lisboa;;1100-061;Portugal⟧\nTEL;TYPE=cell:+351 912 000 000\nEND:VCARD"),
    ("record", "item1.ADR;type=HOME;type=pref:;;⟦STREET_ADDRESS:88 Kloof Street;Gardens;Cape Town;Western Cape;8001;South Africa⟧"),
    ("record", "MSH|^~\\&|ADT|HOSP|||202405011200||ADT^A04|5512|P|2.5\nPID|1||77120^^^HOSP^MR||MOKOENA^THABO||19770412|M|||⟦STREET_ADDRESS:14 JUTA ST^^JOHANNESBURG^GP^2001^ZA⟧\nNK1|1|MOKOENA^LERATO|WIF|⟦STREET_ADDRESS:14 JUTA ST^^JOHANNESBURG^GP^2001^ZA⟧|^PRN^PH^^^^0825550199"),
    ("record", "GT1|1||NAIDOO^PRIYA||⟦STREET_ADDRESS:7 MARINE PARADE^FLAT 3^DURBAN^KZN^4001^ZA⟧|^PRN^PH^^^^0315550111"),
    ("record", '{"customer_id": 99120, "shipping": {"street": "⟦STREET_ADDRESS:Rua Augusta 1500", "city": "Lisboa", "postal_code": "1100-053", "country": "PT⟧"}, "status": "paid"}'),
    ("record", "billing_address:\n  line1: ⟦STREET_ADDRESS:Kalevankatu 14 B 22\n  city: Helsinki\n  postcode: \"00100\"\n  country: FI⟧\nplan: team"),
    ("record", 'addr = Address(street="⟦STREET_ADDRESS:Vesterbrogade 31, 3. th", city="København V", zip_code="1620⟧")'),
    ("record", "customer_id,name,street,city,zip,country\n4412,Ana Ruiz,⟦STREET_ADDRESS:Calle Mayor 12,Madrid,28013,ES⟧\n4413,Luc Dubois,⟦STREET_ADDRESS:Rue Neuve 3,Bruxelles,1000,BE⟧"),
    # --- negatives: must stay ------------------------------------------------------------------------------
    ("negative", "We hired 120 Berlin engineers last year and 300 in Paris."),
    ("negative", "Error 404 on the Dublin mirror; retry with timeout 300 London edge."),
    ("negative", "Deploy 101 went to the Reykjavik region after build 2024 finished."),
    ("negative", "Room 101 in Orwell's novel; chapter 12, London 1984."),
    ("negative", "Sprint 112 demo: Santiago team, 45 points, velocity up."),
]
