"""Logins found by cues usernames.py's label rules do not read (round 9).

- **"username" in other languages** (`Benutzername: mweber`, "mi usuario es mgarcia84", `用户名：wangwei88`) as
  a label or a table column's header.
- **Columns of people** in CSV/TSV/Markdown/`;` tables whose header names a person rather than a login
  (`who`, `member`, `agent`, `operator`, `sender`, `modified by` ...): a cell is a login only when it
  looks like one (lower case or login-shaped, no English word, no space): `who,action` / `dmitri,delete`.
  Display names under such headers are NER's.
- **Chat copies** that put the time after the speaker: Slack's `kpatel  10:42 AM` (the message on the next
  line), `sroy [10:43 AM]: yes`, a signature line `— olga.s, 10:42 AM`; and a mention opening a line,
  `@kpatel: see above` (a decorator is never followed by a colon).
- **camelCase chat speakers** ("[21:04] darkPhoenix: brb"; unstamped with a digit or "_", two or more lines).
- **Chat lead-ins** naming the author of a message: "Message from tkowalski:", "Pinned by hwong:",
  "replying to jlarsen:".
- **Sessions**: "login as tkowal", "logon as x", "impersonating x" (usernames.py reads "logged in as").
- **Named accounts**: `user named "zoe_w"`, "an account called mfoster".
- **Forge timelines** copied from the web: "okafor.e commented", "lchen88 approved these changes" (a login opening
  the line, then an account's action); **ops labels** "on-call: jlarsen", "Last seen: kpatel", "Assignee\ndmitri";
  "the logged-in user as nkariuki".
- **"for" + login at the end of a clause** in a line about accounts (login, password, session, locked ...):
  "session expired for jkowalczyk", "reset the password for mfernandes?". A login-shaped word (digit, `.`,
  `_`) is confident; a plain word that is no English word is doubtful.

Every rule is tried where its literal occurs (keyword_positions) or on lines found by a pattern that starts
with a literal, so each costs one pass over the text. Role accounts are dropped by find_usernames.
"""
from __future__ import annotations


import re
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import keyword_positions
from redactor.detect.logins_in_person_slots import _FILE_EXTENSION, _HEX, _TECHNICAL
from redactor.detect.name_parts import frequent_in_other_languages, is_handle_compound, is_ordinary_word
from redactor.detect.table_columns import column_cells
from redactor.detect.word_frequencies import listed_in_its_script

_SCORE = 0.7
_LOGIN = r"[A-Za-z0-9][A-Za-z0-9._-]{0,30}[A-Za-z0-9_]"
_LOWER_LOGIN = r"[a-z][a-z0-9._-]{1,30}[a-z0-9_]"
_LOGIN_SHAPED = re.compile(r"[\d._]")

# Headers that name a person (not a login): under them a login-shaped cell is a login.
_PERSON_COLUMN_WORDS = (
    "who", "member", "agent", "operator", "person", "staff", "uploader", "sender", "recipient", "contributor",
    "editor", "moderator", "player", "technician", "participant", "attendee", "speaker", "caller", "alias",
    "user id", "user_id", "actor", "author", "assignee", "reporter", "requester", "approver", "reviewer",
    "committer", "submitter", "modified", "updated", "changed", "edited", "created", "deleted", "approved",
    "requested", "reviewed", "closed", "opened", "assigned", "last_modified", "last modified", "last-modified",
    "last_updated", "last updated", "last_changed", "last changed", "last_edited", "last edited", "performed_by",
    "performed by", "triggered_by", "triggered by", "initiated_by", "initiated by", "done_by", "done by",
    "account", "acct", "principal", "identity", "sam", "upn", "requestor",
    # ... and the parties an export of a shop, a game or a community lists by their handles
    "customer", "client", "buyer", "seller", "payer", "payee", "winner", "guest", "student", "employee", "driver",
    "rider", "tenant", "subscriber", "follower", "friend",
)
_PERSON_COLUMN_LABEL = re.compile(
    r"(?i:(?:last[ _-]?)?(?:modified|updated|changed|edited|created|deleted|approved|requested|reviewed|closed"
    r"|opened|assigned|performed|done|triggered|initiated)[ _-]?(?:by|to)|who|members?|agents?|operators?|person"
    r"|staff|uploader|sender|recipient|contributor|editor|moderator|player|technician|participant|attendee"
    r"|speaker|caller|alias|user[ _-]id|actor|author|assignee|reporter|requester|approver|reviewer|committer"
    r"|submitter|account|acct|principal|identity|sam|upn|requestor|customers?|clients?|buyers?|sellers?|payers?|payees?"
    r"|winners?|guests?|students?|employees?|drivers?|riders?|tenants?|subscribers?|followers?|friends?)(?![\w])"
)
_CELL_LOGIN = re.compile(r"@?" + _LOGIN)

