-- weekly token and login report
WITH logins AS (
    SELECT user_id, count(*) AS login_count, max(created_at) AS last_login
    FROM auth_events
    WHERE event_type = 'login_success'
      AND created_at >= now() - INTERVAL '7 days'
    GROUP BY user_id
), failures AS (
    SELECT user_id, count(*) AS failed_password_count
    FROM auth_events
    WHERE event_type = 'password_mismatch'
      AND created_at >= now() - INTERVAL '7 days'
    GROUP BY user_id
)
SELECT u.id, u.email, l.login_count, f.failed_password_count,
       (SELECT count(*) FROM api_tokens t WHERE t.user_id = u.id AND t.expires_at > now()) AS active_tokens
FROM users u
LEFT JOIN logins l ON l.user_id = u.id
LEFT JOIN failures f ON f.user_id = u.id
WHERE u.id IN ('3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b', '7d9e0f1a-2b3c-4d5e-9f6a-7b8c9d0e1f2a')
ORDER BY f.failed_password_count DESC NULLS LAST;
