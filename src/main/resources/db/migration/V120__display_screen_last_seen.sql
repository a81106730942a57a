-- 大屏离线 (the admin's to-do, docs/workbench.md): when a screen's page or feed was last seen — its page opened or
-- polled, or its JSON feed read. Written at most once a minute per screen and server, by a bulk update that does not
-- touch the row's version (the admin's edits are not disturbed). NULL: never seen since this column came.
ALTER TABLE display_screen ADD COLUMN last_seen_at DATETIME(6) NULL;
