"""Round 11's contact mechanisms (contact11): the organisation a found e-mail's domain names, redacted
wherever it is written as a word; whole addresses around a part found."""
import pytest

from redactor.detect.email_domains import organisation_names
from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


def _spans(engine, *texts):
    found = engine.detect([Segment(text, kind="prose") for text in texts])
    return [{(text[span.start:span.end], span.kind) for span in spans} for text, spans in zip(texts, found)]


@pytest.mark.parametrize("email, names", [
    ("ops@brightwave.io", ("Brightwave", "BrightWave", "Bright Wave")),
    ("ap@quillfeather.co.uk", ("Quillfeather", "QuillFeather", "Quill Feather")),
    ("it@tidewell.com.au", ("Tidewell", "TideWell", "Tide Well")),
    ("x@fenwick-larch.co.uk", ("Fenwick Larch", "Fenwick")),
    ("buchhaltung@lindqvist-gmbh.de", ("Lindqvist",)),
    ("anita@gmail.com", ()),
    ("noreply@github.com", ()),
    ("ops@summit.com", ()),
    ("test@example.com", ()),
    ("j@[10.0.0.1]", ()),
])
def test_organisation_names_of_a_domain(email, names):
    assert organisation_names(email) == names


@pytest.mark.parametrize("text, org", [
    ("Brightwave asked us to migrate their tenant. Send the summary to ops@brightwave.io", "Brightwave"),
    ("Contract with Quillfeather renews in May; billing: ap@quillfeather.co.uk", "Quillfeather"),
    ("2024-05-02 WARN smtp: 550 rejected for payroll@kestrelmoor.org (tenant kestrelmoor)", "kestrelmoor"),
    ("Onboarding checklist for ORVANTIS:\n- SSO owner: sso@orvantis.io", "ORVANTIS"),
    ("We migrated the BrightWave tenant; their admin is it@brightwave.io", "BrightWave"),
])
def test_the_domain_of_a_found_email_names_its_organisation(engine, text, org):
    found = _spans(engine, text)[0]
    # A word in capitals that no list explains is a doubtful person already (name_cells.py); a detector's own
    # finding keeps its kind over a propagation label, and the word is redacted either way.
    assert (org, "ORGANIZATION") in found or (org.isupper() and (org, "PERSON") in found)


def test_the_domain_names_its_organisation_in_other_segments(engine):
    first, second = _spans(engine, "Marrowfield reported the outage again.", '{"contact": "dpatel@marrowfield.net"}')
    assert ("Marrowfield", "ORGANIZATION") in first


@pytest.mark.parametrize("text", [
    "Sent from anita.rao@gmail.com — Gmail keeps flagging our replies as spam.",
    "Notifications come from noreply@github.com; GitHub Actions failed twice.",
    "Write to ops@summit.com before the summit next week.",
    "Use test@example.com in the fixture; the example shows one user.",
])
def test_public_mail_domains_and_ordinary_words_stay(engine, text):
    assert {kind for _, kind in _spans(engine, text)[0]} == {"EMAIL"}


# --- Addresses: the whole comma run, cell or field value of an address found in part

def _addresses(text):
    from redactor.detect.addresses import find_street_addresses

    return [text[start:end] for start, end in find_street_addresses(text)]


@pytest.mark.parametrize("text, address", [
    ('{"address": "Rua das Flores 112, 2º Esq, 4050-262 Porto, Portugal", "tier": "gold"}',
     "Rua das Flores 112, 2º Esq, 4050-262 Porto, Portugal"),
    ('17,Tomás Varga,"Váci utca 47, 3. emelet, 1056 Budapest, Hungary",pro',
     "Váci utca 47, 3. emelet, 1056 Budapest, Hungary"),
    ("<addr>Via Po 18, scala B, int. 7, 10124 Torino TO, Italia</addr>", "Via Po 18, scala B, int. 7, 10124 Torino TO, Italia"),
    ("customer moved to Kastanienallee 23, Hinterhaus 2. OG, 10435 Berlin last month",
     "Kastanienallee 23, Hinterhaus 2. OG, 10435 Berlin"),
])
def test_an_address_found_in_part_takes_its_whole_run(text, address):
    assert address in _addresses(text)


