"""Round 30 (ids30): a table whose neighbouring headers name address parts in any language of slot_words.yaml's
`address_parts` holds one address per row, and the one or two columns between two such headers are parts of it
whatever they are called (address_records.py).

The dev set was written from the mechanism (CRM and utility exports of several countries); the check set at the end
was written after the code, without looking at any corpus, and was not tuned on.
"""
import pytest

from redactor.detect.address_records import find_address_records


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end in find_address_records(text)]


@pytest.mark.parametrize(("text", "address"), [
    ("kunde;straße;hausnummer;plz;ort\nMeier;Lindenweg;14b;70173;Stuttgart", "Lindenweg;14b;70173;Stuttgart"),
    ("nom,rue,code postal,ville\nDurand,12 rue des Lilas,31000,Toulouse", "12 rue des Lilas,31000,Toulouse"),
    ("cliente|calle|número|piso|código postal|ciudad\nRuiz|Calle Mayor|5|3º B|28013|Madrid",
     "Calle Mayor|5|3º B|28013|Madrid"),
    ("imię,nazwisko,ulica,nr domu,kod pocztowy,miejscowość\nJan,Kowalski,Polna,7,00-950,Warszawa",
     "Polna,7,00-950,Warszawa"),
    # the columns between the street and the postcode, whatever their headers, are parts of the address
    ("Name\tStraße\tHNr\tTür\tPLZ\tOrt\nHuber\tRingstraße\t4\t12\t1010\tWien", "Ringstraße\t4\t12\t1010\tWien"),
])
def test_a_row_under_address_part_headers_is_one_address(text, address):
    assert address in _found(text)


@pytest.mark.parametrize("text", [
    "city,population,area\nLisbon,545000,100",  # places, but no street or postcode: a statistics table
    "sku,level,stock,price\nA-100,3,12,9.99",
    "name,team,role\nAnna,Core,lead",
])
def test_tables_without_a_street_or_postcode_column_hold_no_address(text):
    assert _found(text) == []


# --- check set (written after the code, without looking at any corpus; not tuned on) ---------------------------------

@pytest.mark.parametrize(("text", "address"), [
    ("cliente;via;civico;cap;città\nBianchi;Via Garibaldi;18;10122;Torino", "Via Garibaldi;18;10122;Torino"),
    ("naam\tstraat\thuisnummer\ttoevoeging\tpostcode\twoonplaats\nDe Vries\tKerkstraat\t12\tA\t1017 GC\tAmsterdam",
     "Kerkstraat\t12\tA\t1017 GC\tAmsterdam"),
    ("nome,rua,número,andar,código postal,localidade\nSilva,Rua Augusta,100,2º Esq,1100-053,Lisboa",
     "Rua Augusta,100,2º Esq,1100-053,Lisboa"),
])
def test_check_rows_under_address_headers_of_other_languages_are_addresses(text, address):
    assert address in _found(text)


@pytest.mark.parametrize("text", [
    "region,quarter,revenue\nNorth,Q1,1200\nSouth,Q1,900",
    "build,stage,floor_plan,status\n412,lint,none,ok",
])
def test_check_tables_of_other_things_hold_no_address(text):
    assert _found(text) == []


def test_a_row_whose_address_holds_its_own_commas_is_read_from_both_ends():
    # The address cells hold commas the header does not have: the cells before the address stand under their
    # headers from the left, the ones after it from the right, so the postcode and the city are the address's too.
    text = ("ref,name,street,extra,town,postcode,country,status\n"
            "A1,Ines Moreau,Rue Haute 12,bât. C, esc. 2, porte 7,Lyon,69003,FR,OK\n"
            "A2,Ola Berg,Storgata 5,,Oslo,0155,NO,OK\n")
    found = [text[start:end] for start, end in find_address_records(text)]
    assert "Rue Haute 12,bât. C, esc. 2, porte 7,Lyon,69003,FR" in found  # (the country column is a part)
    assert "Storgata 5,,Oslo,0155,NO" in found
    assert not any("OK" in value or "Ines" in value for value in found)
