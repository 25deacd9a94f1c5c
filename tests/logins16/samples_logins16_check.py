"""Check samples for round 16's logins (logins16), written after the fix and not tuned on: joined logins of names in
no list, and code-like negatives. Each: (text, value[, role])."""

POS = [
    ("Password reset requested for account ifeoma_ndu via the self-service portal", "ifeoma_ndu"),
    ("Last login: Tue Mar 4 09:12 from 10.1.4.22 as odgerel.b", "odgerel.b"),
    ("Please CC nnamdi.okwu on the vendor thread, he owns the contract now", "nnamdi.okwu"),
    ("timestamp,event,account\n2024-05-02T11:01:09Z,badge_denied,siosaia.fk", "siosaia.fk", "tool"),
    ("Kan iemand de rechten van wiebren.hs intrekken? Hij is per 1 juni weg.", "wiebren.hs"),
    ("the VPN group still lists dagnachew_t even though he moved to Addis", "dagnachew_t"),
    ("Reassigned INC0042211 to g.przybyszewska for follow-up", "g.przybyszewska"),
    ("Gracias, ya le di permisos a itziar.ol en el repositorio", "itziar.ol"),
    ("Thread started by sokhna.nd in #payroll: are the April slips out?", "sokhna.nd"),
    ("the audit export shows tarak_bm deleted 14 invoices on Friday", "tarak_bm"),
    ("<td>aroha.wk</td><td>Wellington</td><td>active</td>", "aroha.wk", "tool"),
    ("Spoke with xochitl.rv about her parental leave dates", "xochitl.rv"),
    ("Merci à bérénice.d pour la relecture", "bérénice.d"),  # accented: left (ASCII only)
    ("  ayodeji_ol   pts/2   192.168.4.10   Mon10   0.00s  bash", "ayodeji_ol", "tool"),
    ("Could you unlock the laptop of tsetseg.ba before her trip?", "tsetseg.ba"),
]

NEG = [
    ("call scipy.linalg for the decomposition", "scipy.linalg"),
    ("the array has x.dtype float32 after the cast", "x.dtype"),
    ("we use ujson_dumps for speed", "ujson_dumps"),
    ("pip install pyjwt_extras failed on arm64", "pyjwt_extras"),
    ("the table is named wal_segments in the replica", "wal_segments"),
    ("set hnsw_ef to 64 for the index", "hnsw_ef"),
    ("configure the logback.groovy file", "logback.groovy"),
    ("os.environ holds the token in prod", "os.environ"),
    ("the rspec_junit formatter output is attached", "rspec_junit"),
    ("tokio.rs has good docs on this", "tokio.rs"),
    ("Try zstd_level 19 for archives", "zstd_level"),
    ("the metric is called nginx_upstream_latency", "nginx_upstream_latency"),
    ("add gunicorn.conf to the image", "gunicorn.conf"),
    ("einops.rearrange replaced our reshape", "einops.rearrange"),
    ("read the chromadb.config docs", "chromadb.config"),
]
