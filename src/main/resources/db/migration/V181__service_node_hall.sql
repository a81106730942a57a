-- The network had no path to its hall (a node's tree hangs off no hall record): the supervisor's comparison counts a
-- hall's cases by the hall of the node they were entrusted at. Every existing node is the first hall's (hall 1, the
-- single-hall database). When the hall boundary (issue 23 item 1) adds hall_id to every hall-owned table, this
-- script and that one must become one (keep whichever runs first, drop the other's ALTER).
ALTER TABLE service_node ADD COLUMN hall_id BIGINT DEFAULT 1 NOT NULL;
CREATE INDEX ix_service_node_hall ON service_node (hall_id);
