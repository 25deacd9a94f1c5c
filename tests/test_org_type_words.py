"""An organisation named by its type word and the name beside it (redactor/detect/org_type_words.py, round 19).

DEV was written before the code, CHECK after it (not tuned on)."""
from __future__ import annotations

import time

import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.org_type_words import organisations_by_type_word
from redactor.policy import load_policy
from redactor.segments import Segment

DEV = [
    ("Ich arbeite seit 2019 bei den Stadtwerke Bad Kreuzbach als Disponent.", "Stadtwerke Bad Kreuzbach"),
    ("Mitgliedsbeitrag an den Verein Freunde des Lindenparks überwiesen.", "Verein Freunde des Lindenparks"),
    ("Ik heb een brief van de Gemeente Oosterveld ontvangen over de aanslag.", "Gemeente Oosterveld"),
    ("Lid van Vereniging Dorpsbelangen Tjerkwerd sinds 2015.", "Vereniging Dorpsbelangen Tjerkwerd"),
    ("He recibido una carta del Ayuntamiento de Villanueva del Prado sobre la multa.",
     "Ayuntamiento de Villanueva del Prado"),
    ("Soy socia de la Asociación Vecinal Las Eras.", "Asociación Vecinal Las Eras"),
    ("J'ai reçu un courrier de la Mairie de Saint-Ouen-les-Vignes hier.", "Mairie de Saint-Ouen-les-Vignes"),
    ("Ma mère est suivie à l'Hôpital Privé du Val d'Orge.", "Hôpital Privé du Val d'Orge"),
    ("A Escola Básica de Vale Formoso enviou o horário.", "Escola Básica de Vale Formoso"),
    ("Syn chodzi do Szkoła Podstawowa nr 12 w Rybniku.", "Szkoła Podstawowa nr 12"),
    ("Jag jobbar på Norrtälje kommun sedan i våras.", "Norrtälje kommun"),
    ("Die Cooperativa Agrícola Vale do Sousa liefert ab Mai.", "Cooperativa Agrícola Vale do Sousa"),
    ("Die Kanzlei Brenner & Voss vertritt uns.", "Kanzlei Brenner & Voss"),
]

CHECK = [
    ("Bitte die Unterlagen an die Kreissparkasse Unterwaldeck schicken.", "Kreissparkasse Unterwaldeck"),
    ("De factuur van Stichting Welzijn Noord-Veluwe klopt niet.", "Stichting Welzijn Noord-Veluwe"),
    ("Arbeitgeber: Autohaus Brückner & Söhne", "Autohaus Brückner & Söhne"),
    ("La cita es en el Centro de Salud Las Fuentes de Arriba.", "Centro de Salud Las Fuentes de Arriba"),
    ("Mon fils est au Lycée Jean-Baptiste Corot depuis septembre.", "Lycée Jean-Baptiste Corot"),
    ("Lavoro presso il Comune di Castelnuovo Rangone.", "Comune di Castelnuovo Rangone"),
    ("Zapisałam córkę do Przedszkole Nr 7 Słoneczko w Gliwicach.", "Przedszkole Nr 7 Słoneczko"),
    ("Maaş bordrosu Bornova Belediyesi tarafından gönderildi.", "Bornova Belediyesi"),
    ("Jeg er ansat i Frederikssund Kommune som pædagog.", "Frederikssund Kommune"),
    ("Hakemus lähetettiin Kangasalan kunta -osoitteeseen.", "Kangasalan kunta"),
    ("school: Colegio Nuestra Señora del Pilar", "Colegio Nuestra Señora del Pilar"),
]

LEFT = [
    "Das Gymnasium hat morgen geschlossen.",
    "Die stadtwerke haben den Strom abgestellt.",
    "Our Region settings are in eu-west-1.",
    "Set verein_id in the Stiftung model and run the migration.",
    "The Gymnasium class in models.py needs a docstring.",
    "Ayuntamiento: pendiente",
    "import praxis; praxis.run()",
    "Praxis 3 Tage geschlossen.",
]


def _found(text: str) -> list[str]:
    return [text[span.start:span.end] for span in organisations_by_type_word(text, "pii")]