# Chat copies with the time after the speaker, at a line start.
_TIME = r"\[?[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*\]?"
_SPEAKER_THEN_TIME = re.compile(
    r"\n[ \t]*(?:[—–][ \t]*)?(?P<user>" + _LOWER_LOGIN + r")(?:,[ \t]*|[ \t]+)" + _TIME + r"[ \t]*(?::[ \t]|(?=\n)|$)")
_MENTION_OPENING = re.compile(r"\n[ \t]*@(?P<user>[A-Za-z][A-Za-z0-9_.-]{1,30}[A-Za-z0-9_]):[ \t]")

# A forge timeline copied from the web: "okafor.e commented", "lchen88 approved these changes", "vlad-p pushed 3
# commits": a login opening the line, then what an account does on GitHub/GitLab.
_FORGE_ACTION = re.compile(
    r"[ \t]*(?:[-*•][ \t]+)?@?(?P<user>" + _LOGIN + r")[ \t]+(?:commented|approved|pushed|force-pushed|merged"
    r"|opened|closed|reopened|requested|reviewed|added|removed|assigned|unassigned|self-assigned|mentioned"
    r"|referenced|deleted|created|left[ \t]+a|starred|forked|labeled|labelled|committed|authored|suggested"
    r"|dismissed|marked[ \t]+this|linked|replied|reacted|changed[ \t]+the)\b")
_FORGE_HINTS = (" commented", " approved", " pushed", " force-pushed", " merged", " opened", " closed", " reopened",
                " requested", " reviewed", " added", " removed", " assigned", " unassigned", " self-assigned",
                " mentioned", " referenced", " deleted", " created", " left a", " starred", " forked", " labeled",
                " labelled", " committed", " authored", " suggested", " dismissed", " marked this", " linked",
                " replied", " reacted", " changed the")

# Chat speakers in camelCase ("darkPhoenix: anyone up for a raid?", "[21:04] nightOwl42: brb"): usernames.py reads
# lower-case nicks; a camelCase one speaks when a time stamp precedes it, or with a digit or "_" in a transcript of
# two or more such lines (YAML keys with sentences after them, `errorMessage: could not connect`, have neither).
_CAMEL_SPEAKER = re.compile(
    r"\n[ \t]*(?P<stamp>\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?[ \t]+)?"
    r"(?P<user>[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+_?\d{0,4}):[ \t]+(?P<message>[^\n]+)")

# "Message from tkowalski:", "Pinned by hwong:", "replying to jlarsen:", "DM with sroy:".
_CHAT_LEAD_WORDS = ("message", "messages", "dm", "reply", "replying", "replied", "pinned", "posted", "shared", "sent",
                    "forwarded", "quoting", "quote", "thread", "reaction", "edited", "comment", "note", "answer")
_CHAT_LEAD = re.compile(
    r"(?i:message|messages|dm|reply|replying|replied|pinned|posted|shared|sent|forwarded|quoting|quote|thread"
    r"|reaction|edited|comment|note|answer)(?:[ \t]+[a-z]+)?[ \t]+(?i:from|by|to|with)[ \t]+@?(?P<user>" + _LOGIN
    + r"):(?:[ \t]|$)")

# "login as tkowal", "logon as x", "impersonating x" ("logged in as" is usernames.py's).
_SESSION_WORDS = ("login as ", "logon as ", "log-in as ", "signin as ", "impersonat", "user as ")
_SESSION = re.compile(
    r"(?i:(?:login|logon|log-in|signin|user)[ \t]+as|impersonat(?:e|es|ed|ing)(?:[ \t]+user)?)[ \t]+[\"'`]?@?(?P<user>"
    + _LOGIN + r")(?![\w@-])")

