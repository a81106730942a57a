-- One row per timer: which tick (the minute the timer fired for) was last run, and by which node. A node runs a
-- tick only if it moves tick_at forward (base.control.TimerTicks), so with several nodes on one database each
-- tick runs once, not once per node.
CREATE TABLE timer_lease (
    name        VARCHAR(64)   NOT NULL,
    tick_at     DATETIME(6)   NOT NULL,
    node        VARCHAR(128)  NOT NULL,
    claimed_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_timer_lease PRIMARY KEY (name)
);

-- the portal's timers (a new timer adds its row in its own migration)
INSERT INTO timer_lease (name, tick_at, node, claimed_at) VALUES ('contest.attempt-sweep', '2000-01-01 00:00:00', '-', '2000-01-01 00:00:00');
INSERT INTO timer_lease (name, tick_at, node, claimed_at) VALUES ('honour.notice-results', '2000-01-01 00:00:00', '-', '2000-01-01 00:00:00');
INSERT INTO timer_lease (name, tick_at, node, claimed_at) VALUES ('network.deemed-agreement', '2000-01-01 00:00:00', '-', '2000-01-01 00:00:00');
INSERT INTO timer_lease (name, tick_at, node, claimed_at) VALUES ('inbox.daily-digest', '2000-01-01 00:00:00', '-', '2000-01-01 00:00:00');
