-- County–township–village service network: nodes, the service guide, cases and their steps, settings.
-- Portable SQL for H2 (MODE=LEGACY) and MySQL/MariaDB. The links of guide items to org's units and
-- windows are in V61 (they need org's tables).

CREATE TABLE service_node (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    node_level    VARCHAR(16)  NOT NULL,
    parent_id     BIGINT       NULL,
    address       VARCHAR(200) NULL,
    phone         VARCHAR(32)  NULL,
    opening_hours VARCHAR(100) NULL,
    status        VARCHAR(16)  NOT NULL,
    sort_order    INT          NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_service_node_code UNIQUE (code),
    CONSTRAINT fk_service_node_parent FOREIGN KEY (parent_id) REFERENCES service_node (id)
);
CREATE INDEX ix_service_node_parent ON service_node (parent_id);

CREATE TABLE service_item (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(32)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    category         VARCHAR(16)  NOT NULL,
    village_category VARCHAR(16)  NULL,
    procedure_steps  TEXT         NULL,
    materials        TEXT         NULL,
    legal_days       INT          NOT NULL,
    promised_days    INT          NOT NULL,
    fee              VARCHAR(100) NOT NULL,
    accept_levels    VARCHAR(64)  NOT NULL,
    handle_levels    VARCHAR(64)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    effective_from   DATE         NOT NULL,
    withdrawn_on     DATE         NULL,
    withdraw_reason  VARCHAR(200) NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uk_service_item_code UNIQUE (code)
);
CREATE INDEX ix_service_item_status ON service_item (status, category);

CREATE TABLE service_case (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number     VARCHAR(32)  NOT NULL,
    query_code      VARCHAR(16)  NOT NULL,
    item_id         BIGINT       NOT NULL,
    applicant_name  VARCHAR(64)  NOT NULL,
    applicant_phone VARCHAR(32)  NOT NULL,
    request         VARCHAR(500) NULL,
    origin_node_id  BIGINT       NOT NULL,
    current_node_id BIGINT       NOT NULL,
    handled_node_id BIGINT       NULL,
    state           VARCHAR(16)  NOT NULL,
    entrusted_at    DATETIME(6)  NOT NULL,
    accepted_at     DATETIME(6)  NULL,
    promised_days   INT          NOT NULL,
    deadline        DATE         NULL,
    hand_up_by      DATE         NULL,
    hand_up_count   INT          NOT NULL,
    handled_at      DATETIME(6)  NULL,
    result          VARCHAR(500) NULL,
    delivered_at    DATETIME(6)  NULL,
    archived_at     DATETIME(6)  NULL,
    reported_at     DATETIME(6)  NULL,
    followed_up_at  DATETIME(6)  NULL,
    satisfaction    VARCHAR(24)  NULL,
    follow_up_note  VARCHAR(500) NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_service_case_number UNIQUE (case_number),
    CONSTRAINT fk_service_case_item FOREIGN KEY (item_id) REFERENCES service_item (id),
    CONSTRAINT fk_service_case_origin FOREIGN KEY (origin_node_id) REFERENCES service_node (id),
    CONSTRAINT fk_service_case_current FOREIGN KEY (current_node_id) REFERENCES service_node (id),
    CONSTRAINT fk_service_case_handled FOREIGN KEY (handled_node_id) REFERENCES service_node (id)
);
CREATE INDEX ix_service_case_current ON service_case (current_node_id, state);
CREATE INDEX ix_service_case_origin ON service_case (origin_node_id, entrusted_at);
CREATE INDEX ix_service_case_entrusted ON service_case (entrusted_at);
CREATE INDEX ix_service_case_state ON service_case (state, deadline);

CREATE TABLE service_case_material (
    case_id  BIGINT       NOT NULL,
    line_no  INT          NOT NULL,
    name     VARCHAR(200) NOT NULL,
    provided BOOLEAN      NOT NULL,
    PRIMARY KEY (case_id, line_no),
    CONSTRAINT fk_service_case_material_case FOREIGN KEY (case_id) REFERENCES service_case (id)
);

CREATE TABLE service_case_step (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    step        VARCHAR(16)  NOT NULL,
    node_id     BIGINT       NOT NULL,
    to_node_id  BIGINT       NULL,
    actor       VARCHAR(64)  NOT NULL,
    actor_name  VARCHAR(64)  NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    note        VARCHAR(500) NULL,
    CONSTRAINT fk_service_case_step_case FOREIGN KEY (case_id) REFERENCES service_case (id),
    CONSTRAINT fk_service_case_step_node FOREIGN KEY (node_id) REFERENCES service_node (id),
    CONSTRAINT fk_service_case_step_to FOREIGN KEY (to_node_id) REFERENCES service_node (id)
);
CREATE INDEX ix_service_case_step_case ON service_case_step (case_id, seq);
CREATE INDEX ix_service_case_step_kind ON service_case_step (step, occurred_at);

CREATE TABLE network_setting (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_yellow_days     INT     NOT NULL,
    approval_yellow_days INT     NOT NULL,
    hand_up_days         INT     NOT NULL,
    deemed_agree         BOOLEAN NOT NULL,
    version              BIGINT  NOT NULL
);
INSERT INTO network_setting (case_yellow_days, approval_yellow_days, hand_up_days, deemed_agree, version)
VALUES (2, 1, 3, TRUE, 0);
