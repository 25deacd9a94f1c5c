"""org_tails.py: the rest of an organisation's name beside a part that was found."""
import pytest

from redactor.detect.base import Span
from redactor.detect.org_tails import organisation_tails


def _grown(text: str, found: str) -> list[str]:
    start = text.index(found)
    spans = [Span(start, start + len(found), "ORGANIZATION", "org", 0.85, "ner")]
    return [text[s.start:s.end] for s in organisation_tails(text, spans, "ner")]


# Dev set: written before the code.
@pytest.mark.parametrize("text, found, whole", [
    ("Payment received from Sinar Harapan Logistik Tbk", "Sinar Harapan", "Sinar Harapan Logistik Tbk"),
    ("The shipment was handled by Kettunen Rakennus Oy yesterday.", "Kettunen Rakennus", "Kettunen Rakennus Oy"),
    ("Jag jobbar på Norrtälje kommun", "Norrtälje", "Norrtälje kommun"),
    ("The audit was done by Fenwick Larch & Partners", "Fenwick Larch", "Fenwick Larch & Partners"),
    ("Please forward the quote to Kestrelmoor Logistics (KML) before Friday.", "Kestrelmoor Logistics",
     "Kestrelmoor Logistics (KML)"),
    ("Vendor\tMarlowe Pemberton Consulting\t2024-03-01", "Marlowe Pemberton", "Marlowe Pemberton Consulting"),
    ("Remit to Zhao Hengtai Trading, Ltd. by 12 May.", "Zhao Hengtai Trading", "Zhao Hengtai Trading, Ltd."),
    ("Order placed with Gravenhurst Marine Supplies.", "Gravenhurst Marine", "Gravenhurst Marine Supplies"),
    ("Remit to Zhao Hengtai Trading by 12 May.", "Hengtai Trading", "Zhao Hengtai Trading"),
])
def test_the_rest_of_the_name_is_taken(text, found, whole):
    assert _grown(text, found) == [whole]


@pytest.mark.parametrize("text, found", [
    ("We met Acme Corp on Monday to discuss pricing.", "Acme Corp"),
    ("Quillfeather Analytics Team will present the results", "Quillfeather Analytics"),  # the tail runs on
    ("Contact Brightwave about the invoice.", "Brightwave"),  # "Contact" starts the sentence
    ("The Brightwave team sent it.", "Brightwave"),
    ("Ask Brightwave Support and they reply.", "Brightwave"),
    ("Invoice from Brightwave\nTotal due", "Brightwave"),
])
def test_ordinary_words_beside_a_name_stay(text, found):
    assert _grown(text, found) == []


def test_another_finding_ends_the_tail():
    text = "Sent by Acme Holdings Priya Raman"
    spans = [Span(8, 21, "ORGANIZATION", "org", 0.85, "ner"), Span(22, 33, "PERSON", "pii", 0.85, "ner")]
    assert organisation_tails(text, spans, "ner") == []


# Check set: written after the code, not tuned on.
@pytest.mark.parametrize("text, found, whole", [
    ("Wire the deposit to Baltazar Imóveis Ltda", "Baltazar Imóveis", "Baltazar Imóveis Ltda"),
    ("Signed off by Drummond Keane Solicitors, see attached.", "Drummond Keane", "Drummond Keane Solicitors"),
    ("client_name,Orvieto Ceramiche S.p.A.,IT", "Orvieto Ceramiche", "Orvieto Ceramiche S.p.A."),
    ("My daughter attends Kadıköy Anadolu Lisesi", "Kadıköy Anadolu", "Kadıköy Anadolu Lisesi"),
    ("Rechnung an Schreinerei Vogt und Söhne", "Schreinerei Vogt", "Schreinerei Vogt und Söhne"),
    ("He joined Pemberly Okafor Ventures (POV) in 2019.", "Pemberly Okafor Ventures", "Pemberly Okafor Ventures (POV)"),
])
def test_check_set_names_are_taken_whole(text, found, whole):
    assert _grown(text, found) == [whole]


@pytest.mark.parametrize("text, found", [
    ("I met Acme Holdings Tuesday and we talked.", "Acme Holdings"),
    ("Our Acme Corp Slack Channel is noisy", "Acme Corp"),
    ("Quillfeather said English is fine.", "Quillfeather"),
    ("Then Acme Corp shipped it.", "Acme Corp"),
])
def test_check_set_words_beside_stay(text, found):
    assert _grown(text, found) == []


def _grown_from_person(text: str, found: str) -> list[tuple[str, str]]:
    start = text.index(found)
    spans = [Span(start, start + len(found), "PERSON", "pii", 0.85, "ner")]
    return [(text[s.start:s.end], s.kind) for s in organisation_tails(text, spans, "ner")]


# Dev set for person findings followed by a legal form: the model reads the owner's name inside a company's.
@pytest.mark.parametrize("text, found, whole", [
    ("The audit of Brenner Holz GMBH found no issues.", "Brenner Holz", "Brenner Holz GMBH"),
    ("Faktura fra Halvorsen Shipping AS er betalt.", "Halvorsen Shipping", "Halvorsen Shipping AS"),
    ("Our supplier Hakkarainen Metalli Oy sent the wrong parts.", "Hakkarainen", "Hakkarainen Metalli Oy"),
    ("Pagamento ricevuto da Rossi Giuseppe S.r.l.", "Rossi Giuseppe", "Rossi Giuseppe S.r.l."),
    ("Vendor: Mendes Almeida Ltda", "Mendes Almeida", "Mendes Almeida Ltda"),
    ("Lieferant\tKarl Huber GmbH\t2024-03-01", "Karl Huber", "Karl Huber GmbH"),
])
def test_a_person_finding_before_a_legal_form_becomes_the_company(text, found, whole):
    assert _grown_from_person(text, found) == [(whole, "ORGANIZATION")]


@pytest.mark.parametrize("text, found", [
    ("I met John Smith as he left the office.", "John Smith"),
    ("Ask Priya Raman Support about it.", "Priya Raman"),  # a head noun, no legal form
    ("Maria Lopez Consulting sent the invoice", "Maria Lopez"),  # a head noun only: left to the model
    ("Thanks, Anna Berg", "Anna Berg"),
])
def test_a_person_finding_without_a_legal_form_stays(text, found):
    assert _grown_from_person(text, found) == []


# Check set for person findings before a legal form: written after the code, not tuned on.
@pytest.mark.parametrize("text, found, whole", [
    ("Betalning från Sundström Bygg AB mottagen.", "Sundström Bygg", "Sundström Bygg AB"),
    ("Bill to: Okafor Eze Ltd, Lagos", "Okafor Eze", "Okafor Eze Ltd"),
    ("Rechnung von Meier Schreinerei KG ist da", "Meier", "Meier Schreinerei KG"),
    ("Contrato com Joaquim Pereira Lda. assinado", "Joaquim Pereira", "Joaquim Pereira Lda."),  # 'lda.' listed (round 32)
    ("Leverandør: Eriksen Transport ASA", "Eriksen", "Eriksen Transport ASA"),
])
def test_check_set_person_findings_before_a_legal_form_become_the_company(text, found, whole):
    assert _grown_from_person(text, found) == [(whole, "ORGANIZATION")]


@pytest.mark.parametrize("text, found", [
    ("Regards, Lena Vogel, CEO", "Lena Vogel"),
    ("Assigned to Tom Reyes Inc", "Tom Reyes Inc"),  # the finding holds the form: nothing to grow
    ("Tom Reyes and Sara Lind", "Tom Reyes"),
])
def test_check_set_people_stay_people(text, found):
    assert _grown_from_person(text, found) == []
