"""Dev samples for round 26's logins (logins26), written before any change (tuned on): personal logins in the slots
systems print them in (paths, system output, commands and config, chat logs), and role accounts that stay.
Each: (text, value)."""

POS = [
    # paths
    ("Saved to /Users/kofi.mensah/Downloads/report.pdf", "kofi.mensah"),
    ("cd /home/lpereira && ls", "lpereira"),
    ("PS C:\\Users\\dnakamura> Get-ChildItem", "dnakamura"),
    ("C:\\Users\\a.rossi>python setup.py install", "a.rossi"),
    ("the avatar is https://forum.example.org/static/avatars/vkrishnan.png", "vkrishnan"),
    ("go to https://app.example.com/account/jlindqvist/settings to change it", "jlindqvist"),
    ("$ ls /home\nabarros  cwhitaker  lost+found", "cwhitaker"),
    # system output
    ("PS> whoami\ncontoso\\tbrennan", "tbrennan"),
    ("Her AD account is ACME\\ngozi.eze and it is locked", "ngozi.eze"),
    ('"Arn": "arn:aws:sts::123456789012:assumed-role/DataEngineer/rkapoor"', "rkapoor"),
    ('"UserId": "AROAEXAMPLEID12345678:mvasquez",', "mvasquez"),
    ('{"Users": [{"UserName": "hsuzuki", "UserId": "AIDAEXAMPLE1"}, {"UserName": "pdubois"}]}', "pdubois"),
    ("users:\n  - name: ebaptiste\n    groups: sudo", "ebaptiste"),
    ('okta_user.staff["ifernandes"]: Refreshing state...', "ifernandes"),
    ("Mon May  6 10:01:22 2024 oadeyemi/198.51.100.23:51234 MULTI: primary virtual IP", "oadeyemi"),
    ("-rw-r--r--  1 gschmidt  staff  4096 May  6 10:00 notes.txt", "gschmidt"),
    ("100.101.3.7   laptop-07   wkowalczyk@   macOS   active", "wkowalczyk"),
    ("kubectl annotate deploy api oncall=yhassan", "yhassan"),
    ("owner: jmarsh, backup: tokoro", "tokoro"),
    # commands and config
    ("sudo -iu fbergstrom", "fbergstrom"),
    ("then su - mlaurent and rerun", "mlaurent"),
    ("Host bastion\n  HostName 10.0.0.5\n  User cnwachukwu\n  Port 22", "cnwachukwu"),
    ("gh secret list --repo dkaminski/infra-tools", "dkaminski"),
    ("wandb: Syncing run at https://wandb.ai/sraman/llm-finetune/runs/3x2", "sraman"),
    ("el usuario jtorres, contraseña Verano2024!", "jtorres"),
    ("router admin: bwatanabe / Tr0ub4dor", "bwatanabe"),
    ('basicAuth:\n  users: ["lmendes:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/"]', "lmendes"),
    # chat and community logs
    ("@ahmed.k 3:14 PM: can someone restart staging?", "ahmed.k"),
    ("[12:03] <zoe_m> anyone seen the build break?", "zoe_m"),
    ("[14:22] <modbot> zoe_m banned trollface99", "trollface99"),
    ("you can find me on twitter oliviah_dev", "oliviah_dev"),
    ("@marcos.silva · há 3 dias", "marcos.silva"),
]

NEG = [
    ("sudo -iu postgres psql", "postgres"),
    ("PS C:\\Users\\Administrator> dir", "Administrator"),
    ("cd /home/ubuntu && ls", "ubuntu"),
    ("users:\n  - name: deploy\n    groups: sudo", "deploy"),
    ("Host web\n  User ec2-user", "ec2-user"),
    ("-rw-r--r--  1 www-data  www-data  4096 May  6 10:00 index.html", "www-data"),
    ("su - root", "root"),
    ("gh secret list --repo acme-corp/infra-tools", "acme-corp"),
]
