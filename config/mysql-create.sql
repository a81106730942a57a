-- The portal's database and user on MySQL/MariaDB. utf8mb4 so every Chinese character (and emoji) fits.
CREATE DATABASE IF NOT EXISTS fuwukuaiche CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'fwkc'@'localhost' IDENTIFIED BY 'change-me';
CREATE USER IF NOT EXISTS 'fwkc'@'127.0.0.1' IDENTIFIED BY 'change-me';
GRANT ALL PRIVILEGES ON fuwukuaiche.* TO 'fwkc'@'localhost', 'fwkc'@'127.0.0.1';
FLUSH PRIVILEGES;
