"""Check samples for round 18's logins (logins18), written after the code (not tuned on): logins in paths, URLs
and IRC's user-host form; and negatives of the same layouts. Each: (text, value)."""

POS = [
    ("du -sh /export/homes/* | sort -h | tail -3\n41G\t/export/homes/kwieczorek", "kwieczorek"),
    ("tar czf backup.tgz /data/home/abernard/notebooks", "abernard"),
    ("ls: cannot open directory '/net/nas01/homes/ysuzuki/.ssh': Permission denied", "ysuzuki"),
    ("cat /var/spool/cron/crontabs/dokafor", "dokafor"),
    ("spark.eventLog.dir hdfs://nn01:8020/user/rmiranda/spark-logs", "rmiranda"),
    ("gsutil ls gs://ml-scratch/users/tbjornsson/checkpoints/", "tbjornsson"),
    ("Clone it from https://gitea.lab.example/hosei/ansible-roles.git", "hosei"),
    ("MR is here: https://gitlab.acme-internal.net/vpopescu/billing-sync/-/merge_requests/9", "vpopescu"),
    ("https://wiki.example.edu/~jkarlsson/thesis.pdf", "jkarlsson"),
    ("API says 404 for https://tracker.example.com/users/ekamara/activity", "ekamara"),
    ("profile at https://forum.example.org/members/darius_t/", "darius_t"),
    ("[2024-05-03 11:04:12] -!- mvidal [~mvidal@198.51.100.20] has joined #deploys", "mvidal"),
    (":nbaptiste!~nb@2001:db8:4::9 PRIVMSG #infra :rolling back now", "nbaptiste"),
    ("*** lgarnier (~lg@host-7.example.net) has quit (Read error)", "lgarnier"),
]

NEG = [
    ("du -sh /export/homes/shared", "shared"),
    ("hdfs://nn01:8020/user/hive/warehouse/sales.db", "hive"),
    ("gsutil ls gs://ml-scratch/users/archive/", "archive"),
    ("https://gitea.lab.example/api/v1/repos/search?q=ansible", "api"),
    ("https://gitlab.acme-internal.net/security-team/policies", "security-team"),
    ("https://gitlab.acme-internal.net/explore/projects", "explore"),
    ("https://tracker.example.com/users/sign_up", "sign_up"),
    ("https://forum.example.org/members/online", "online"),
    ("See https://git.example.net/grafana/loki for the fork", "grafana"),
    ("src/users/components/ProfileCard.tsx", "ProfileCard.tsx"),
    ("Contact Dana (dana@example.org) has joined the board", "Dana"),
    ("Great work!team@example.com will follow up", "team"),
    ("The mirror at https://code.example.com/docs/install is stale", "docs"),
]
