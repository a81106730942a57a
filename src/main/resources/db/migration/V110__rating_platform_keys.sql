-- 平台接入密钥: a key that relays many citizens' ratings (e.g. the provincial 好差评 platform's bridge for one window)
-- is not held to a pad's per-key limits. Set only when ADMIN issues the key; audited with it.
ALTER TABLE rating_device_key ADD COLUMN platform BOOLEAN DEFAULT FALSE NOT NULL;
