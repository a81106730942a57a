-- 上级主管 (issue 23): a supervising office (e.g. 市政务服务管理局) over several halls, its accounts (role SUPERVISOR,
-- app_user.supervisor_office_id) and its city-wide notices on the screens of its halls. These tables belong to no hall.
CREATE TABLE supervisor_office (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    name    VARCHAR(64)  NOT NULL,
    region  VARCHAR(64)  NULL,
    version BIGINT       NOT NULL,
    CONSTRAINT uk_supervisor_office_name UNIQUE (name)
);

-- The halls an office supervises (a hall may be supervised by the city and by the province).
CREATE TABLE supervisor_office_hall (
    office_id BIGINT NOT NULL,
    hall_id   BIGINT NOT NULL,
    PRIMARY KEY (office_id, hall_id),
    CONSTRAINT fk_supervisor_office_hall_office FOREIGN KEY (office_id) REFERENCES supervisor_office (id),
    CONSTRAINT fk_supervisor_office_hall_hall FOREIGN KEY (hall_id) REFERENCES hall (id)
);
CREATE INDEX ix_supervisor_office_hall_hall ON supervisor_office_hall (hall_id);

ALTER TABLE app_user ADD COLUMN supervisor_office_id BIGINT NULL;
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_supervisor_office FOREIGN KEY (supervisor_office_id) REFERENCES supervisor_office (id);

-- A city-wide notice: shown on the screens of every hall of its office from shown_from to shown_until (inclusive),
-- unless withdrawn. Public text only.
CREATE TABLE city_notice (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    office_id    BIGINT       NOT NULL,
    title        VARCHAR(60)  NOT NULL,
    body         VARCHAR(300) NOT NULL,
    shown_from   DATE         NOT NULL,
    shown_until  DATE         NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    published_by VARCHAR(64)  NOT NULL,
    withdrawn_at DATETIME(6)  NULL,
    withdrawn_by VARCHAR(64)  NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT fk_city_notice_office FOREIGN KEY (office_id) REFERENCES supervisor_office (id)
);
CREATE INDEX ix_city_notice_office ON city_notice (office_id, shown_until);
