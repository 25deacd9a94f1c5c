"""Dev samples for round 16's logins (logins16), written before the fixes (tuned on): logins joined by "." or "_"
whose parts are in no name list and no language (or a first name with such a part), written once, outside code, in
tickets, chats, CSV exports, tool output, forms and mails of several countries; and negatives (code names, modules,
settings, files written in prose). Each: (text, value[, role])."""

POS = [
    ("Can someone reset the MFA for t.wojtyniak? She's locked out since Monday.", "t.wojtyniak"),
    ("Owner of the dashboard is oyelaran.k, ask him before deleting panels.", "oyelaran.k"),
    ("PROJ-4411 reassigned from dvornikova_a to the infra queue", "dvornikova_a"),
    ("[10:42] zhuoran.li: pushed the fix, can you rerun CI?", "zhuoran.li"),
    ("2024-03-01,VPN login,tuomas_kyyro,success,10.2.0.7", "tuomas_kyyro", "tool"),
    ("Slack DM from xiomara.bt said the invoices are ready", "xiomara.bt"),
    ("Hi team, svitlana_kh left the company last week, please disable her account", "svitlana_kh"),
    ("chiamaka.uz approved the PR but nobody else looked", "chiamaka.uz"),
    ("The shared mailbox is owned by ruairi.obyrne since the reorg", "ruairi.obyrne"),
    ("El acceso de yaretzi.cm al portal sigue bloqueado desde ayer", "yaretzi.cm"),
    ("marama_tk will take over the Auckland accounts next week", "marama_tk"),
    ("Merged pull request #88 from ngcobo_s/fix-totals", "ngcobo_s"),
    ("  PID USER       %CPU COMMAND\n 4412 ekene.dib   12.0 python train.py", "ekene.dib", "tool"),
    ("Danke! Ich habe jurgis.bk in die Gruppe aufgenommen.", "jurgis.bk"),
    ('{"id": 5521, "status": "closed", "resolved_by": "aigerim.nurl"}', "aigerim.nurl", "tool"),
    ("Reminder: laszlo_vg has the keys to the server room this weekend", "laszlo_vg"),
    ("approved in the portal by thandiwe.mk on 3 May", "thandiwe.mk"),
    ("who can give kaveh.shirazn write access to the finance share?", "kaveh.shirazn"),
    ("Merci de créer le compte pour tiphaine.lqr avant lundi", "tiphaine.lqr"),
    ("- [ ] onboard bayarmaa.ts (laptop, badge, VPN)", "bayarmaa.ts"),
]

NEG = [
    ("Call df.groupby then merge the frames on the key column", "df.groupby"),
    ("set max_retries and retry_backoff in the settings file", "max_retries"),
    ("the scaler lives in sklearn.preprocessing, import it from there", "sklearn.preprocessing"),
    ("use np.linspace for the grid, it is faster", "np.linspace"),
    ("tf.keras is the recommended entry point now", "tf.keras"),
    ("the kube_proxy pods keep restarting on node 3", "kube_proxy"),
    ("I aggregate with jsonb_agg and it works fine", "jsonb_agg"),
    ("the opentelemetry.sdk package is missing from the image", "opentelemetry.sdk"),
    ("we replaced lodash.debounce with our own helper", "lodash.debounce"),
    ("fastapi.testclient needs httpx installed", "fastapi.testclient"),
    ("the column is called created_at, not createdat", "created_at"),
    ("enable vite_plugin_svgr in the build", "vite_plugin_svgr"),
    ("see zod.infer in the docs for the type", "zod.infer"),
    ("grep for pytest_addoption in conftest", "pytest_addoption"),
    ("the error came from psycopg.errors when the pool was closed", "psycopg.errors"),
    ("Add the bazel.rc and the gofmt step", "bazel.rc"),
    ("the env var is called kafka_brokers on staging", "kafka_brokers"),
    ("check the nginx.conf upstream block", "nginx.conf"),
    ("pydantic.fields changed in v2", "pydantic.fields"),
    ("the hook is useQuery, from tanstack.query", "tanstack.query"),
]

# Hyphen-joined logins (written before a hyphen extension that was tried and dropped: 3/8 -> 8/8 here, 0/8 negatives,
# but it moved no span of blind4..14 and found a short hash "c0ffee1" in the findings snapshot) and hyphenated words,
# packages and tools.
POS_HYPHEN = [
    ("please give oyelaran-kwame read access to the bucket", "oyelaran-kwame"),
    ("The laptop was handed over by dvornik-okwuosa yesterday", "dvornik-okwuosa"),
    ("2024-04-11,sso_login,bayarmaa-tsolmon,ok", "bayarmaa-tsolmon", "tool"),
    ("[09:02] tiphaine-lequeux: je serai en retard", "tiphaine-lequeux"),
    ("Kan je xochitl-ramaz toevoegen aan het project?", "xochitl-ramaz"),
    ("escalated to ngozika-ebube by the night shift", "ngozika-ebube"),
    ("Account odgerel-batbayar is locked after 5 failed attempts", "odgerel-batbayar"),
    ("thanks to tsetseg-bolor for the quick review!", "tsetseg-bolor"),
]

NEG_HYPHEN = [
    ("we use sehari-hari words here", "sehari-hari"),
    ("pino-pretty formats the logs", "pino-pretty"),
    ("the kube-proxy pods restart", "kube-proxy"),
    ("install einops-exts now", "einops-exts"),
    ("the bbox-tiler job failed", "bbox-tiler"),
    ("use nginx-ingress for routing", "nginx-ingress"),
    ("Olá, tudo bem? Bem-vindo ao time", "Bem-vindo"),
    ("the vllm-openai image is big", "vllm-openai"),
]