# Labels of a person's account in ops notes: "on-call: jlarsen", "Last seen: kpatel", "POC: sroy", a label alone on
# its line and the login on the next ("Assignee\ndmitri").
_PERSON_LABEL_WORDS = ("on-call", "on call", "oncall", "last seen", "seen by", "poc", "dri", "point of contact",
                       "assignee", "reviewer", "approver", "reporter", "requester", "submitter", "escalated to",
                       "handled by", "shift lead")
_PERSON_LABEL = re.compile(
    r"(?i:on[- ]?call|last[ \t]+seen|seen[ \t]+by|poc|dri|point[ \t]+of[ \t]+contact|assignee|reviewer|approver|reporter"
    r"|requester|submitter|escalated[ \t]+to|handled[ \t]+by|shift[ \t]+lead)"
    r"(?:[ \t]*:[ \t]*|[ \t]*\n[ \t]*)@?(?P<user>" + _LOGIN + r")(?=[ \t]*(?:[,;(]|$|\n))")

# "username" in other languages, as a label (`Benutzername: mweber`, "mi usuario es mgarcia84", "用户名：wangwei88")
# or heading a table column (`utilisateur;service`). Lower case, as keyword_positions finds them.
_FOREIGN_LOGIN_LABELS = (
    "benutzername", "benutzerkennung", "benutzer", "nutzername", "nutzerkennung", "anmeldename", "kennung",
    "nom d'utilisateur", "nom d’utilisateur", "utilisateur", "identifiant", "nombre de usuario", "usuario", "usuário",
    "nome de usuário", "nome utente", "utente", "utilizador", "gebruikersnaam", "gebruiker", "användarnamn",
    "användare", "brugernavn", "brukernavn", "käyttäjätunnus", "käyttäjänimi", "nazwa użytkownika", "użytkownik",
    "login użytkownika", "uživatelské jméno", "uživatel", "felhasználónév", "kullanıcı adı", "kullanıcı",
    "nume de utilizator", "utilizator", "логин", "имя пользователя", "пользователь", "учётная запись",
    "учетная запись", "όνομα χρήστη", "χρήστης", "שם משתמש", "اسم المستخدم", "ユーザー名", "ユーザーid", "ユーザid",
    "用户名", "用戶名", "账号", "帳號", "账户", "사용자 이름", "사용자명", "아이디",
    # ... and the names people and games give a handle: nickname, pseudonym, gamer tag, alias
    "pseudo", "pseudonyme", "apodo", "apelido", "soprannome", "spitzname", "gamertag", "gamer tag", "alias",
    "ник", "никнейм", "ニックネーム", "昵称", "暱稱", "닉네임",
    # ... and more languages' words for a login, an account name, a handle
    "微信号", "账号名", "帳號名稱", "アカウント名", "ハンドルネーム", "ハンドル名", "계정명", "계정 아이디", "логін",
    "нік", "псевдонім", "ім'я користувача", "користувач", "ψευδώνυμο", "כינוי", "نام کاربری", "کاربر", "المستخدم",
    "اللقب", "उपयोगकर्ता नाम", "यूज़रनेम", "ชื่อผู้ใช้", "tên đăng nhập", "tên người dùng", "biệt danh",
    "nama pengguna", "takma ad", "přezdívka", "pseudonim", "ksywka", "nickname", "nick name",
)
_FOREIGN_LABEL = re.compile(
    "(?i:" + "|".join(re.escape(label) for label in sorted(_FOREIGN_LOGIN_LABELS, key=len, reverse=True)) + ")"
    r"(?P<sep>[ \t]*[:：=][ \t]*|[ \t]+(?i:ist|est|es|è|é|is|är|er|on|jest|je|je|это)[ \t]+|[ \t]*\n[ \t]*)"
    r"[\"'`«„]?@?(?P<user>" + _LOGIN + r")(?![\w@-])")
_FOREIGN_COLUMN_LABEL = re.compile(
    "(?i:" + "|".join(re.escape(label) for label in sorted(_FOREIGN_LOGIN_LABELS, key=len, reverse=True)) + ")"
    r"(?![\w])")

