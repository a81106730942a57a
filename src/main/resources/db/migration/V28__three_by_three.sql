-- 三亮三比三评: one row per Party member and month with the scores the branch entered (党员评: the peers'
-- ballots averaged at the branch meeting; 组织评: the organisation's assessment) and, as they stood when last
-- saved, the computed 群众评 (from the person's ratings that month), the weights of the scheme version in
-- force and the combined score, so a published result can be recomputed and compared.
CREATE TABLE three_by_three_score (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_id            BIGINT        NOT NULL,
    period_ym           INT           NOT NULL,
    peer_score          DECIMAL(5,2)  NOT NULL,
    organisation_score  DECIMAL(5,2)  NOT NULL,
    public_score        DECIMAL(5,2)  NULL,
    rating_count        INT           NOT NULL,
    combined_score      DECIMAL(5,2)  NULL,
    weight_public       DECIMAL(4,2)  NOT NULL,
    weight_peer         DECIMAL(4,2)  NOT NULL,
    weight_organisation DECIMAL(4,2)  NOT NULL,
    scheme_version_id   BIGINT        NOT NULL,
    note                VARCHAR(500)  NULL,
    entered_by          VARCHAR(64)   NOT NULL,
    entered_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uk_three_by_three UNIQUE (staff_id, period_ym),
    CONSTRAINT fk_three_by_three_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT fk_three_by_three_scheme FOREIGN KEY (scheme_version_id) REFERENCES scheme_version (id)
);
CREATE INDEX ix_three_by_three_period ON three_by_three_score (period_ym);
