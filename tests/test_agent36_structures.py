"""Round 35 (agent36): personal data and organisations in what agents acting for a person send, by structure.

Forms written here, not taken from the development corpus: other languages, other layouts of the same structures.
"""
from redactor.detect.address_records import find_address_records
from redactor.detect.base import DetectionInput
from redactor.detect.decoded_views import _mime_view, spans_in_decoded_views
from redactor.detect.org_deploying import deploying_organisations
from redactor.detect.page_views import page_view
from redactor.detect.people_initials import initials_of_people


def _addresses(text):
    return [text[start:end] for start, end in find_address_records(text)]


# --- an address split over a form's fields ---------------------------------------------------------------------

def test_accessibility_tree_fields_of_one_address_are_each_an_address_part():
    text = ('textbox "Straße" value="Lindenhofweg"\ntextbox "Hausnummer" value="17a"\n'
            'textbox "PLZ" value="79102"\ntextbox "Ort" value="Freiburg"\nbutton "Weiter"')
    assert _addresses(text) == ["Lindenhofweg", "17a", "79102", "Freiburg"]


def test_playwright_snapshot_and_html_inputs_and_label_pairs():
    playwright = ('- textbox "Street address" [ref=e4]: 48 Marlowe Crescent\n- textbox "Town / City" [ref=e5]: Hamilton\n'
                  '- textbox "Postal code" [ref=e6]: L8P 2K1\n- button "Continue" [ref=e7]')
    assert _addresses(playwright) == ["48 Marlowe Crescent", "Hamilton", "L8P 2K1"]
    html = '<input type=text name=zip value=30301 /><input name="street" value="221 Peachtree Pl NE"><input name=city value=Atlanta>'
    assert _addresses(html) == ["30301", "221 Peachtree Pl NE", "Atlanta"]
    labels = '<label>Rue</label><span>8 rue Vauban</span>\n<label>Code postal</label><span>67000</span>'
    assert _addresses(labels) == ["8 rue Vauban", "67000"]


def test_labelled_lines_in_a_caseless_script():
    text = "도로명주소: 부산광역시 해운대구 센텀중앙로 79\n상세주소: 1203동 504호\n우편번호: 48058"
    assert _addresses(text) == ["부산광역시 해운대구 센텀중앙로 79", "1203동 504호", "48058"]


def test_form_fields_without_a_street_or_postcode_are_no_address():
    assert _addresses('textbox "Search" value="pizza"\ntextbox "City" value="Berlin"') == []
    assert _addresses('textbox "Ville" value="Lyon"\ntextbox "Pays" value="France"') == []
    # one address field among others is left to the address detectors
    assert _addresses('textbox "Name" value="Ada"\ntextbox "PLZ" value="79102"\ntextbox "E-Mail" value="a@b.de"') == []


# --- a one-letter sign-off -----------------------------------------------------------------------------------

def _initials(text):
    return [text[span.start:span.end] for span in initials_of_people(text, "test")]


def test_one_initial_after_a_closing_word_signs_a_message():
    assert _initials('"body": "Please swap the shift. Thanks, M.",\n "x": 1') == ["M"]
    assert _initials("The rota is attached.\nCheers,\nR.") == ["R"]
    assert _initials('"text": "ok\\nBest,\\nK."') == ["K"]


def test_one_capital_elsewhere_is_no_sign_off():
    assert _initials("Thanks, Mary.") == []
    assert _initials("Thanks, A and B are done") == []
    assert _initials("see section 4, B.") == []
    assert _initials("Plan B.") == []


# --- accessibility-tree tables and forms read as text ------------------------------------------------------------

_TABLE = """- table "Members":
  - row "Name Street Born":
    - columnheader "Name"
    - columnheader "Street"
    - columnheader "Born"
  - row "jonas brenner Am Wall 12 1990-07-30":
    - cell "jonas brenner"
    - cell "Am Wall 12"
    - cell "1990-07-30"
"""


def test_page_view_writes_a_tree_table_as_a_delimited_table():
    view = page_view(_TABLE)
    assert view.text == "Name\tStreet\tBorn\njonas brenner\tAm Wall 12\t1990-07-30\n"
    # the view's header and tabs are not the text's own
    assert not any(view.copied[:len("Name\tStreet\tBorn\n")])


def test_a_lower_case_name_under_a_tree_tables_name_header_is_found():
    spans = spans_in_decoded_views(DetectionInput(_TABLE, "tool_result", None), [])
    person = [(_TABLE[span.start:span.end]) for span in spans if span.kind == "PERSON"]
    assert "jonas brenner" in person
    # every span lies inside a cell's value: no markup of the tree is taken
    assert all(_TABLE[span.start - 1] == '"' or _TABLE[span.start - 1] == " " for span in spans)