@pytest.mark.parametrize("text, name", DEV + CHECK)
def test_a_type_word_and_its_name_are_one_organisation(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize("text", LEFT)
def test_type_words_without_a_name_are_left(text: str) -> None:
    assert _found(text) == []


def test_findings_are_doubtful() -> None:
    spans = list(organisations_by_type_word("Brief von der Gemeente Oosterveld.", "pii"))
    assert [(span.kind, span.score) for span in spans] == [("ORGANIZATION", DOUBTFUL_SCORE)]


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, name", [
    ("Soy socia de la Asociación Vecinal Las Eras.", "Asociación Vecinal Las Eras"),
    ("Ma mère est suivie à l'Hôpital Privé du Val d'Orge.", "Hôpital Privé du Val d'Orge"),
    ("Syn chodzi do Szkoła Podstawowa nr 12 w Rybniku.", "Szkoła Podstawowa nr 12"),
    ("Jag jobbar på Norrtälje kommun sedan i våras.", "Norrtälje kommun"),
])
def test_the_engine_covers_the_whole_name(engine: DetectionEngine, text: str, name: str) -> None:
    """Names the model finds in part (it stops at "d'", "nr 12", a tail in small letters) leak no piece."""
    spans = engine.detect([Segment(text, kind="prose")])[0]
    start = text.index(name)
    covered = {index for span in spans for index in range(span.start, span.end)}
    assert all(index in covered for index in range(start, start + len(name)) if text[index].isalnum())


def test_cost_grows_linearly() -> None:
    line = "Brief der Gemeente Oosterveld und der Stadtwerke Bad Kreuzbach an Norrtälje kommun. "
    timings = []
    for copies in (50, 400):
        text = line * copies
        began = time.perf_counter()
        assert len(list(organisations_by_type_word(text, "pii"))) == 3 * copies
        timings.append((time.perf_counter() - began) / copies)
    assert timings[1] < timings[0] * 4


def test_a_name_never_crosses_a_table_cell():
    # a tab separates cells: the school's name ends there, the next cell (a street) is no part of it
    text = "1042\tColegio San Ignacio\tCalle Mayor 12\tBurgos"
    spans = list(organisations_by_type_word(text, "pii"))
    assert [text[span.start:span.end] for span in spans] == ["Colegio San Ignacio"]
    text = "1043\tNorrtälje\tkommun\tStorgatan 4"
    assert list(organisations_by_type_word(text, "pii")) == []


# Round 34: small businesses named by their trade word and no legal form, in more languages (forms written for
# the list, not taken from a corpus), and a sentence's full stop ends the name.
@pytest.mark.parametrize("text, name", [
    ("Chị đặt bánh ở Tiệm bánh Hương Quê. Giao lúc 9 giờ.", "Tiệm bánh Hương Quê"),
    ("Encomendei o bolo na Papelaria Sol Nascente? Não, na Pastelaria Flor de Sal.", "Pastelaria Flor de Sal"),
    ("Llama a la Ferretería Los Olmos para el pedido.", "Ferretería Los Olmos"),
    ("Il furgone della Macelleria Bertolazzi arriva alle 7.", "Macelleria Bertolazzi"),
    ("Rendez-vous à la Fromagerie Vauclair. Merci.", "Fromagerie Vauclair"),
    ("Wir holen die Torte bei der Konditorei Hähnlein ab.", "Konditorei Hähnlein"),
    ("De sleutel ligt bij Rijschool Van Dam in Zwolle.", "Rijschool Van Dam"),
    ("Zamówienie z Hurtowni? Nie, z Apteka Pod Złotym Lwem.", "Apteka Pod Złotym Lwem"),
    ("Ambil pesanan di Toko Sinar Abadi besok.", "Toko Sinar Abadi"),
    ("İlacı dün Gül Eczanesi hazırladı.", "Gül Eczanesi"),
])
def test_a_trade_word_names_a_small_business(text: str, name: str) -> None:
    assert name in [text[span.start:span.end] for span in organisations_by_type_word(text, "test")]


@pytest.mark.parametrize("text", [
    "The Cave Of Wonders is a ride.",  # (English words the list leaves out: garage, pension, salon, studio, cave)
    "We parked in the Garage Street lot.",
    "Meet me at the Hotel California bar? No: we take the Pension Plan.",
])
def test_english_words_are_no_trade_words(text: str) -> None:
    assert list(organisations_by_type_word(text, "test")) == []