@pytest.mark.parametrize("text, address", [
    ("Ship to 12 Oak Street, Springfield, and call me when it leaves", "12 Oak Street, Springfield"),
    ("Parcel for 12 Rue Cler, 75007 Paris, thanks again", "12 Rue Cler, 75007 Paris"),
    ("Jan Kowalski, 92041205816, ul. Długa 5", "ul. Długa 5"),
    ("For the courier: use Calle 93 #11-26, Oficina 502, Bogotá as the drop-off.", "Calle 93 #11-26, Oficina 502, Bogotá"),
    ('note: "Parcel left at 14 Elm Street. Customer asked us to call first next time."', "14 Elm Street"),
])
def test_the_run_stops_at_prose_ids_and_sentences(text, address):
    assert _addresses(text) == [address]


def test_the_run_is_linear():
    from tests.growth import assert_linear_growth

    line = "Ship to Rua das Flores 112, 2º Esq, 4050-262 Porto, Portugal, Lisboa, Braga, Faro, Evora.\n"
    assert_linear_growth(lambda n: (lambda: _addresses(line * n)), 400)


# --- Logins: an initial and a surname as one word, two-word handles in a login's slot

@pytest.mark.parametrize("text, login", [
    ("mtorres and afaye both got locked out after the SSO change", "mtorres"),
    ("Benutzer tmueller hat kein Zugriff auf den Ordner.", "tmueller"),
    ("2024-05-06 09:14 ejohansson FAIL", "ejohansson"),
    ("user hollowpine reported the bug on discord", "hollowpine"),
    ("My handle is grumpycat if you need to DM me.", "grumpycat"),
])
def test_logins_of_a_name_or_two_words(engine, text, login):
    assert (login, "USERNAME") in _spans(engine, text)[0]


@pytest.mark.parametrize("text", [
    "the user workflow is documented in the user homepage and the login sandbox",
    "my handle is fine, the username field is optional",
    "please check along the abacus and the ahead queue",
])
def test_trade_words_in_a_login_slot_stay(engine, text):
    assert not {kind for _, kind in _spans(engine, text)[0]} & {"USERNAME"}


# --- Phones: digit groups after a trunk "0", valid in a country outside the policy's regions

@pytest.mark.parametrize("text, phone", [
    ("ok 0532 418 77 20", "0532 418 77 20"),
    ("Kerem: 0532 418 77 20", "0532 418 77 20"),
    ("Sven 070 123 45 67 from monday", "070 123 45 67"),
    ("Liesbeth 0412 34 56 78", "0412 34 56 78"),
])
def test_grouped_numbers_of_other_countries_are_doubtful_phones(engine, text, phone):
    assert (phone, "PHONE") in _spans(engine, text)[0]


@pytest.mark.parametrize("text", [
    "the totals were 412 345 678 and 512 345 678",
    "rows: 12 34 56 78 90",
    "invoice 0532 418 77 20 is overdue",
    "lengths 0532 418 77 20 mm",
])
def test_counts_codes_and_amounts_in_groups_stay(engine, text):
    assert "PHONE" not in {kind for _, kind in _spans(engine, text)[0]}


# --- The person an e-mail's local part names, written elsewhere in any case

@pytest.mark.parametrize("email, first", [
    ("kevin.farrell@tarnwood.com", "Kevin Farrell"),
    ("yusuf.demirci@kalem.com.tr", "Yusuf Demirci"),
])
def test_person_names_of_a_local_part(email, first):
    from redactor.detect.email_domains import person_names

    assert person_names(email)[0] == first


@pytest.mark.parametrize("email", ["help.desk@x.io", "sales.team@x.com", "dev-ops@x.io", "grace.park@x.io",
                                   "no-reply@x.io", "jdoe@x.io"])
def test_function_mailboxes_and_words_name_no_one(email):
    from redactor.detect.email_domains import person_names

    assert person_names(email) == ()


def test_the_owner_of_an_address_is_redacted_elsewhere_in_any_case(engine):
    first, second = _spans(engine, "ACK DEMIRCI 10:42, thanks yusuf", "fwd yusuf.demirci@kalem.com.tr")
    assert {("DEMIRCI", "PERSON"), ("yusuf", "PERSON")} <= first


def test_standalone_logins_are_linear():
    from redactor.detect.standalone_logins import find_standalone_logins
    from tests.growth import assert_linear_growth

    line = "ask sam.ortiz3 and mtorres about the quietfox migration plan for this week\n"
    assert_linear_growth(lambda n: (lambda: list(find_standalone_logins(line * n))), 800)