def test_page_view_form_fields():
    view = page_view('uid=4_2 textbox "Nome completo" value="Lucia Ferrante"\n- textbox "Geburtsdatum" [ref=e4]: 30.07.1990')
    assert view.text == "Nome completo: Lucia Ferrante\nGeburtsdatum: 30.07.1990\n"
    assert page_view("no page here: just text") is None


# --- MIME encoded words and quoted-printable bodies ---------------------------------------------------------------

def test_mime_view_decodes_encoded_words_and_maps_them_to_their_run():
    text = "From: =?UTF-8?Q?J=C3=B6rg_Wei=C3=9Fenbach?= <jw@example.org>\nSubject: =?utf-8?B?QW5nZWJvdA==?="
    view = _mime_view(text)
    assert view.text.startswith("From: Jörg Weißenbach <jw@example.org>\nSubject: Angebot")
    start = view.text.index("Jörg")
    assert text[slice(*view.original_range(start, start + len("Jörg Weißenbach")))] == \
        "=?UTF-8?Q?J=C3=B6rg_Wei=C3=9Fenbach?="


def test_mime_view_quoted_printable_only_where_declared_and_bad_words_stay():
    body = "Content-Transfer-Encoding: quoted-printable\n\nGr=C3=BC=C3=9Fe aus der Hauptstra=\n=C3=9Fe 4"
    assert _mime_view(body).text.endswith("Grüße aus der Hauptstraße 4")
    assert _mime_view("x = 3D and =C3=BC in code") is None  # no declaration: `=XX` is no escape
    assert _mime_view("Subject: =?no-such-charset?Q?abc?=") is None  # a word that does not decode stays


# --- the owner's slot of a system prompt ----------------------------------------------------------------------------

def _deployers(text):
    return [text[span.start:span.end] for span in deploying_organisations(text, "test")]


def test_owner_slot_takes_names_of_common_words():
    assert "Tidy Hands Cleaning" in _deployers("You are Tidy Hands Cleaning's booking agent.")
    assert "Blue River Community Choir" in _deployers("You are the scheduling assistant for Blue River Community Choir.")


def test_owner_slot_in_scripts_without_capitals():
    assert _deployers("당신은 새봄 인테리어의 일정 도우미입니다.") == ["새봄 인테리어"]
    assert _deployers("あなたはみどり動物病院の予約アシスタントです。") == ["みどり動物病院"]
    assert _deployers("你是安居装修的客服助手。") == ["安居装修"]
    assert _deployers("אתה העוזר של מקהלת קולות העמק. אתה עונה") == ["מקהלת קולות העמק"]


def test_owner_slot_keeps_public_and_generic_owners():
    assert _deployers("You are a helpful assistant for Customer Support.") == []
    assert _deployers("You are an assistant for Microsoft Teams users.") == []
    assert _deployers("당신은 우리 회사의 도우미입니다.") == []
    assert _deployers("أنت مساعد ذكي.") == []


# --- a found birth date in its other layouts --------------------------------------------------------------------

def test_birth_date_forms():
    from redactor.detect.birth_date_forms import birth_date_forms
    forms = birth_date_forms("2016-10-27")
    assert {"27/10/2016", "10/27/2016", "27.10.2016", "October 27, 2016", "27 October 2016"} <= set(forms)
    assert "2016-10-27" not in forms
    swapped = birth_date_forms("03/04/1990")
    assert "1990-04-03" in swapped and "1990-03-04" in swapped  # day and month may be either
    assert birth_date_forms("1990") == [] and birth_date_forms("2016-13-45") == []


def test_a_birth_date_split_over_fields_after_a_cue():
    from redactor.detect.birth_date_layouts import find_birth_date_parts
    text = '- group "Date of birth":\n  - spinbutton "Day" [ref=e8]: "17"\n  - spinbutton "Month" [ref=e9]: "3"\n  - spinbutton "Year" [ref=e10]: "1984"'
    assert [text[s:e] for s, e in find_birth_date_parts(text, text.index(":"))] == ["17", "3", "1984"]
    json_text = '"birthdays": [{"date": {"year": 1979, "month": 11, "day": 4}}]'
    assert [json_text[s:e] for s, e in find_birth_date_parts(json_text, 11)] == ["1979", "11", "4"]
    fields = '<input name="dob_day" value="04"><input name="dob_month" value="Nov"><input name="dob_year" value="1979">'
    assert [fields[s:e] for s, e in find_birth_date_parts(fields, 0)] == ["04", "Nov", "1979"]
    # no year, or values out of range: no date
    assert find_birth_date_parts('"day": 4, "month": 11', 0) == []
    assert find_birth_date_parts('"year": 3000, "month": 11', 0) == []
    assert find_birth_date_parts('"day": 45, "year": 1979', 0) == []
