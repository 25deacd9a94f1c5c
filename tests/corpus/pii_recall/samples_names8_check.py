"""Marked check samples for round 8's person mechanisms, written after its fixes and never tuned on (measured
only): names in capitals, lower-case names in chat and notes, a first name of any country alone, and
negatives (capitalised headings, acronyms, lower-case tool words, other languages)."""

SAMPLES = [
    ("caps", "PACKING SLIP\nSOLD TO: ⟦PERSON:ESTHER VANDERMEER⟧\nQTY 2  SKU 44-901"),
    ("caps", "NAME ⟦PERSON:GIOVANNI ROSSETTI⟧ DOB 1972 BRANCH 04"),
    ("caps", "the old COBOL job prints ⟦PERSON:KWAME ASANTE⟧ in the header of every page, can we drop it"),
    ("caps", "PATIENT: ⟦PERSON:HALIMA YUSUF⟧  WARD 3B  ADMITTED 04/11"),
    ("caps", "Parcel label reads: ⟦PERSON:BRIGITTE LAMBERT⟧, 8 RUE DES LILAS, 69003 LYON"),
    ("caps", "CARDHOLDER ⟦PERSON:SANTIAGO HERRERA⟧ EXP 09/27"),
    ("lower", "quick q: does anyone know if ⟦PERSON:gunnar⟧ finished the terraform refactor?"),
    ("lower", "on call tonight is ⟦PERSON:precious⟧, then ⟦PERSON:dmitri⟧ from friday"),
    ("lower", "fyi ⟦PERSON:leilani⟧ wants the dashboard numbers before the board meeting"),
    ("lower", "we should loop ⟦PERSON:ravi⟧ in, he wrote the original parser"),
    ("lower", "sorry, ⟦PERSON:ewa kowalczyk⟧ sent the wrong spreadsheet, ignore the first one"),
    ("single", "The contract draft came back from legal and ⟦PERSON:Oksana⟧ flagged clause 7."),
    ("single", "If the build breaks again, blame ⟦PERSON:Tadeusz⟧, he touched the linker flags."),
    ("single", "Both laptops were shipped to ⟦PERSON:Adaeze⟧ last Tuesday."),
    ("single", "The design review is on hold until ⟦PERSON:Matías⟧ is back from leave."),
    ("negative", "SECTION 4: TERMS AND CONDITIONS\nTHE SUPPLIER SHALL DELIVER THE GOODS"),
    ("negative", "HTTP 503 SERVICE UNAVAILABLE FROM UPSTREAM GATEWAY"),
    ("negative", "bump the node version, then run the migration and ping the team"),
    ("negative", "Merge the branch after the review. Mark the ticket as done."),
    ("negative", "la réunion est reportée à lundi, merci de confirmer"),
]
