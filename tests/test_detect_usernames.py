"""Login names of people in paths, environment dumps, prompts and server logs; never system accounts."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.pii import PiiDetector
from redactor.detect.usernames import find_usernames, is_personal_login

PII = PiiDetector()


def logins(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_usernames(text)]


@pytest.mark.parametrize(
    "text, login",
    [
        ('  File "/home/mfischer/projects/api/app.py", line 12, in <module>', "mfischer"),
        ("cd /Users/lchen/Library/Caches", "lchen"),
        ("ls /home/o.brien", "o.brien"),
        ("/var/home/jpark/.config/containers", "jpark"),
        (r"C:\Users\AHassan\AppData\Local\Temp\build.log", "AHassan"),
        (r'"path": "C:\\Users\\dkowalski\\repo\\main.py"', "dkowalski"),
        ("see ~tnguyen/notes.txt", "tnguyen"),
        ("USER=rvasquez", "rvasquez"),
        ("export LOGNAME=ekim", "ekim"),
        ('{"USERNAME": "psingh"}', "psingh"),
        ("SUDO_USER=hmueller", "hmueller"),
        ('FATAL:  password authentication failed for user "bwright"', "bwright"),
        ("ERROR 1045 (28000): Access denied for user 'gsato'@'localhost'", "gsato"),
        ('psql: error: role "avolkov" does not exist', "avolkov"),
        ("jmorales@devbox:~/src/api$ make test", "jmorales"),
    ],
)
def test_finds_personal_logins(text, login):
    assert logins(text) == [login]


@pytest.mark.parametrize(
    "text",
    [
        "/home/runner/work/app/app/setup.py",
        "/home/ubuntu/.ssh/authorized_keys",
        "/home/ec2-user/app",
        "/Users/Shared/Adobe",
        "/home/node/app/index.js",
        "USER=root",
        "USER=www-data",
        'failed for user "postgres"',
        r"C:\Users\Public\Documents",
        "/home/username/project",  # a template word in docs
        "DB_USER=reporting",  # a database account variable, not the login
        "NEXT_PUBLIC_USER=abc",
        "see mail bob@example.com: thanks",  # an e-mail, not a prompt
        "src/home/mfischer/x",  # not a home directory
    ],
)
def test_no_login_for_system_accounts_templates_or_lookalikes(text):
    assert logins(text) == []


def test_system_account_list_is_case_insensitive():
    assert not is_personal_login("Administrator")
    assert is_personal_login("mfischer")


def test_pii_detector_reports_username_kind_and_pii_category():
    text = "HOME=/home/mfischer\nUSER=mfischer"
    spans = PII.detect(DetectionInput(text, "tool_result"))
    assert [(text[s.start:s.end], s.kind, s.category) for s in spans] == [
        ("mfischer", "USERNAME", "pii"), ("mfischer", "USERNAME", "pii")]


@pytest.mark.parametrize(
    "text, login",
    [
        ("username: kjames", "kjames"),
        ("login=dsmith42 and more", "dsmith42"),
        ("GitHub handle: @octodana", "octodana"),
        ("the user is jdoe", "jdoe"),
        ("psql -U rkhan -h db", "rkhan"),
        ("mysql -u akim -p", "akim"),
        ("ssh kjames@10.0.3.4 with password x", "kjames"),
        ("scp file.txt mlopez@build01:/tmp/", "mlopez"),
    ],
)
def test_logins_after_labels_cli_flags_and_in_ssh_targets(text, login):
    assert [text[a:b] for a, b, _ in find_usernames(text)] == [login]


@pytest.mark.parametrize("text", ["def f(user=None):", "username=$USER", "user: root", "for user in users:",
                                  "git clone git@github.com:x/y"])
def test_no_login_for_code_templates_and_role_accounts_after_labels(text):
    assert list(find_usernames(text)) == []


@pytest.mark.parametrize(
    "text, login",
    [("thanks @dana_s for the fix", "dana_s"), ("cc @octodana.", "octodana"),
     ("logged in as jdoe yesterday", "jdoe")],
)
def test_mentions_and_session_accounts_are_logins(text, login):
    assert [text[a:b] for a, b, _ in find_usernames(text)] == [login]


@pytest.mark.parametrize("text", ["@property\ndef x(self):", "    @app.route('/x')", "npm i @types/node",
                                  "mail bob@acme.com"])
def test_decorators_scopes_and_emails_are_not_mentions(text):
    assert list(find_usernames(text)) == []



@pytest.mark.parametrize("text", [
    "Signed-off-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>",
    "Co-authored-by: renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>",
    "bounce from (svc)@relay.example.org at 10:02",
])
def test_an_at_after_a_closing_bracket_is_an_address_not_a_mention(text):
    # the host of a bot's commit address is no login: a mention opens a word
    assert list(find_usernames(text)) == []


@pytest.mark.parametrize(("text", "login"), [("cc (@dana.k) on the rollout", "dana.k"),
                                             ('reviewers: "@jlee" please', "jlee")])
def test_a_mention_after_an_opening_bracket_or_quote_stays_a_login(text, login):
    assert [text[a:b] for a, b, _ in find_usernames(text)] == [login]

@pytest.mark.parametrize(
    ("text", "login"),
    [
        ('error: user "kpatel" not found', "kpatel"),
        ("Invalid password for user alice.w from 10.1.2.3 port 51122", "alice.w"),
        ("Signed in with user id jlee77", "jlee77"),
        ("account: mrossi", "mrossi"),
    ],
)
def test_logins_after_user_in_log_lines_and_prose(text, login):
    assert login in logins(text)


@pytest.mark.parametrize("text", ["validate the input for user input fields", "the user experience"])
def test_plain_words_after_user_are_not_logins(text):
    assert logins(text) == []


def test_logins_under_a_username_column_header_are_logins():
    text = "| username | last_login |\n|---|---|\n| kpatel | 2024-05-01 |\n| root | 2024-05-02 |\n| m.rossi | 2024-05-03 |"
    assert logins(text) == ["kpatel", "m.rossi"]


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("sudo useradd -m -s /bin/bash jdoe", "jdoe"),
        ("$ usermod -aG docker kpatel", "kpatel"),
        ("su - alice.w", "alice.w"),
        ("cd /srv && chown jlee:staff notes.txt", "jlee"),
        ("Logon account: CORP\\jdoe", "jdoe"),
    ],
)
def test_accounts_in_user_management_commands_and_windows_domain_logins(text, login):
    assert login in logins(text)


@pytest.mark.parametrize("text", ["edit the passwd file", "review the chown call", "su root"])
def test_command_words_in_prose_and_role_accounts_are_not_logins(text):
    assert logins(text) == []


@pytest.mark.parametrize("text, login", [
    ("Login failed for 'dchen'", "dchen"),
    ('auth error for "kpatel" from 10.0.0.4', "kpatel"),
])
def test_a_quoted_account_after_for_is_a_login_where_accounts_are_the_subject(text, login):
    assert logins(text) == [login]


@pytest.mark.parametrize("text", [
    'Every user who asks for "9am" gets `0 9`',  # a time: logins start with a letter
    "User-facing approval question for `require_escalated`",  # backticks quote code
    'Draft an invite for "offsite" and send it',  # no account in sight
])
def test_quoted_words_after_for_in_instructions_are_no_logins(text):
    assert logins(text) == []


@pytest.mark.parametrize("login", ["my-name", "your_user", "example.login"])
def test_documentation_stand_ins_are_no_personal_logins(login):
    assert not is_personal_login(login)


def test_nicks_of_time_stamped_chat_lines_are_logins():
    text = "[10:42] zoe_k: did anyone restart the worker?\n10:43 <marcusb> yes\n(10:44) Dana: thanks"
    assert [text[s:e] for s, e, _ in find_usernames(text)] == ["zoe_k", "marcusb", "Dana"]


def test_time_stamped_log_lines_are_no_chat():
    text = "10:14:07 myhost kernel: eth0 up\n08:02 ERROR: failed\n10:15 worker: started"
    assert list(find_usernames(text)) == []


def test_owners_in_ls_output_inside_a_json_string_are_logins():
    text = '{"role": "tool", "content": "-rw-r--r-- 1 jpark jpark 2211 Dec 1 main.py"}'
    assert [text[s:e] for s, e, _ in find_usernames(text)] == ["jpark", "jpark"]


def test_speakers_of_a_chat_transcript_without_time_stamps_are_logins():
    text = "zoe_k: did anyone restart the worker?\nmarcusb: yes, an hour ago\nzoe_k: thanks a lot"
    assert [text[s:e] for s, e, _ in find_usernames(text)] == ["zoe_k", "marcusb", "zoe_k"]


def test_config_keys_before_a_colon_are_no_chat_speakers():
    text = "error_message: could not connect to db\nlog_level: debug is on now\nmax_retries: 3 times then fail"
    assert list(find_usernames(text)) == []


@pytest.mark.parametrize("text,login", [
    ("login as: mchen", "mchen"),
    ("Username for 'https://github.com': okeefe-j", "okeefe-j"),
    ("Reset password for account mfoster2 please", "mfoster2"),
    ("Please add dtran to the admins group.", "dtran"),
])
def test_logins_named_by_prompts_and_account_requests_are_found(text, login):
    assert login in [text[s:e] for s, e, _ in find_usernames(text)]


@pytest.mark.parametrize("text", ["add foo_bar to the list", "add numpy to the requirements",
                                  "account settings are here", "remove the flag from the admins page"])
def test_code_and_settings_words_after_add_or_account_are_no_logins(text):
    assert list(find_usernames(text)) == []


def test_owner_of_a_directory_line_of_ls_is_a_login():
    text = "drwxr-xr-x  5 lwang staff  160 Dec  2 10:01 project"
    assert [text[s:e] for s, e, _ in find_usernames(text)] == ["lwang"]


# --- accounts in links and in tool output --------------------------------------------------

@pytest.mark.parametrize("text, login", [
    ("Clone it from https://gitlab.com/ptrzaska/infra-scripts and run make.", "ptrzaska"),
    ("pip install git+https://github.com/jkowalczyk/fastcsv.git", "jkowalczyk"),
    ("see the fork at bitbucket.org/hwalters/payments-sdk/src/main", "hwalters"),
])
def test_the_owner_of_a_pasted_forge_link_is_redacted_on_the_wire_but_doubtful(text, login):
    found = [(text[start:end], score) for start, end, score in find_usernames(text)]
    assert found == [(login, 0.55)]


@pytest.mark.parametrize("text", [
    "Formatting is done by https://github.com/psf/black in CI.",
    'source = "git+https://github.com/rust-lang/crates.io-index"',
    "require github.com/jackc/pgx/v5 v5.5.0",
    "github.com/jackc/pgx/v5 v5.5.0 h1:NxstgwndsTRy7eq9/kqYc/BZh5w2hHJV86wjvO+1xPw=",
])
def test_owners_of_public_projects_and_of_import_paths_stay(text):
    assert logins(text) == []


@pytest.mark.parametrize("text, login", [
    ("Profile: https://www.linkedin.com/in/sofia-marquez-84a1b2/", "sofia-marquez-84a1b2"),
    ("follow x.com/dana_s for updates", "dana_s"),
    ("her posts at medium.com/@kpatel/why-we-moved", "kpatel"),
])
def test_the_account_of_a_profile_page_is_a_login(text, login):
    assert logins(text) == [login]


def test_pages_a_social_site_uses_for_itself_are_no_accounts():
    assert logins("share it via https://twitter.com/intent/tweet?text=hi or linkedin.com/in/") == []


def test_logins_in_who_and_last_output_are_logins():
    text = ("$ who\nrkapoor  pts/0        2024-11-29 08:41 (10.1.4.22)\n"
            "last -n 1\nnbauer   pts/3   10.0.8.14   Fri Nov 29 10:11   still logged in\n")
    assert logins(text) == ["rkapoor", "nbauer"]


def test_logins_in_the_user_column_of_aligned_tool_output_are_logins():
    text = ("USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n"
            "mtakahashi 41022  3.1  1.2 812344 99120 pts/2 Sl+ 09:12   0:41 node server.js\n"
            "root         1  0.0  0.1 168532 11904 ?        Ss   Nov30   0:07 /sbin/init\n"
            "\nTotal: 2 processes run by the user\n")
    assert logins(text) == ["mtakahashi"]
    top = ("  PID USER      PR  NI    VIRT    RES  %CPU COMMAND\n"
           " 8812 lnovak    20   0  812344  99120  12.0 java\n")
    assert logins(top) == ["lnovak"]


def test_an_upper_case_word_in_prose_is_no_table_header():
    assert logins("NOTE: the USER field below is optional\nplease fill it in later today") == []


@pytest.mark.parametrize("text, login", [
    ("# TODO(jdoe): remove after the migration", "jdoe"),
    ("/** Parses rows.\n * @author mkumar\n */", "mkumar"),
    ("env:\n  GITHUB_ACTOR=octo-kat", "octo-kat"),
    ("ls /scratch/pwang/run1", "pwang"),
    ("cat /var/mail/tkim", "tkim"),
])
def test_logins_signing_code_comments_in_ci_variables_and_in_more_home_paths(text, login):
    assert logins(text) == [login]


def test_doc_comment_tags_are_no_mentions():
    assert logins(" * @param rows the rows\n * @return the count\n // NOTE(Performance): slow") == []


def test_the_login_of_a_ps_row_without_its_header_is_a_login():
    assert logins("ps aux shows rgupta   4412  0.0  python worker.py") == ["rgupta"]
    assert logins("ps: the count 12 0.5 ms per step") == []


def test_the_answer_of_whoami_told_in_prose_is_a_login():
    assert logins("Assistant: I ran `whoami` and got dlee.") == ["dlee"]


def test_the_owner_of_an_action_item_in_minutes_is_a_login():
    assert logins("Action: dmoreau to call the landlord\nAI (kpatel): update the runbook") == ["dmoreau", "kpatel"]
    assert logins("Action: the team to decide\nAction: Review to follow") == []


def test_who_and_last_rows_and_process_listings_give_logins_except_role_accounts():
    sessions = ("agarcia  pts/0        2025-11-20 08:12 (10.0.4.17)\n"
                "root     tty1         2025-11-20 07:00\n"
                "lnguyen  pts/2        10.0.4.31        Wed Nov 19 18:03 - 19:55  (01:52)\n")
    assert logins(sessions) == ["agarcia", "lnguyen"]
    listing = ("USER       PID CMD\n"
               "kpatel    4121 python train.py --epochs 3\n"
               "postgres   901 postgres: checkpointer\n")
    assert logins(listing) == ["kpatel"]


def test_a_forge_owner_is_a_login_but_public_projects_and_site_pages_are_not():
    text = ("fork: https://github.com/olena-kravets/pdf-tools\n"
            "upstream: https://github.com/pallets/flask/issues/5123\n"
            "see https://github.com/orgs/acme/people\n")
    assert logins(text) == ["olena-kravets"]


def test_every_login_a_forge_field_lists_is_a_login_but_ordinary_words_are_not():
    listing = "title:  Export CSV drops unicode\nassignees:      femi-ola, jkowalski\nreviewers: tbaptiste\n"
    assert logins(listing) == ["femi-ola", "jkowalski", "tbaptiste"]
    assert logins("reviewers: none\nowner: platform\nmaintainers: [core]\n") == []


def test_the_account_a_log_line_names_is_a_doubtful_login_without_a_login_shape():
    line = "WARN auth: password reset requested for account wkamau"
    found = list(find_usernames(line))
    assert [line[start:end] for start, end, _ in found] == ["wkamau"]
    assert found[0][2] < 0.6  # redacted on the wire, not reported by an audit
    assert logins("the account settings page is slow; for account reconciliation see the docs") == []


def test_database_account_columns_give_logins_except_role_accounts():
    activity = (" datname | usename     | client_addr\n---------+-------------+------------\n"
                " orders  | j_whitfield | 10.1.4.22\n orders  | postgres    | 10.1.4.24\n")
    roles = "   rolname    | rolsuper\n--------------+---------\n postgres     | t\n dkowalczyk   | f\n"
    relations = (" Schema |   Name   | Type  |  Owner\n--------+----------+-------+----------\n"
                 " public | invoices | table | rlindgren\n")
    assert logins(activity) == ["j_whitfield"]
    assert logins(roles) == ["dkowalczyk"]
    assert logins(relations) == ["rlindgren"]


def test_what_git_prints_about_an_account_gives_its_login():
    assert logins("Merge pull request #8812 from hkaraca/fix-timeouts") == ["hkaraca"]
    assert logins("remote: Permission to acme/api.git denied to tomasz-w.\nfatal: unable to access") == ["tomasz-w"]
    assert logins("c0ffee1 Merge pull request #88 from release/2.4") == []  # a branch of the same repository


def test_a_lower_case_first_and_last_name_joined_by_a_dot_is_a_login_but_attribute_chains_are_not():
    assert logins("the db user is app_rw but ingrid.larsen has superuser") == ["app_rw", "ingrid.larsen"]
    found = list(find_usernames("then john.smith asked for access"))
    assert [score < 0.6 for _, _, score in found] == [True]  # "smith" is also a word: doubtful
    assert logins("x = self.name\nmax.retries = 3\nuser.email = user_email\nos.path.join(a, b)\n") == []
    assert logins("rename kevin_smith.py first") == []


def test_an_initial_and_surname_in_a_persons_slot_is_a_doubtful_login_but_tools_and_words_are_not():
    text = "the audit log shows mgarcia deleted the bucket, then tkowalczyk restored it"
    found = list(find_usernames(text))
    assert [text[start:end] for start, end, _ in found] == ["mgarcia", "tkowalczyk"]
    assert all(score < 0.6 for _, _, score in found)
    assert logins("run fdisk and lsblk, then mkfs; check xargs, redis, nginx, kubectl, fname, lname, nbytes") == []
    assert logins("the shards and the tracker were restored by the restorer") == []


def test_an_organisations_fork_and_snake_case_names_are_no_logins():
    assert logins("c0ffee1 Merge pull request #91 from acme-corp/release-2.4") == []
    assert logins('name = "rand_core"\nversion = "0.6.4"') == []
    assert logins("ask ingrid_larsen about it") == ["ingrid_larsen"]


def test_an_account_on_a_named_service_is_a_login_but_talk_about_the_service_is_not():
    assert logins("my github is tolu-codes and my gitlab is tolu.a") == ["tolu-codes", "tolu.a"]
    assert logins("GitLab handle: tolu.a, Slack: @wanjiku.m") == ["tolu.a", "wanjiku.m"]
    assert logins("push it to github: the repo is ready; gitlab is down; slack is noisy today") == []


def test_a_date_after_a_login_label_is_no_login_and_rotations_take_people():
    assert "Mon" not in logins("Last login: Mon Nov 30 09:12:44 2026 from 10.0.2.2")
    assert logins("Add ayodeji to the on-call rotation") == ["ayodeji"]


@pytest.mark.parametrize("text, login", [
    ('81.204.117.39 - lvandam [12/Nov/2026:08:14:22 +0100] "GET /x HTTP/1.1" 499 0', "lvandam"),
    ("PRIMARY   jmorales (Javier Morales)  +34 612 448 930", "jmorales"),
    ("SECONDARY e.nakashima (Emi Nakashima)  +81 90-4471-2286", "e.nakashima"),
    ("**nadia.q** 10:02 — the account is late", "nadia.q"),
])
def test_logins_a_listing_names_by_its_layout(text, login):
    assert login in {text[start:end] for start, end, _ in find_usernames(text)}


@pytest.mark.parametrize("text", [
    '10.0.0.1 - - [12/Nov/2026:08:14:23 +0100] "GET / HTTP/1.1" 200 5',
    "use the helper (Python Package) here",
    "**note** - remember to rotate",
])
def test_listing_layouts_without_a_login_give_none(text):
    assert list(find_usernames(text)) == []


@pytest.mark.parametrize("text,device", [
    ("2026-11-02 08:14:55 DHCPACK on 10.0.8.41 to 3c:22:fb:90:1e:07 (Priyas-iPhone) via eth1", "Priyas-iPhone"),
    ("avahi: host name conflict, retrying with tomas-macbook-pro.local", "tomas-macbook-pro.local"),
    ("Pair Fatima's Galaxy Watch with the kiosk", "Fatima's Galaxy Watch"),
])
def test_personal_device_names_carry_their_owners_name(text, device):
    assert (text.index(device), text.index(device) + len(device)) in {(s, e) for s, e, _ in find_usernames(text)}


@pytest.mark.parametrize("text", [
    "Apple's iPhone line-up", "ship the dev-laptop image", "Office-PC is offline", "Max-Laptop config",
    "Yusuf's laptop is the only one that builds",  # in prose, a generic device word names no device
])
def test_device_names_without_a_possessive_first_name_are_no_logins(text):
    assert list(find_usernames(text)) == []


@pytest.mark.parametrize("text", ["<div> wraps the form\n<hr> then the footer", "<em> marks it as emphasised"])
def test_html_elements_at_a_line_start_are_markup_not_chat_speakers(text):
    assert list(find_usernames(text)) == []
