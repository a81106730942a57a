-- Issue 23 item 5b: the supervisor's comparison reads counted ratings from a tally instead of counting the month's
-- millions of ratings (docs/architecture.md "The rating tally"). rating_tally holds, for every rating with
-- id <= rating_tally_mark.last_rating_id, one count per month, excluded flag, window, level and hall (the rating's
-- own columns, same types as in V20/V182). The intake does not touch it: a timer (evaluation.RatingTallyTimer) adds
-- the ratings above the mark every few minutes and moves the mark; an upheld appeal moves one count between
-- excluded = false and true (RatingTally.setExcluded). A reader adds the live ratings above the mark, so its figures
-- are always the raw count. hall_id is in the key too: rows are the rating's hall at intake, and a window that ever
-- changed hall must give two rows, not a key violation that stops the timer.
CREATE TABLE rating_tally (
    period_ym     INT          NOT NULL,
    excluded      BOOLEAN      NOT NULL,
    window_id     BIGINT       NOT NULL,
    rating_level  VARCHAR(24)  NOT NULL,
    hall_id       BIGINT       NOT NULL,
    cnt           BIGINT       NOT NULL,
    CONSTRAINT pk_rating_tally PRIMARY KEY (period_ym, excluded, window_id, rating_level, hall_id)
);

-- One row (id = 1). last_rating_id: every rating up to it is in rating_tally. seen_rating_id/seen_at: the highest
-- rating id the timer saw committed, and when; the timer tallies up to it only once seen_at is older than its margin,
-- so a rating whose id was taken earlier but whose transaction committed later (ids are handed out at insert, not at
-- commit) is in by then. (rating.rated_at cannot serve: a pad sends its own, possibly old, time.)
CREATE TABLE rating_tally_mark (
    id              INT          NOT NULL,
    last_rating_id  BIGINT       NOT NULL,
    seen_rating_id  BIGINT       NOT NULL,
    seen_at         DATETIME(6)  NOT NULL,
    CONSTRAINT pk_rating_tally_mark PRIMARY KEY (id)
);

-- The mark first, then the tally of exactly the ratings up to it (the app migrates before it takes ratings).
INSERT INTO rating_tally_mark (id, last_rating_id, seen_rating_id, seen_at)
SELECT 1, COALESCE(MAX(id), 0), COALESCE(MAX(id), 0), '2000-01-01 00:00:00' FROM rating;

-- Grouped in the order of V182's ix_rating_hall_month (hall_id, period_ym, excluded, window_id, rating_level), which
-- holds every column read (and the id): one pass over that index, no sort. "id + 0": with a plain "id <=" MariaDB
-- reads the table by its primary key instead and sorts 10 M rows in a temporary table (75–86 s against 6–7 s for
-- 10,000,000 ratings, docs/benchmarks.md "Province scale").
INSERT INTO rating_tally (period_ym, excluded, window_id, rating_level, hall_id, cnt)
SELECT period_ym, excluded, window_id, rating_level, hall_id, COUNT(*) FROM rating
WHERE id + 0 <= (SELECT last_rating_id FROM rating_tally_mark WHERE id = 1)
GROUP BY hall_id, period_ym, excluded, window_id, rating_level;

INSERT INTO timer_lease (name, tick_at, node, claimed_at) VALUES ('evaluation.rating-tally', '2000-01-01 00:00:00', '-', '2000-01-01 00:00:00');
