"""Second dev batch for contact15 (written after the first batch was found covered, before any fix):
logins in system prompts, API/tool JSON of many services, short lines, chat lines without cues, and plain
word logins repeated through a text."""

SAMPLES = [
    ('login_sys', 'You are a support assistant. The signed-in user is ⟦USERNAME:mvarga⟧ (tier: gold). Be concise.'),
    ('login_sys', 'Context: operator=⟦USERNAME:kowal⟧; workspace=acme-prod; locale=pl-PL'),
    ('login_sys', 'Current user: ⟦USERNAME:ines.duarte⟧\nTimezone: Europe/Lisbon'),
    ('login_tool', '{"data":[{"type":"users","attributes":{"handle":"⟦USERNAME:reza.k⟧","status":"active"}}]}'),
    ('login_tool', '{"user":{"id":"U04ABC","name":"⟦USERNAME:aiko⟧","real_name":"Aiko Mori"},"text":"deploy done"}'),
    ('login_tool', 'NAME            READY   STATUS    OWNER\napi-7d9f        1/1     Running   ⟦USERNAME:okeke⟧'),
    ('login_tool', 'uid=1004(⟦USERNAME:brannigan⟧) gid=1004(⟦USERNAME:brannigan⟧) groups=1004(⟦USERNAME:brannigan⟧),27(sudo)'),
    ('login_tool', '⟦USERNAME:vostrikov⟧  pts/1    10.2.0.14   Sat Nov  2 09:01   still logged in'),
    ('login_tool', 'dn: uid=⟦USERNAME:asantos⟧,ou=people,dc=corp,dc=local\ncn: Ana Santos\nmail: ana.santos@corp.local'),
    ('login_tool', '{"issue":{"key":"OPS-42","fields":{"assignee":{"name":"⟦USERNAME:jkruger⟧"},"summary":"disk full"}}}'),
    ('login_tool', '{"pull_request":{"number":77,"user":{"login":"⟦USERNAME:petrafox⟧"},"merged":true}}'),
    ('login_tool', 'Last modified by ⟦USERNAME:dnovak⟧ on 2024-10-30'),
    ('login_short', 'on call this week: ⟦USERNAME:tariq⟧'),
    ('login_short', '- ⟦USERNAME:lhuang⟧ (backend)\n- ⟦USERNAME:pmartin⟧ (frontend)\n- ⟦USERNAME:sokolova⟧ (qa)'),
    ('login_short', 'ping ⟦USERNAME:rafa-g⟧'),
    ('login_short', 'cc ⟦USERNAME:ebrahimi⟧'),
    ('login_chat', '⟦USERNAME:kaur.s⟧: pushed the fix\n⟦USERNAME:mtorres⟧: thx, deploying'),
    ('login_chat', '10:41 ⟦USERNAME:obi⟧ joined #incident-221\n10:42 ⟦USERNAME:obi⟧: what changed?'),
    ('login_chat', '** ⟦USERNAME:hanne_l⟧ has left the channel'),
    ('login_rep', 'Step 1: create the account ⟦USERNAME:wexler⟧. Step 2: add ⟦USERNAME:wexler⟧ to the docker group. Step 3: log out and in as ⟦USERNAME:wexler⟧.'),
    ('login_rep', 'Why does ⟦USERNAME:jbeaumont⟧ see the old dashboard? I cleared the cache for ⟦USERNAME:jbeaumont⟧ twice.'),
    ('login_rep', 'git shortlog -sn\n   41  ⟦USERNAME:achebe-dev⟧\n   12  ⟦USERNAME:sunwoo⟧\n    3  ⟦USERNAME:achebe-dev⟧'),
    ('login_neg', 'git shortlog -sn\n   41  dependabot[bot]\n   12  renovate'),
    ('login_neg', 'Step 1: create the index. Step 2: add the index to the config. Step 3: reindex.'),
    ('login_neg', 'NAME   READY STATUS\nredis  1/1   Running\nkafka  1/1   Running'),
    ('login_neg', '{"type":"float32","kind":"tensor","dtype":"bfloat16","device":"cuda"}'),
]
