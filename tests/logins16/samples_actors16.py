"""Dev samples for round 16's logins in actor positions of tool output (logins16), written before any fix: one-word
logins of names in no list, where logs, listings and trackers put the acting account. Each: (text, value, role)."""

POS = [
    ("-rw-r--r--  1 okwuosa  staff  4096 Mar  3 10:12 notes.txt", "okwuosa", "tool"),
    ("okwuosa   4412  0.0  1.2 123456 7890 ?  S  10:00  0:00 python app.py", "okwuosa", "tool"),
    ("dvornik  pts/1        10.0.0.5         Mon Mar  3 10:12   still logged in", "dvornik", "tool"),
    ("sunwoo   pts/0        2024-03-03 10:12 (10.0.0.7)", "sunwoo", "tool"),
    ("^3f2a1b9 (achebe 2024-03-01 10:12:01 +0100 12) def total(items):", "achebe", "tool"),
    ("Mar  3 10:12:01 web1 sshd[1234]: Accepted publickey for oyelaran from 10.0.0.9 port 5122 ssh2", "oyelaran", "tool"),
    ("Mar  3 10:12:01 web1 sudo:  kwabena : TTY=pts/0 ; PWD=/srv/app ; USER=root ; COMMAND=/bin/ls", "kwabena", "tool"),
    ("type=USER_LOGIN msg=audit(1709460000.123:456): pid=1234 uid=0 auid=1000 ses=3 msg='op=login acct=\"tsetseg\" exe=\"/usr/sbin/sshd\" addr=10.0.0.5 res=success'", "tsetseg", "tool"),
    ('{"number": 412, "state": "open", "assignee": {"login": "mbekizulu"}}', "mbekizulu", "tool"),
    ("Reporter: nkechi\nAssignee: Unassigned\nPriority: High", "nkechi", "tool"),
    ("An account was successfully logged on.\n  Account Name:\t\tbolormaa\n  Account Domain:\t\tCORP", "bolormaa", "tool"),
    ("pam_unix(sshd:session): session opened for user odgerel(uid=1003) by (uid=0)", "odgerel", "tool"),
    ("Failed password for invalid user zhanar from 203.0.113.5 port 22 ssh2", "zhanar", "tool"),
    ("r1234 | dagnachew | 2024-03-01 10:12:01 +0100 (Fri, 01 Mar 2024) | 1 line", "dagnachew", "tool"),
    ("| 12 | itziar | 10.0.0.5:5122 | app | Query | 0 | init | SELECT 1 |", "itziar", "tool"),
    ("2024-03-01 10:12:01 UTC [1234] user=tarakbm,db=app LOG:  connection authorized", "tarakbm", "tool"),
    ('10.0.0.5 - aroha [03/Mar/2024:10:12:01 +0000] "GET /reports HTTP/1.1" 200 512', "aroha", "tool"),
    ("Started by user xochitl\nRunning as SYSTEM\nBuilding in workspace /var/jenkins", "xochitl", "tool"),
    ("2024-05-02 11:01:09 INFO  [audit] actor=siosaia action=export target=invoices", "siosaia", "tool"),
    ("* 9c1e2f0 - fix totals (3 days ago) <wiebren>", "wiebren", "tool"),
]
