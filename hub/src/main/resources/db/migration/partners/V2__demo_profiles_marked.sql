-- The demo data derives each agreement's exchange profile from its kind (the facts do not state
-- profiles). Such a profile is marked until an officer saves the agreement, so screens can say it
-- is a demo value to check against the text, not a fact.
CREATE TABLE partners.demo_profile
(
    agreement_id BIGINT PRIMARY KEY REFERENCES partners.agreement (id) ON DELETE CASCADE
);
