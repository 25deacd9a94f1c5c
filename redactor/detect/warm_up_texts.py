"""Texts the detection engine runs over at start-up, so that the first requests do not pay for it.

Finders ask for their cue lists lazily, and the shared cue scan (keywords._CueUnion) rebuilds its automaton
the first time a text is scanned after a new list joined it: measured on a cold engine, the first 2 KB request cost
~760 ms against ~60 ms for the next ones (~180 lists and 6-11 automaton builds, 13-130 ms each, plus lazily loaded
tables). Running the detectors here over text of the layouts agents send (prose with personal data, an env file,
JSON tool output, logs, SSH config, SQL, git output, code, other languages) asks for nearly all of those lists
before the port opens.

Every value below is invented (example domains, documentation IP ranges, test card and IBAN layouts).
"""
from __future__ import annotations

# (segment kind, text)
WARM_UP_SEGMENTS: tuple[tuple[str, str], ...] = (
    ("prose",
     "Hi team, Maria Gonzalez from the Denver office asked me to rotate the staging keys before Friday. Reach her at "
     "maria.gonzalez@example.com or +1 415 555 0132. Her address is 12 Harbour Street, Springfield, IL 62704, born "
     "04/07/1986, SSN 123-45-6789, employee ID: E-20417, IBAN DE89 3704 0044 0532 0130 00, card 4111 1111 1111 1111. "
     "Our supplier Blue Heron Packaging Ltd and our bank, First Example Credit Union, sent the invoice. "
     "ssh deploy@10.0.3.4 with password Winter2024! and ask @jdoe on Slack. Dear Mr. Keller, kind regards, Ana.\n"),
    ("prose",
     "Sehr geehrte Frau Schneider, Ihre Kundennummer 4711-0815, Anschrift: Hauptstraße 5, 10115 Berlin, "
     "geboren am 3. März 1979, Steuer-ID 12 345 678 901. Bonjour Madame Dupont, né le 12/05/1980 à Lyon, "
     "adresse : 8 rue de la Paix, 75002 Paris. Estimado Sr. García, DNI 12345678Z, calle Mayor 3, 28013 Madrid. "
     "Geachte heer De Vries, postcode 1012 AB Amsterdam, BSN 111222333. г. Казань, ул. Баумана, д. 15, кв. 3. "
     "〒100-0005 東京都千代田区丸の内1-1-1 山田太郎様.\n"),
    ("code",
     "DATABASE_URL=postgres://app:S3cr3tPassw0rd@db-04.corp.example.com:5432/app\n"
     "AWS_ACCESS_KEY_ID=AKIAQ3EGRZ7XKVB2LMNP\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
     "GITHUB_TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ012345\nSLACK_WEBHOOK=https://hooks.slack.com/services/T000/B000/XXXX\n"
     "REDIS_PASSWORD ?= hunter2hunter2\nexport API_KEY=\"sk-live-0123456789abcdef\"\n"
     "Host bastion-prod\n  HostName 10.20.30.40\n  User jsmith\n  IdentityFile ~/.ssh/id_ed25519\n"
     "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB\n"
     "-----END OPENSSH PRIVATE KEY-----\n"
     "def get_user(user_id: int) -> dict:\n    # TODO(alice): owner is Bob Stone <bob.stone@example.org>\n"
     "    return db.fetch_one('SELECT * FROM users WHERE id = %s', user_id)\n"),
    ("tool_result",
     '{"customer": {"name": "Tendai Moyo", "email": "t.moyo@example.net", "phone": "+44 20 7946 0958", '
     '"address": {"street": "221B Baker Street", "city": "London", "postcode": "NW1 6XE"}, "dob": "1990-02-14", '
     '"company": "Northwind Traders", "username": "tmoyo", "account_id": "123456789012", '
     '"subscription": "0f8fad5b-d9cb-469f-a165-70867728950e", "bucket": "s3://acme-prod-backups/2026/"}, '
     '"recipients": ["Grace", "Mark"], "assignee": "lena.k", "owner": "dev-ops-bot"}\n'
     "id,name,email,password,pin\n1,Ivan Petrov,ivan@example.com,P@ssw0rd1,4827\n"
     "2026-11-02T10:15:03Z INFO request handled path=/api/v1/orders status=200 client=10.2.3.4 "
     "host=db-replica-02.int.example.lan user=mfischer trace=4bf92f3577b34da6a3ce929d0e0e4736\n"
     "Nov  2 10:12:54 web-01 sshd[4821]: Accepted publickey for jdoe from 192.0.2.15 port 52214 ssh2\n"
     "commit 3f2a91c8be07d4e1\nAuthor: Jonas Keller <jonas.keller@example.io>\nDate:   Mon Nov 2 10:14:00 2026 +0100\n"
     "drwxr-xr-x  2 akumar staff 4096 Nov  2 10:14 /home/akumar/projects\n"
     "arn:aws:iam::123456789012:role/deploy  projects/acme-prod-4711/secrets/db  tenant 3c1e5a7d-2b4f-4e8a-9d6c-5f0a1b2c3d4e\n"
     ":nick!~ident@irc.example.org PRIVMSG #ops :the gate code is 1948#\n"),
)
