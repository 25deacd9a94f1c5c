"""Check set for prose8 (issue 12): people in the written part of code-shaped lines, written after the fix
and only measured, never tuned on. Other chat apps, log formats, VCS logs, cells and comment syntaxes than
prose8.jsonl; the `negative` family carries no annotation."""

SAMPLES = [
    ("chat", "WhatsApp export:\n12/03/2026, 14:02 - Priya: can you ask ⟦PERSON:Emeka Obi⟧ to sign the lease?\n"
             "12/03/2026, 14:05 - Jonas: done, he signs tomorrow"),
    ("chat", "Discord log\n[2026-06-01 19:44] modbot#0001: banned user after complaint from ⟦PERSON:Svetlana Morozova⟧"),
    ("chat", "<13:37:02> <wren> ⟦PERSON:Thandiwe Mokoena⟧ is presenting the roadmap at standup"),
    ("chat", "Mattermost | 2026-02-14 09:30 | releases | hold the tag until ⟦PERSON:Giulia Romano⟧ signs off |"),
    ("log", "Jun 02 11:05:31 api-7 systemd[1]: Started nightly export requested by ⟦PERSON:Benedikt Huber⟧."),
    ("log", "2026-06-02 11:05:31,442 WARNING [payments] chargeback opened by ⟦PERSON:Amina Diallo⟧ on txn 99812"),
    ("log", "time=\"2026-06-02T11:05:31Z\" level=warning msg=\"approval pending from ⟦PERSON:Kenji Watanabe⟧ for "
            "deploy 331\""),
    ("log", "I0602 11:05:31.000123  4411 controller.go:88] reassigned node pool after request by "
            "⟦PERSON:Rosa Martínez⟧"),
    ("vcs", "r4821 | build | 2026-05-30 | 1 line\n\nAdd retry after ⟦PERSON:Arjun Kapoor⟧ reported flaky uploads"),
    ("vcs", "* 3b9f2e1 (HEAD -> main) Merge pull request #418 from acme/fix-totals, reviewed by ⟦PERSON:Sophie Laurent⟧"),
    ("cell", "[{\"ticket\": \"HR-201\", \"text\": \"New starter ⟦PERSON:Wanjiru Kamau⟧ needs a laptop by Monday\"}]"),
    ("cell", "id;date;remark\n311;2026-04-02;\"Customer ⟦PERSON:Hannu Virtanen⟧ asked to close the account\""),
    ("comment", "```sql\n-- numbers agreed with ⟦PERSON:Farah Siddiqui⟧ in finance on 3 May\nSELECT sum(total) FROM invoices;\n```"),
    ("comment", "```rust\n/// Parses the header. Written by ⟦PERSON:Mikael Lindqvist⟧ for the v2 format.\nfn parse(h: &[u8]) -> Header {\n```"),
    ("comment", "```html\n<!-- copy approved by ⟦PERSON:Daniela Costa⟧, do not edit -->\n<div class=\"hero\"></div>\n```"),
    ("table", "| date | who | note |\n|---|---|---|\n| 05-01 | ⟦PERSON:Ayesha Khan⟧ | rotated keys |\n"
              "| 05-02 | ops | handed over to ⟦PERSON:Tobias Becker⟧ for the weekend |"),
    ("value", "alerts:\n  - name: disk_full\n    runbook_note: \"Call ⟦PERSON:Nkechi Eze⟧ if this fires twice in a night\""),
    ("negative", "2026-06-02 11:05:31,442 INFO [http] POST /v2/Orders/Refund 201 8ms"),
    ("negative", "```ts\nexport class UserProfile extends BaseModel {\n  DisplayName: string;\n}\n```"),
    ("negative", "| Column | Type | Default |\n|---|---|---|\n| CreatedAt | timestamp | now() |"),
    ("negative", "[10:02] <ci-bot> Build Passed on Main Branch"),
]
