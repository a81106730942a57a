-- Issue 23 (many halls): a hall is named in public URLs by a short code (/h/{code}/guide). The one hall of an existing
-- installation gets 'hall' followed by its id; an administrator can change it. Portable SQL: H2 (MODE=LEGACY) and
-- MySQL/MariaDB.
ALTER TABLE hall ADD COLUMN code VARCHAR(32) NOT NULL DEFAULT 'hall';
UPDATE hall SET code = CONCAT('hall', id);
CREATE UNIQUE INDEX uk_hall_code ON hall (code);
