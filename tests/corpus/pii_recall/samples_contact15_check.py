"""Check samples for contact15, written after its two login mechanisms (list lines with a note, a colon or a
column gap after the item; a word of no language written twice) and never tuned on (measured only)."""

SAMPLES = [
    ('login_list', 'On-call rota:\n1. ⟦USERNAME:t.okafor⟧ (Mon-Tue)\n2. ⟦USERNAME:brzezinski⟧ (Wed-Thu)\n3. ⟦USERNAME:haugland⟧ (Fri)'),
    ('login_list', 'approvers:\n  ⟦USERNAME:mkovacs_sre⟧: required\n  ⟦USERNAME:ferreira⟧: optional'),
    ('login_list', 'USER     TTY      FROM\n⟦USERNAME:jnakagawa⟧  pts/0    10.1.1.4\n⟦USERNAME:okonjo⟧   pts/1    10.1.1.9'),
    ('login_list', '* ⟦USERNAME:l.meyer⟧ — reviewed\n* ⟦USERNAME:tuominen⟧ — pending'),
    ('login_list', '- @⟦USERNAME:zhou.wei⟧ [owner]\n- @⟦USERNAME:castellanos⟧ [member]'),
    ('login_list', '  120\t⟦USERNAME:rdeshmukh⟧\n   37\t⟦USERNAME:vasquez⟧'),
    ('login_rep', 'Can you reset MFA for ⟦USERNAME:okwuosa⟧? ⟦USERNAME:okwuosa⟧ lost the phone yesterday.'),
    ('login_rep', 'The file is owned by ⟦USERNAME:ragnhild⟧, and ⟦USERNAME:ragnhild⟧ is on leave till Monday.'),
    ('login_rep', 'job 7781 (⟦USERNAME:zyablov⟧) failed; job 7782 (⟦USERNAME:zyablov⟧) failed too'),
    ('login_rep', '⟦USERNAME:ndiaye-ext⟧ cannot reach the VPN. I re-added ⟦USERNAME:ndiaye-ext⟧ to the group.'),
    ('login_rep', 'hey, ⟦USERNAME:quilici⟧ here. quick question from ⟦USERNAME:quilici⟧ about quotas'),
    ('login_neg', 'restart ledger-sync, then watch ledger-sync logs for errors'),
    ('login_neg', 'We use pydantic everywhere; pydantic v2 broke our validators.'),
    ('login_neg', 'La reunión es mañana. La agenda está en el documento.'),
    ('login_neg', 'Steps:\n- build (ci)\n- test (ci)\n- deploy (manual)'),
    ('login_neg', 'the grafana panel and the grafana alert both use promql'),
    ('login_neg', 'Ми зустрінемось завтра; zavtra zavtra'),
    ('login_neg', 'TODO: rename fooctl to barctl; fooctl is deprecated'),
]
