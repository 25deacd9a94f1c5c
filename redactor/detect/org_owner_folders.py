"""The owner of a working repository: the folder a checkout sits in, `<home>/<owner>/<repository>`.

Developers and their tools lay out checkouts the way code hosts name repositories, owner then repository:
`~/src/github.com/<owner>/<repo>` (Go, ghq), `~/code/<owner>/<repo>`, `/home/dev/<owner>/<repo>`, and a coding
agent's system prompt or a `pwd` prints that working directory ("Working directory: /home/dev/<owner>/billing-api",
"cwd=/Users/ana/work/<owner>/web"). The owner is the organisation the work is for (an employer, a client), and it
recurs as the slug of the code the agent then reads: `/app/<owner>/...`, `com.<owner>.rider`, `<owner>-api`,
`registry.<owner>.internal`, `<OWNER>-API-138`. org_folder_names.py reads a folder named in words ("Harbour Lane
Dental"); this module reads the position of a slug no word list knows (`orchardlane`, `kestrel`).

The property is the layout, not a vocabulary: a directory path under a home directory (`/home/<user>`,
`/Users/<user>`, `~`, `C:\\Users\\<user>`) or a root that holds checkouts (`/srv`, `/opt`, `/workspace`, `/code`,
`/repos`), whose folders after the root, the folders every developer has skipped (`code`, `src`, `work`,
`github.com`), are exactly two: the owner, then the repository. One folder is the repository alone (`~/work/api`);
three or more are a repository's own folders (`~/code/api/src/handlers`), whose owner cannot be told apart from its
repository. The owner stays when it is public vocabulary: a word English writes often (Zipf 3.5 or more: `personal`,
`research`, `archive`), software and its folders (`nginx`, `node_modules`), a tech term, a code keyword, or a listed
company (an open-source owner's public checkout: `~/src/github.com/google/go-github`). A first name is no veto
(`kindra` is a firm's too, and a person's own folder is as private), nor is a town's name: firms are named after
places (`/home/dev/pinecrest/`), developers' folders are not (a frequent one is an everyday word anyway). Doubtful
(0.55): the wire redacts it, an audit does not report it.

The same owner is said in words where a sentence gives the repository its owner: "this is Hartley Freight's
`billing-api`", "Acme Claims' claims-platform". A capitalised run in the possessive right before a code-shaped slug
(a kebab or snake name, a word in backticks, or the last folder of a path of the same text: "Workspace:
/Users/dev/casefile ... this is X's casefile") owns that repository; the run must name a party (org_deploying's test:
not only public vocabulary, one word rarer than Zipf 3: "Google's go-github", "Django's test-runner" stay), and
words that open a sentence ("Then", "This") are no part of it.

The engine labels these spans as the deploying organisation (engine._as_deployers), so the slug spreads to its code
spellings in the rest of the conversation as a system prompt's deployer does.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import english_zipf, is_software_name
from redactor.detect.org_public_companies import is_public_company
from redactor.detect.org_deploying import _names_a_party
from redactor.detect.term_lists import stop_words, term_list

_KIND = "ORGANIZATION"
# A root of checkouts: a home directory (with its user's folder, which is a person's login, not an owner), `~`, or
# a top-level folder servers and containers keep checkouts in.
_ROOT = (r"(?:/home/[\w.@-]+|/Users/[\w.@ -]+?|/usr/home/[\w.@-]+|[A-Za-z]:\\Users\\[\w.@ -]+?|~[\w.-]*"
         r"|/(?:srv|opt|workspace|workspaces|code|repos|src|projects|work|builds|var/www)"
         # a drive's folder of checkouts (`C:\src\<owner>\Api`) and a CI runner's (`/builds/<group>/<project>`)
         r"|[A-Za-z]:\\(?:src|source|repos|code|projects|work|dev|git))")
# The folders after the root: slugs without blanks, separated by one kind of separator.
_FOLDER = r"[\w][\w.+@-]*"
_PATH = re.compile(rf"(?<![\w.~/\\-])(?P<root>{_ROOT})(?P<folders>(?:[/\\]{_FOLDER}){{1,8}})[/\\]?"
                   r"(?=$|[\s\"'`,;:)\]>}|]|\.(?:\s|$))")
_FOLDER_AFTER_SEPARATOR = re.compile(rf"[/\\]({_FOLDER})")
# Folders developers put every checkout in, not an owner: skipped before the owner and its repository.
_SKIPPED = frozenset("""code src source sources work works workspace workspaces projects project proj repos repo
    repositories repository git gitrepos dev devel development go ghq github gitlab bitbucket codeberg sandbox
    checkouts checkout clone clones clients customers vendor vendors documents desktop downloads tmp temp scratch
    apps services packages pkg personal oss forks archive archives backup backups old misc experiments playground
    test tests demo demos examples samples tutorials learning courses homework notes dotfiles bin lib
    hostedtoolcache toolcache""".split())
_GIT_HOST = re.compile(r"(?i)(?:[\w-]+\.)+(?:com|org|net|io|dev|cloud|xyz|de|fr|uk|eu)")
# wordfreq's Zipf scale: an owner English writes this often is a folder's ordinary word (`personal`, `scratch`,
# `research`: 3.5 and more), not a slug; a firm's slug is rarer ("juniper" 3.2, "prism" 3.4, coined words ~1).
_EVERYDAY_ZIPF = 3.5
# A word this frequent opening a sentence is capitalised for its place ("Then", "Today"), no part of a name.
_SENTENCE_WORD_ZIPF = 4.0
_MIN_OWNER = 3
_MAX_OWNER = 40


def organisations_owning_checkouts(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of the owner folder of a checkout's path (module doc)."""
    if "/" not in text and "\\" not in text:
        return
    for match in _PATH.finditer(text):
        folders_start = match.start("folders")
        folders = match.group("folders")
        pieces = _pieces(folders)
        named = [(end, piece) for end, piece in pieces if not _skipped(piece)]
        if len(named) != 2 or named[0] != pieces[len(pieces) - 2]:
            continue  # the owner is the folder right before the repository, with only skipped folders above it
        (owner_end, owner), (_, repository) = named
        if _file_name(repository):
            continue  # a file (`notes.md`), not a checkout
        if not _an_owner(owner):
            continue
        end = folders_start + owner_end
        yield Span(end - len(owner), end, _KIND, "org", DOUBTFUL_SCORE, detector)