# The same labels before a value written in another script or with emoji ("昵称：奶茶不加糖🧋", "닉네임: 구름빵",
# "ник: тихий_кот"): the label's slot holds a handle, whatever its letters.
_LABEL_THEN_VALUE_IN_ANY_SCRIPT = re.compile(
    "(?i:" + "|".join(re.escape(label) for label in sorted(_FOREIGN_LOGIN_LABELS, key=len, reverse=True)) + ")"
    r"[ \t]*[:：=][ \t]*[\"'`«„「]?@?(?P<user>[^\s\"'`«»„“”「」,，;；、。()（）\[\]<>]{1,40}?)(?=[.!?。！？]?(?:[\s\"'`»“”」,，;；、()（）]|$))")


# (round 37) A login and its password given as two labelled halves with blanks only ("账号 lijun 密码 …", "아이디 minsu
# 비번 …", "usuario jperez contraseña …"): chat drops the colon, and the password label after the value closes the
# login's slot as a colon would have opened it.
_PASSWORD_LABELS = ("密码", "密碼", "口令", "パスワード", "暗証番号", "비밀번호", "비번", "암호", "password", "passwort",
                    "pass", "pwd", "kennwort", "contraseña", "mot de passe", "mdp", "senha", "parola", "hasło", "haslo",
                    "heslo", "jelszó", "şifre", "sifre", "пароль", "κωδικός", "סיסמה", "كلمة المرور", "رمز عبور",
                    "mật khẩu", "kata sandi", "รหัสผ่าน", "पासवर्ड")
_LABEL_BLANK_LOGIN_BEFORE_PASSWORD = re.compile(
    "(?i:" + "|".join(re.escape(label) for label in sorted(_FOREIGN_LOGIN_LABELS, key=len, reverse=True)) + ")"
    r"[ \t]+@?(?P<user>" + _LOGIN + r")[ \t]*[,，;；/]?[ \t]+"
    "(?i:" + "|".join(re.escape(label) for label in sorted(_PASSWORD_LABELS, key=len, reverse=True)) + ")"
    r"(?![^\W\d_])")


def _handle_in_another_script(value: str) -> bool:
    """A value with a letter outside ASCII that no list holds as a word of its script ("没有", "нет" are answers)."""
    return not value.isascii() and any(char.isalpha() for char in value) and not listed_in_its_script(value, 3.0) \
        and not (value.isalpha() and frequent_in_other_languages(value.casefold(), 4.0))


# A clause ends at punctuation, the line's end, or a conjunction that starts the next item ("mi usuario es
# migarcia y mi DNI ...", "mon identifiant est jdupont et ..."): a login is a whole clause's complement.
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)]|$|\n)|[ \t]+(?:y|e|and|und|et|i|och|og|en|ve|и)[ \t]")

# `user named "zoe_w"`, "an account called mfoster".
_NAMED_WORDS = ("named ", "called ")
_NAMED_ACCOUNT = re.compile(
    r"(?i:user|account|login|handle|username|nick)[ \t]+(?i:named|called)[ \t]+(?P<quote>[\"'`]?)@?(?P<user>"
    + _LOGIN + r")(?P=quote)(?![\w@-])")

# "session expired for jkowalczyk", "reset the password for mfernandes?".
_FOR_LOGIN_AT_CLAUSE_END = re.compile(
    r"for[ \t]+(?:(?:the[ \t]+)?(?:user|account)[ \t]+)?@?(?P<user>" + _LOGIN + r")(?=[ \t]*(?:[.?!,;)]|$)|[ \t]*\n)")
_ACCOUNT_CONTEXT = re.compile(
    r"(?i)\b(?:log(?:in|on|ged|out)|sign[ -]?in|auth\w*|password|passwd|pwd|credentials?|denied|session|permissions?"
    r"|access|locked|unlock|disabled|suspended|mfa|2fa|otp|token|quota|sudo|ssh|vpn|account|mailbox|home\s+dir\w*"
    r"|reset|expired)\b")


