-- 工作日历: the holidays and make-up working days (调休上班) of each year, as ADMIN enters them from the
-- State Council notice. A year without a row here is unknown: every deadline that touches it refuses to
-- compute (UnknownYearException) instead of guessing. Only the exceptions to the Monday-Friday week are
-- stored. Any change to a year's days also touches the year row (updated_at, version), so a node can tell
-- cheaply whether its cached calendar is still current.
CREATE TABLE calendar_year (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    calendar_year INT          NOT NULL,
    notice        VARCHAR(200) NULL,
    updated_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_calendar_year UNIQUE (calendar_year)
);

-- day_kind: HOLIDAY (放假) or MAKE_UP_WORKDAY (调休上班); holiday_name only for holidays.
CREATE TABLE calendar_day (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    year_id      BIGINT      NOT NULL,
    day_date     DATE        NOT NULL,
    day_kind     VARCHAR(16) NOT NULL,
    holiday_name VARCHAR(32) NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT uk_calendar_day UNIQUE (year_id, day_date),
    CONSTRAINT fk_calendar_day_year FOREIGN KEY (year_id) REFERENCES calendar_year (id)
);
