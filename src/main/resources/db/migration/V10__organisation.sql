-- Organisation of the hall: floors and zones, stationed units, service windows, staff (with a private
-- phone and ID number, photo kept apart), the Party general branch, its branches and Party groups.
-- Nothing here is ever deleted once history refers to it: rows are deactivated (active = false).
-- Portable SQL: H2 (MODE=LEGACY) and MySQL/MariaDB (utf8mb4).

CREATE TABLE hall (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    name    VARCHAR(64)  NOT NULL,
    county  VARCHAR(64)  NOT NULL,
    address VARCHAR(200) NULL,
    version BIGINT       NOT NULL
);

CREATE TABLE hall_floor (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    hall_id  BIGINT      NOT NULL,
    floor_no INT         NOT NULL,
    name     VARCHAR(64) NOT NULL,
    version  BIGINT      NOT NULL,
    CONSTRAINT uk_hall_floor_no UNIQUE (hall_id, floor_no),
    CONSTRAINT fk_hall_floor_hall FOREIGN KEY (hall_id) REFERENCES hall (id)
);

CREATE TABLE hall_zone (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    floor_id  BIGINT      NOT NULL,
    zone_code VARCHAR(8)  NOT NULL,
    name      VARCHAR(64) NOT NULL,
    version   BIGINT      NOT NULL,
    CONSTRAINT uk_hall_zone_code UNIQUE (floor_id, zone_code),
    CONSTRAINT fk_hall_zone_floor FOREIGN KEY (floor_id) REFERENCES hall_floor (id)
);

CREATE TABLE general_branch (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    hall_id            BIGINT      NOT NULL,
    name               VARCHAR(64) NOT NULL,
    secretary_staff_id BIGINT      NULL,
    version            BIGINT      NOT NULL,
    CONSTRAINT fk_general_branch_hall FOREIGN KEY (hall_id) REFERENCES hall (id)
);

CREATE TABLE party_branch (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    general_branch_id  BIGINT       NOT NULL,
    name               VARCHAR(64)  NOT NULL,
    kind               VARCHAR(16)  NOT NULL,
    business_area      VARCHAR(200) NULL,
    secretary_staff_id BIGINT       NULL,
    display_order      INT          NOT NULL,
    active             BOOLEAN      NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT uk_party_branch_name UNIQUE (name),
    CONSTRAINT fk_party_branch_general FOREIGN KEY (general_branch_id) REFERENCES general_branch (id)
);

-- The floors a branch covers (by floor layout, 按服务大厅楼层布局).
CREATE TABLE party_branch_floor (
    branch_id BIGINT NOT NULL,
    floor_id  BIGINT NOT NULL,
    PRIMARY KEY (branch_id, floor_id),
    CONSTRAINT fk_party_branch_floor_branch FOREIGN KEY (branch_id) REFERENCES party_branch (id),
    CONSTRAINT fk_party_branch_floor_floor FOREIGN KEY (floor_id) REFERENCES hall_floor (id)
);

-- A stationed unit's Party members belong to the branch that covers the unit (branch_id).
CREATE TABLE stationed_unit (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    hall_id       BIGINT      NOT NULL,
    name          VARCHAR(64) NOT NULL,
    short_name    VARCHAR(32) NULL,
    branch_id     BIGINT      NULL,
    display_order INT         NOT NULL,
    active        BOOLEAN     NOT NULL,
    version       BIGINT      NOT NULL,
    CONSTRAINT uk_stationed_unit_name UNIQUE (name),
    CONSTRAINT fk_stationed_unit_hall FOREIGN KEY (hall_id) REFERENCES hall (id),
    CONSTRAINT fk_stationed_unit_branch FOREIGN KEY (branch_id) REFERENCES party_branch (id)
);

CREATE TABLE service_window (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    window_no      VARCHAR(8)   NOT NULL,
    name           VARCHAR(64)  NOT NULL,
    unit_id        BIGINT       NOT NULL,
    floor_id       BIGINT       NOT NULL,
    zone_id        BIGINT       NULL,
    business_scope VARCHAR(500) NULL,
    active         BOOLEAN      NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_service_window_no UNIQUE (window_no),
    CONSTRAINT fk_service_window_unit FOREIGN KEY (unit_id) REFERENCES stationed_unit (id),
    CONSTRAINT fk_service_window_floor FOREIGN KEY (floor_id) REFERENCES hall_floor (id),
    CONSTRAINT fk_service_window_zone FOREIGN KEY (zone_id) REFERENCES hall_zone (id)
);
CREATE INDEX ix_service_window_unit ON service_window (unit_id);

CREATE TABLE party_group (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    branch_id       BIGINT      NOT NULL,
    name            VARCHAR(64) NOT NULL,
    leader_staff_id BIGINT      NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT uk_party_group_name UNIQUE (branch_id, name),
    CONSTRAINT fk_party_group_branch FOREIGN KEY (branch_id) REFERENCES party_branch (id)
);

-- phone and id_card_no are private: never shown on public pages or screens.
CREATE TABLE staff (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_no         VARCHAR(20)  NOT NULL,
    name             VARCHAR(32)  NOT NULL,
    gender           VARCHAR(8)   NOT NULL,
    political_status VARCHAR(24)  NOT NULL,
    unit_id          BIGINT       NOT NULL,
    window_id        BIGINT       NULL,
    branch_id        BIGINT       NULL,
    party_group_id   BIGINT       NULL,
    post             VARCHAR(64)  NULL,
    duties           VARCHAR(500) NULL,
    phone            VARCHAR(32)  NULL,
    id_card_no       VARCHAR(18)  NULL,
    active           BOOLEAN      NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uk_staff_no UNIQUE (staff_no),
    CONSTRAINT fk_staff_unit FOREIGN KEY (unit_id) REFERENCES stationed_unit (id),
    CONSTRAINT fk_staff_window FOREIGN KEY (window_id) REFERENCES service_window (id),
    CONSTRAINT fk_staff_branch FOREIGN KEY (branch_id) REFERENCES party_branch (id),
    CONSTRAINT fk_staff_party_group FOREIGN KEY (party_group_id) REFERENCES party_group (id)
);
CREATE INDEX ix_staff_window ON staff (window_id);
CREATE INDEX ix_staff_branch ON staff (branch_id);
CREATE INDEX ix_staff_unit ON staff (unit_id);

CREATE TABLE staff_photo (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_id     BIGINT      NOT NULL,
    content_type VARCHAR(32) NOT NULL,
    content      MEDIUMBLOB  NOT NULL,
    thumbnail    MEDIUMBLOB  NOT NULL,
    uploaded_at  DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT uk_staff_photo_staff UNIQUE (staff_id),
    CONSTRAINT fk_staff_photo_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);

ALTER TABLE general_branch ADD CONSTRAINT fk_general_branch_secretary FOREIGN KEY (secretary_staff_id) REFERENCES staff (id);
ALTER TABLE party_branch ADD CONSTRAINT fk_party_branch_secretary FOREIGN KEY (secretary_staff_id) REFERENCES staff (id);
ALTER TABLE party_group ADD CONSTRAINT fk_party_group_leader FOREIGN KEY (leader_staff_id) REFERENCES staff (id);

-- An account may be linked to the person it belongs to (a secretary's or a window staff member's record).
ALTER TABLE app_user ADD COLUMN staff_id BIGINT NULL;
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_staff FOREIGN KEY (staff_id) REFERENCES staff (id);
