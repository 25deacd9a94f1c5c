"""Marked samples of the kinds round 5 found with no detector or almost none, written before any fix
from realistic traffic (payment tickets, KYC notes, fleet logs, delivery apps, HR exports, letters):
SWIFT/BIC codes, licence plates, geo coordinates, passport and driving-licence numbers in several
languages, VAT and tax ids, bank accounts with routing/sort codes/BSB in statements and CSV, birth
dates in many layouts and languages, addresses in more layouts, ids in tables whose header names
them. The `negative` family carries no annotation: versions, timestamps, hashes, ports, line
numbers, totals, code-point coordinates, SDK constants must stay."""

SAMPLES = [
    # --- SWIFT / BIC --------------------------------------------------------------------------
    ("swift_bic", "Beneficiary bank: Deutsche Bank, SWIFT: ⟦SWIFT_BIC:DEUTDEFF⟧, IBAN ⟦IBAN:DE89370400440532013000⟧"),
    ("swift_bic", "Please use BIC ⟦SWIFT_BIC:BNPAFRPPXXX⟧ for the transfer, ref inv 2231."),
    ("swift_bic", "wire details -> bank: HSBC UK / swift code ⟦SWIFT_BIC:MIDLGB22⟧ / acct ⟦ID_NUMBER:41920388⟧"),
    ("swift_bic", "{\"beneficiary\": {\"iban\": \"⟦IBAN:NL91ABNA0417164300⟧\", \"bic\": \"⟦SWIFT_BIC:ABNANL2A⟧\"}}"),
    ("swift_bic", "Código SWIFT/BIC: ⟦SWIFT_BIC:CAIXESBBXXX⟧ — titular Marta Ruiz"),
    ("swift_bic", "IBAN ⟦IBAN:GB29NWBK60161331926819⟧ (⟦SWIFT_BIC:NWBKGB2L⟧) — please confirm the payee name."),
    # --- licence plates -----------------------------------------------------------------------
    ("license_plate", "Vehicle reg: ⟦LICENSE_PLATE:AB12 CDE⟧, parked in bay 14 since Tuesday."),
    ("license_plate", "Customer's car (licence plate ⟦LICENSE_PLATE:KA 05 MN 4521⟧) was towed."),
    ("license_plate", "Kennzeichen: ⟦LICENSE_PLATE:M-AB 1234⟧, Halter unbekannt"),
    ("license_plate", "ANPR hit: plate=⟦LICENSE_PLATE:7ABC123⟧ camera=gate-2 ts=2024-05-02T10:11:09Z"),
    ("license_plate", "Matrícula ⟦LICENSE_PLATE:1234 BCD⟧, Seat León gris."),
    ("license_plate", "the driver's number plate was ⟦LICENSE_PLATE:GX19 KLM⟧ per the dashcam"),
    # --- geo coordinates ----------------------------------------------------------------------
    ("geo", "{\"lat\": ⟦GEO_COORDINATES:51.507351⟧, \"lng\": ⟦GEO_COORDINATES:-0.127758⟧, \"accuracy\": 12}"),
    ("geo", "Driver last seen at ⟦GEO_COORDINATES:40.7484, -73.9857⟧ before the app crashed."),
    ("geo", "location: {latitude: ⟦GEO_COORDINATES:48.858370⟧, longitude: ⟦GEO_COORDINATES:2.294481⟧}"),
    ("geo", "2024-03-01 12:00:01 INFO ping user=8812 gps=⟦GEO_COORDINATES:-33.8688,151.2093⟧ battery=54"),
    ("geo", "Home pin: ⟦GEO_COORDINATES:35.6762° N, 139.6503° E⟧"),
    # --- passports / driving licences ---------------------------------------------------------
    ("passport", "Passport No: ⟦NATIONAL_ID:533401297⟧, expires 2031-04-18"),
    ("passport", "Numéro de passeport : ⟦NATIONAL_ID:18AV52637⟧"),
    ("passport", "Reisepassnummer ⟦NATIONAL_ID:C01X00T47⟧ liegt vor."),
    ("passport", "número de pasaporte ⟦NATIONAL_ID:PAA123456⟧ (España)"),
    ("passport", "KYC: passport ⟦NATIONAL_ID:K1234567⟧ issued in Singapore, selfie ok"),
    ("driver_license", "Driver's licence number ⟦ID_NUMBER:MORGA753116SM9IJ⟧ (UK)"),
    ("driver_license", "DL# ⟦ID_NUMBER:D1234-56789-01234⟧ state: IL"),
    ("driver_license", "Führerscheinnummer: ⟦ID_NUMBER:B072RRE2I55⟧"),
    ("driver_license", "permis de conduire n° ⟦ID_NUMBER:12AA34567⟧"),
    ("driver_license", "CA driver license: ⟦ID_NUMBER:Y1234567⟧, exp 09/27"),
    # --- VAT / tax ids ------------------------------------------------------------------------
    ("vat", "Invoice to Brightline GmbH, USt-IdNr. ⟦TAX_ID:DE136695976⟧"),
    ("vat", "Our VAT reg no is ⟦TAX_ID:GB980780684⟧ please add it to the invoice"),
    ("vat", "P.IVA ⟦TAX_ID:IT00743110157⟧ - Cod. Fisc. ⟦NATIONAL_ID:RSSMRA85T10A562S⟧"),
    ("vat", "customer,vat_id,total\nAcme BV,⟦TAX_ID:NL004495445B01⟧,1200.00"),
    ("tax_id", "EIN ⟦TAX_ID:12-3456789⟧ for the LLC, ITIN ⟦TAX_ID:912-71-1234⟧ for the owner."),
    ("tax_id", "My UTR is ⟦TAX_ID:1234567890⟧ and NI number ⟦NATIONAL_ID:QQ123456C⟧"),
    ("tax_id", "ABN: ⟦TAX_ID:51 824 753 556⟧"),
    ("tax_id", "RFC del cliente: ⟦TAX_ID:GODE561231GR8⟧"),
    ("tax_id", "Steuer-ID ⟦NATIONAL_ID:86095742719⟧ bitte in die Lohnabrechnung."),
    ("tax_id", "NIF: ⟦NATIONAL_ID:12345678Z⟧"),
    # --- bank accounts ------------------------------------------------------------------------
    ("bank", "Sort code ⟦ID_NUMBER:40-47-84⟧ account no ⟦ID_NUMBER:70872490⟧"),
    ("bank", "BSB: ⟦ID_NUMBER:062-000⟧ Account: ⟦ID_NUMBER:1234 5678⟧"),
    ("bank", "ABA routing ⟦ID_NUMBER:026009593⟧, acct ⟦ID_NUMBER:000123456789⟧"),
    ("bank", "Date,Description,Account,Amount\n2024-04-01,Direct debit,⟦ID_NUMBER:12345678⟧,-45.00"),
    ("bank", "Payee: J. Ortega\nBank: Chase\nAccount #: ⟦ID_NUMBER:483920117⟧\nRouting #: ⟦ID_NUMBER:021000021⟧"),
    ("bank", "Transit ⟦ID_NUMBER:12345⟧ institution ⟦ID_NUMBER:003⟧ account ⟦ID_NUMBER:1234567⟧"),
    # --- dates of birth -----------------------------------------------------------------------
    ("dob", "DOB: ⟦DATE_OF_BIRTH:14 March 1987⟧"),
    ("dob", "Geburtsdatum: ⟦DATE_OF_BIRTH:3. Mai 1979⟧"),
    ("dob", "fecha de nacimiento ⟦DATE_OF_BIRTH:12 de octubre de 1990⟧"),
    ("dob", "né le ⟦DATE_OF_BIRTH:5 juin 1982⟧ à Lyon"),
    ("dob", "{\"fecha_nacimiento\": \"⟦DATE_OF_BIRTH:1985-07-23⟧\"}"),
    ("dob", "born on ⟦DATE_OF_BIRTH:Feb 2nd, 1969⟧ in Ohio"),
    ("dob", "data di nascita ⟦DATE_OF_BIRTH:01/02/1975⟧"),
    ("dob", "Patient: K. Osei, M, ⟦DATE_OF_BIRTH:1962-11-04⟧, ward 3"),
    ("dob", "birth_date=⟦DATE_OF_BIRTH:19880412⟧ user=4411"),
    ("dob", "geboren op ⟦DATE_OF_BIRTH:7 augustus 1991⟧"),
    # --- addresses ----------------------------------------------------------------------------
    ("address", "Send the documents to ⟦STREET_ADDRESS:Flat 3B, 27 Kingsway, London WC2B 6UN⟧"),
    ("address", "Mailing address: ⟦STREET_ADDRESS:PO Box 4471, Austin, TX 78765⟧"),
    ("address", "Deliver to ⟦STREET_ADDRESS:Rose Cottage, Church Lane, Little Snoring, NR21 0AA⟧"),
    ("address", "Address: ⟦STREET_ADDRESS:RR 2 Box 152, Hinton, WV 25951⟧"),
    ("address", "Ship to:\nPriya Nair\n⟦STREET_ADDRESS:12/4, 2nd Cross, Indiranagar\nBengaluru 560038⟧"),
    ("address", "주소: ⟦STREET_ADDRESS:서울특별시 강남구 테헤란로 152⟧"),
    ("address", "〒⟦STREET_ADDRESS:150-0002 東京都渋谷区渋谷2-21-1⟧"),
    ("address", "Customer: A. Mensah, ⟦STREET_ADDRESS:House 14, Ring Road East, Accra⟧"),
    # --- ids in tables ------------------------------------------------------------------------
    ("table_id", "| Name | Passport | Nationality |\n|---|---|---|\n| L. Chen | ⟦NATIONAL_ID:E12345678⟧ | CN |"),
    ("table_id", "name\tlicence_no\tclass\nR. Patel\t⟦ID_NUMBER:PATEL801045RP9AB⟧\tB"),
    ("table_id", "emp,tax_id,dept\nS. Ivanova,⟦TAX_ID:123-45-6789⟧,ops"),
    # --- e-mail with an IP-literal domain -----------------------------------------------------
    ("email", "Reply to ⟦EMAIL:j.smith@[192.168.1.20]⟧ once the relay is up."),
    # --- negatives ----------------------------------------------------------------------------
    ("negative", "Bumped requests to 2.31.0 and urllib3 to 1.26.18; see CHANGELOG line 412."),
    ("negative", "2024-05-02T10:11:09.123Z GET /api/v2/orders 200 12.448ms port=8443"),
    ("negative", "commit 9f3c2ab1e4d5 Merge pull request #4471 from feature/geo-refactor"),
    ("negative", "Order total: 1,284.50 EUR (VAT 21% included), 3 items"),
    ("negative", "cursor at Position(line=51, character=128) in src/map.ts"),
    ("negative", "const DEFAULT_CENTER = { lat: 0.0, lng: 0.0 }; zoom = 12.5"),
    ("negative", "CPU 45.12%, mem 1.2345 GB, load avg 0.52 0.48 0.41"),
    ("negative", "Use HTTPSCONN and the AUTHPROXY env vars; LOGLEVEL must be DEBUG or INFO."),
    ("negative", "Release v3.12.4 built on 2023-11-30, sha256 5d41402abc4b2a76b9719d911017c592"),
    ("negative", "The BENCHMARK suite runs FASTTEXT and WORDPIECE tokenizers."),
    ("negative", "Example in docs: `ST_Point(-122.4194, 37.7749)` returns a geometry."),
]