# Words that fill a person's slot without naming anyone (mailboxes, automation, answers).
_NOBODY = frozenset("""no yes none null nil nobody noreply no-reply no_reply donotreply do-not-reply system sys auto
    automation automated bot bots robot scheduler cron daemon anonymous anon unknown unassigned everyone everybody all
    team staff n/a na tbd tba self me you ops devops dev devs sre qa it hr infra platform security sec support oncall
    on-call helpdesk servicedesk finance legal sales marketing billing dependabot renovate renovate-bot github-actions
    gitlab-ci jenkins bors mergify codecov snyk-bot copilot""".split())


def _looks_like_login(word: str) -> bool:
    return len(word) >= 3 and word.lower() not in _NOBODY and word[:1].isalpha() and (word == word.lower() or bool(_LOGIN_SHAPED.search(word))) \
        and (not is_ordinary_word(word) or is_handle_compound(word)) and not _FILE_EXTENSION.search(word.lower()) \
        and not _TECHNICAL.match(word) and not _HEX.fullmatch(word)


def word_of_a_label_language(word: str) -> bool:
    """One of the commonest words of a language the labels above are written in ("Apodo: ninguno", "Benutzer:
    keiner", "utilisateur : aucun", zipf 4.8 or more): the form's answer, no handle ("gato", "fuchs", 4.2-4.6, may
    be handles and stay). English words are is_ordinary_word's."""
    return word.isalpha() and frequent_in_other_languages(word, 4.8)


_CELL_PADDING = " \"'`*_#"
_CELL_EDGES = ",;\t|\n"


def _may_be_header_cell(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] may be a whole table cell (only padding between it and a separator or line edge):
    a cheap test before column_cells, which most label words in prose fail."""
    before = start - 1
    while before >= 0 and text[before] in _CELL_PADDING:
        before -= 1
    if before >= 0 and text[before] not in _CELL_EDGES:
        return False
    after = end
    while after < len(text) and text[after] in _CELL_PADDING + ":\r":
        after += 1
    return after >= len(text) or text[after] in _CELL_EDGES


def _may_start_a_cell(text: str, start: int) -> bool:
    """The first half of _may_be_header_cell: only padding between `start` and a separator or the line's start."""
    before = start - 1
    while before >= 0 and text[before] in _CELL_PADDING:
        before -= 1
    return before < 0 or text[before] in _CELL_EDGES