# A capitalised run in the possessive, then a repository's slug: `X Y's loan-core`, "X's `billing_api`".
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w&.-]*"
_OWNER_OF_SLUG = re.compile(
    rf"(?<![\w.-])(?P<run>{_CAPITALISED}(?:[ \t](?:(?:&|of|de|van|von)[ \t])?{_CAPITALISED}){{0,5}})(?:'s|’s|'|’)"
    r"[ \t]+(?P<quote>`?)(?P<slug>[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*)(?P=quote)(?![\w-])")
# The last folder of a path: a repository a slug of one word may name ("Workspace: /Users/dev/casefile").
_LAST_FOLDER = re.compile(r"[/\\](?P<folder>[a-z][\w.-]*?)[/\\]?(?=$|[\s\"'`,;:)\]]|\.(?:\s|$))")


def owners_before_repositories(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of a capitalised run in the possessive before a repository's slug (module doc)."""
    if "'" not in text and "’" not in text:
        return
    folders = None
    for match in _OWNER_OF_SLUG.finditer(text):
        slug = match.group("slug")
        if "-" not in slug and "_" not in slug and not match.group("quote"):
            # One word in small letters is the sentence's own ("Acme's team") unless a path of the text ends in it.
            if folders is None:
                folders = {found.group("folder") for found in _LAST_FOLDER.finditer(text)}
            if slug not in folders:
                continue
        start, end = match.span("run")
        words = match.group("run").split()
        opens_sentence = not text[:start].strip() or text[:start].rstrip()[-1] in ".!?:;\n"
        while words and (words[0].casefold() in stop_words() or opens_sentence and len(words) > 1
                         and english_zipf(words[0].casefold()) >= _SENTENCE_WORD_ZIPF):
            start += len(words[0]) + (len(text[start + len(words[0]):]) - len(text[start + len(words[0]):].lstrip()))
            words = words[1:]
            opens_sentence = False  # only the sentence's first word is capitalised for its place
        if words and _names_a_party(words):
            yield Span(start, end, _KIND, "org", DOUBTFUL_SCORE, detector)


def _file_name(folder: str) -> bool:
    """`notes.md`, `run.sh`: a file; `Wallet.Api` (a .NET project's folder) is none: extensions are small letters."""
    return (not folder.startswith(".") and "." in folder.strip(".")
            and re.search(r"\.[a-z0-9]{1,5}$", folder) is not None)


def _pieces(folders: str) -> list[tuple[int, str]]:
    """(end offset, folder) for each folder of `folders`, which opens with a separator."""
    return [(match.end(1), match.group(1)) for match in _FOLDER_AFTER_SEPARATOR.finditer(folders)]


def _skipped(folder: str) -> bool:
    folded = folder.casefold()
    return folded in _SKIPPED or _GIT_HOST.fullmatch(folder) is not None


def _an_owner(folder: str) -> bool:
    """Whether a folder's name can be an organisation's slug (module doc)."""
    if not (_MIN_OWNER <= len(folder) <= _MAX_OWNER) or not folder[0].isalpha() or folder.startswith("."):
        return False
    folded = folder.casefold()
    words = [word for word in re.split(r"[-_.]", folded) if word]
    if not words or not any(word.isalpha() for word in words):
        return False
    if len(words) == 1 and english_zipf(folded) >= _EVERYDAY_ZIPF:
        return False
    if all(english_zipf(word) >= _EVERYDAY_ZIPF or word.isdigit() for word in words):
        return False  # `old-stuff`, `my-projects`
    if any(folded == word for word in ("node_modules", "site-packages", "dist-packages")):
        return False
    if (folded in term_list("tech_terms") or folded in term_list("code_keywords") or is_software_name(folded)
            or is_public_company(folder) or is_public_company(folder.capitalize())):
        return False
    return True
