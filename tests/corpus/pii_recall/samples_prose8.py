"""Marked samples of issue 12's prose-inside-code-shaped-lines mechanism, written before its fix from realistic
traffic: people named in the natural-language part of lines the code test used to refuse whole (chat exports,
IRC/Slack/Teams logs, log lines with a free-text message, `git log` output, ticket comments in JSON/CSV cells,
comments and docstrings in fenced code, Markdown table cells, YAML/JSON string values that are sentences). The
`negative` family carries no annotation: identifiers, paths, code statements and key names must stay."""

SAMPLES = [
    # --- chat exports and IRC/Slack/Teams logs ---------------------------------------------------
    ("chat", "pasting the channel log:\n[09:14] <kwame> did the backfill finish?\n[09:16] <ops-bot> yes, "
             "⟦PERSON:Ingrid Solberg⟧ restarted it at 09:02\n[09:17] <kwame> thanks, I'll tell ⟦PERSON:Tomasz⟧"),
    ("chat", "Slack export:\n2026-03-02 10:41 jdoe: ping ⟦PERSON:Aroha Ngata⟧ about the quota bump\n"
             "2026-03-02 10:43 mlee: she is out, ⟦PERSON:Rafael Quintero⟧ can approve"),
    ("chat", "[Teams] 11/04/2026 15:22 - Customer Success: forwarded the thread from ⟦PERSON:Hélène Dubois⟧ "
             "(billing) - she wants the invoice reissued"),
    ("chat", "12:03 < nadia> anyone seen ⟦PERSON:Oluwaseun Adeyemi⟧ today? his PR is blocking release\n"
             "12:05 < pieter> he is at the dentist"),
    ("chat", "#incident-442\n[2026-02-11 08:57:10] @sre-oncall: paging ⟦PERSON:Marek Dvořák⟧, db-03 replication lag"),
    # --- log lines with a free-text message -------------------------------------------------------
    ("log", "here are the refund logs:\n2026-01-04T10:22:01Z INFO user ⟦PERSON:Maria Okafor⟧ requested a refund "
            "for order 88172\n2026-01-04T10:22:03Z WARN refund queue depth 14"),
    ("log", "Mar 12 04:11:57 web-2 app[3121]: password reset emailed to ⟦PERSON:Siddharth Rao⟧ (account 4410)"),
    ("log", "E0312 14:02:11.331 auth.go:211] login failed for ⟦PERSON:Chiara Bianchi⟧: too many attempts"),
    ("log", "level=info ts=2026-05-01T07:00:00Z msg=\"shift handover from ⟦PERSON:Lars Eriksson⟧ to "
            "⟦PERSON:Noor Haddad⟧\" component=scheduler"),
    ("log", "[2026-04-19 22:10:45,118] ERROR billing.worker - could not charge card of ⟦PERSON:Pedro Alvarez⟧, "
            "retrying in 30s"),
    # --- git log -------------------------------------------------------------------------------------
    ("git", "git log --oneline -3 gave me:\na41c9e2 Revert change requested by ⟦PERSON:Yuki Sato⟧\n"
            "9f0b113 Fix rounding bug reported by ⟦PERSON:Anneliese Krüger⟧\n03aa7d1 Bump deps"),
    ("git", "commit 7c1d2e9f0a\nDate:   Tue Mar 3 11:20:44 2026 +0100\n\n    Handle empty carts; thanks to "
            "⟦PERSON:Bongani Dlamini⟧ for the repro"),
    # --- ticket comments in JSON / CSV cells ---------------------------------------------------------
    ("cell", "{\"id\": 5512, \"status\": \"open\", \"comment\": \"Called ⟦PERSON:Fatima Zahra⟧ back, she still "
             "cannot log in after the reset\"},"),
    ("cell", "ticket,created,note\n7781,2026-02-02,\"Spoke with ⟦PERSON:Dmitri Volkov⟧, he wants a callback "
             "on Monday\"\n7782,2026-02-02,\"duplicate of 7781\""),
    ("cell", "  \"body\": \"Escalated by ⟦PERSON:Camila Restrepo⟧ after the second outage this week\","),
    # --- comments and docstrings in pasted code -------------------------------------------------------
    ("comment", "Why does this fail?\n```python\ndef settle(batch):\n    # ⟦PERSON:Gunnar Halvorsen⟧ says the bank "
                "rejects batches over 500\n    return post(batch[:500])\n```"),
    ("comment", "```js\n/**\n * Retries the webhook. Ask ⟦PERSON:Li Wei⟧ before changing the backoff.\n */\n"
                "function retryHook(evt) { return send(evt, 3); }\n```"),
    ("comment", "```go\n// TODO: remove once ⟦PERSON:Keisha Brown⟧ migrates the tenant table\nvar legacy = true\n```"),
    # --- Markdown tables -----------------------------------------------------------------------------
    ("table", "| ticket | summary | owner |\n|---|---|---|\n| OPS-12 | disk full on build box | ⟦PERSON:Ravi Menon⟧ |\n"
              "| OPS-13 | follow up with ⟦PERSON:Astrid Nyberg⟧ on SSO | platform |"),
    # --- YAML / JSON string values that are sentences -------------------------------------------------
    ("value", "oncall.yaml:\nprimary: team-payments\nhandover_note: \"⟦PERSON:Mateo Silva⟧ is covering until Friday\"\n"
              "escalation: pagerduty"),
    ("value", "description: Runbook owned by ⟦PERSON:Olga Petrenko⟧, update after each incident\nversion: 3"),
    # --- negatives: code stays code -----------------------------------------------------------------
    ("negative", "[09:20] <ops-bot> deploy api-gateway@v2.4.1 -> prod-eu OK"),
    ("negative", "2026-01-04T10:22:05Z INFO GET /api/v1/users/Session 200 12ms"),
    ("negative", "```python\nclass RefundService(BaseService):\n    def Process(self, Request):\n"
                 "        return self.Client.Send(Request)\n```"),
    ("negative", "{\"DisplayName\": \"Default Worker\", \"RoleArn\": \"arn:aws:iam::1234:role/Admin\"}"),
    ("negative", "a41c9e2 Merge branch 'feature/Payment-Retry' into Main"),
]
