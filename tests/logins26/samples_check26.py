"""Check samples for round 26's logins (logins26), written after the change and not tuned on. Each: (text, value)."""

POS = [
    ("<img src=\"/uploads/avatars/tnkosi.jpg\" alt=\"\">", "tnkosi"),
    ("Manage your account at https://portal.example.net/accounts/hwinter/billing", "hwinter"),
    ("C:\\> whoami\nfabrikam\\l.moreno\nC:\\>", "l.moreno"),
    ("@priya_r 09:41\nmerged, thanks", "priya_r"),
    ("@kenji.t · 2h\nthe new build is out", "kenji.t"),
    ('{\n    "UserId": "AROA3XFRBF23EXAMPLE1:sbalogun",\n    "Account": "123456789012"\n}', "sbalogun"),
    ("gh pr list -R mokonkwo/dotfiles --state open", "mokonkwo"),
    ("gh repo clone ajimenez/scratch-notes", "ajimenez"),
    ("labels:\n  - traefik.http.middlewares.auth.basicauth.users=rchowdhury:$$apr1$$9Cv/OMGj$$ZomWQzuQbL.3TRCS81A1g/",
     "rchowdhury"),
    ("# tailscale status\n100.88.12.4    ws-dev-3     nhalvorsen@   linux   -\n100.88.12.9    nas          nhalvorsen@   linux   idle",
     "nhalvorsen"),
    ("oncall: {primary: kdlamini, secondary: jveras}", "jveras"),
    ("runs at https://wandb.ai/ebakare/diffusion-sweeps", "ebakare"),
]

NEG = [
    ("/static/avatars/default.png", "default"),
    ("https://app.example.com/account/settings", "settings"),
    ("gh pr list --repo kubernetes/kubernetes", "kubernetes"),
    ("host: db1, port: 5432, user: kpatel", "5432"),
    ('"UserId": "AROA3XFRBF23EXAMPLE1:botocore-session-1700000000"', "botocore-session-1700000000"),
    ("100.88.12.4    ws-dev-3     tagged-devices   linux   -", "tagged-devices"),
    ("email me @ 10:30 tomorrow", "10:30"),
]
