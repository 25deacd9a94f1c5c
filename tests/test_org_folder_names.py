"""Round 36 (people36): a folder named in capitalised words is the organisation the work is for.

Invented paths in layouts of my own (POSIX, Windows, home folders, non-Latin folders); the negatives are the
folders operating systems and applications name in everyday or product words, and slashes in sentences.
"""
import pytest

from redactor.detect.org_folder_names import organisations_in_folder_names


def found(text: str) -> list[tuple[str, str]]:
    return [(text[span.start:span.end], span.kind) for span in organisations_in_folder_names(text, "test")]


@pytest.mark.parametrize("text, name", [
    ("You are Claude Code in /home/dev/Harbour Lane Dental/billing. Tools: Bash.", "Harbour Lane Dental"),
    ("cwd: ~/src/Kestrel Ridge Farms crop-ledger", "Kestrel Ridge Farms"),                     # a slug after it
    ("Working directory: C:\\Users\\dev\\Projects\\Brannock Timber & Sons\\erp", "Brannock Timber & Sons"),
    ("$ cd '/srv/clients/Oficina Técnica del Norte/app'", "Oficina Técnica del Norte"),
    ("rsync -a build/ deploy@box:/var/www/Pellworth Telecom-portal/", "Pellworth Telecom"),     # hyphen after a capital
    ("ls /opt/ქართული ბანკი/exports", "ქართული ბანკი"),                                          # a script without capitals
])
def test_a_folder_named_in_words_is_an_organisation(text, name):
    assert (name, "ORGANIZATION") in found(text)


def test_a_home_folder_named_after_a_person_is_a_person():
    assert found("cp report.pdf '/Users/Maria Lopez/Documents/'") == [("Maria Lopez", "PERSON")]


@pytest.mark.parametrize("text", [
    "ls ~/Library/Application Support/Code/User and /Applications/Visual Studio Code.app",
    "C:\\Program Files\\Common Files\\setup.exe",
    "open ~/Google Drive/My Drive/Team Folder",
    "mv ~/Desktop/Screen Shot 2024-01-02 at 10.11.png /tmp/",
    "Use and/or Fire Department/Police for either; see Q3/Q4 Budget Review.",   # slashes of a sentence
    "ls /data/文档/",                                                              # an ordinary word of its script
    "cd /srv/repos/Meridian billing-api",                                          # one word: no evidence of a name
])
def test_folders_of_systems_and_applications_and_sentences_stay(text):
    assert found(text) == []