def find_cued_logins(text: str, lowered: str) -> Iterator[tuple[int, int, float]]:
    """[start, end) and score of the logins the cues above name (role accounts not yet dropped)."""
    for position in keyword_positions(lowered, _PERSON_COLUMN_WORDS):
        if position and (lowered[position - 1].isalnum() or lowered[position - 1] == "_"):
            continue
        if not _may_start_a_cell(text, position):
            continue  # a word in prose (the cell's start is tested before the pattern is tried: most fail it)
        header = _PERSON_COLUMN_LABEL.match(text, position)
        if header is None or not _may_be_header_cell(text, header.start(), header.end()):
            continue
        for start, end in column_cells(text, header.start(), header.end()):
            cell = text[start:end].lstrip("@")
            if _CELL_LOGIN.fullmatch(text, start, end) and _looks_like_login(cell):
                yield end - len(cell), end, _SCORE
    for position in keyword_positions(lowered, _FOREIGN_LOGIN_LABELS):
        if position and lowered[position - 1].isalnum():
            continue
        header = _FOREIGN_COLUMN_LABEL.match(text, position)
        if header is None:
            continue
        for start, end in (column_cells(text, header.start(), header.end())
                           if _may_be_header_cell(text, header.start(), header.end()) else ()):
            cell = text[start:end].lstrip("@")
            if _CELL_LOGIN.fullmatch(text, start, end) and (_looks_like_login(cell) or _LOGIN_SHAPED.search(cell)):
                yield end - len(cell), end, _SCORE
        match = _FOREIGN_LABEL.match(text, position)
        if match is None:
            written = _LABEL_THEN_VALUE_IN_ANY_SCRIPT.match(text, position)
            if written is not None and _handle_in_another_script(written.group("user")):
                yield written.start("user"), written.end("user"), 0.8
            paired = _LABEL_BLANK_LOGIN_BEFORE_PASSWORD.match(text, position)
            if paired is not None and not word_of_a_label_language(paired.group("user")):
                yield paired.start("user"), paired.end("user"), 0.8
            continue
        user, separator = match.group("user"), match.group("sep")
        if "\n" in separator and text[text.rfind("\n", 0, position) + 1:position].strip():
            continue  # a label word wrapped at a line end ("Die Benutzer\nhaben ..."), not a label alone on its line
        if _LOGIN_SHAPED.search(user) and user[:1].isalpha():
            yield match.start("user"), match.end("user"), 0.8
        elif _looks_like_login(user) and not word_of_a_label_language(user):
            if ":" in separator or "：" in separator or "=" in separator or "\n" in separator:
                yield match.start("user"), match.end("user"), 0.8
            elif _CLAUSE_END.match(text, match.end("user")):
                # "mon identifiant est jdupont": a plain word after a copula ends the clause (not "es responsable de")
                yield match.start("user"), match.end("user"), DOUBTFUL_SCORE
    if ":" in text:
        framed = "\n" + text  # line starts found by a pattern that starts with "\n" (offsets shift by one)
        for pattern in (_SPEAKER_THEN_TIME, _MENTION_OPENING):
            for match in pattern.finditer(framed):
                user = match.group("user")
                if _looks_like_login(user) or _LOGIN_SHAPED.search(user):
                    yield match.start("user") - 1, match.end("user") - 1, 0.8
        speakers = []
        for match in _CAMEL_SPEAKER.finditer(framed):
            words = [word for word in match.group("message").split() if any(char.isalpha() for char in word)]
            if len(words) >= 2 and match.group("user").lower() not in _NOBODY:
                speakers.append((match.start("user") - 1, match.end("user") - 1, bool(match.group("stamp"))))
        shaped = [speaker for speaker in speakers if _LOGIN_SHAPED.search(text, speaker[0], speaker[1])]
        for start, end, stamped in speakers:
            if stamped or (len(speakers) >= 2 and shaped and _LOGIN_SHAPED.search(text, start, end)):
                yield start, end, 0.8
        for position in keyword_positions(lowered, _CHAT_LEAD_WORDS):
            if position and lowered[position - 1].isalnum():
                continue
            match = _CHAT_LEAD.match(text, position)
            if match and _looks_like_login(match.group("user")):
                yield match.start("user"), match.end("user"), 0.8
    line_starts_tried = set()
    for position in keyword_positions(lowered, _FORGE_HINTS):
        line_start = text.rfind("\n", 0, position) + 1
        if line_start in line_starts_tried:
            continue
        line_starts_tried.add(line_start)
        match = _FORGE_ACTION.match(text, line_start)
        if match and _looks_like_login(match.group("user")):
            yield match.start("user"), match.end("user"), _SCORE
    for position in keyword_positions(lowered, _PERSON_LABEL_WORDS):
        if position and (lowered[position - 1].isalnum() or lowered[position - 1] in "_-"):
            continue
        match = _PERSON_LABEL.match(text, position)
        if match and _looks_like_login(match.group("user")):
            yield match.start("user"), match.end("user"), _SCORE
    for position in keyword_positions(lowered, _SESSION_WORDS):
        if position and lowered[position - 1].isalnum():
            continue
        match = _SESSION.match(text, position)
        if match and (_looks_like_login(match.group("user")) or _LOGIN_SHAPED.search(match.group("user"))):
            yield match.start("user"), match.end("user"), 0.8
    for position in keyword_positions(lowered, _NAMED_WORDS):
        start = max(0, position - 9)
        match = _NAMED_ACCOUNT.search(text, start, position + 48)
        if match and match.start() <= position and (match.group("quote") or _looks_like_login(match.group("user"))):
            yield match.start("user"), match.end("user"), 0.8
    for position in keyword_positions(lowered, ("for ",)):
        if position and lowered[position - 1].isalnum():
            continue
        match = _FOR_LOGIN_AT_CLAUSE_END.match(text, position)
        if match is None or not _looks_like_login(user := match.group("user")) or len(user) < 3:
            continue
        line_start = text.rfind("\n", 0, position) + 1
        if not _ACCOUNT_CONTEXT.search(text, max(line_start, position - 80), position):
            continue
        yield match.start("user"), match.end("user"), _SCORE if _LOGIN_SHAPED.search(user) else DOUBTFUL_SCORE
