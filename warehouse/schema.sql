-- The warehouse tables (CONTRACT.md section 3 plus our extensions).
-- Loaded by pipeline/stages/publish.py into a fresh file that replaces the old one atomically.

CREATE TABLE articles (
    article_id VARCHAR PRIMARY KEY,
    source_id VARCHAR NOT NULL UNIQUE,
    source_file VARCHAR NOT NULL,
    record_no INTEGER,
    format VARCHAR NOT NULL,
    url VARCHAR,
    source VARCHAR,
    title VARCHAR,
    byline VARCHAR,
    published_at TIMESTAMP,
    published_offset VARCHAR,
    published_zone VARCHAR,
    body VARCHAR NOT NULL,
    language VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    word_count INTEGER NOT NULL,
    flags VARCHAR[] NOT NULL,
    duplicate_of VARCHAR,
    duplicate_similarity DOUBLE
);
COMMENT ON TABLE articles IS 'One row per distinct input article (source_id); duplicates point to their canonical article.';
COMMENT ON COLUMN articles.article_id IS 'Stable id: the same source_id gives the same id on every run.';
COMMENT ON COLUMN articles.source_id IS 'The record''s id, or the file path relative to the inbox for .txt/.html pages.';
COMMENT ON COLUMN articles.source_file IS 'Inbox file the article came from, relative to the inbox.';
COMMENT ON COLUMN articles.record_no IS 'Line or row number in that file (null for whole-file formats).';
COMMENT ON COLUMN articles.published_at IS 'Publication time, local wall-clock time of the page (see published_offset).';
COMMENT ON COLUMN articles.published_offset IS 'UTC offset of published_at, e.g. +05:30, when known.';
COMMENT ON COLUMN articles.published_zone IS 'Time-zone abbreviation as printed on the page, e.g. IST.';
COMMENT ON COLUMN articles.body IS 'Cleaned article text; every mention offset indexes into it.';
COMMENT ON COLUMN articles.language IS 'ISO 639-1 language code; non-English articles are kept but not extracted.';
COMMENT ON COLUMN articles.flags IS 'Problems that did not stop loading: published_at_invalid, published_in_future, no_publication_date, non_english.';
COMMENT ON COLUMN articles.duplicate_of IS 'article_id of the canonical article when this one is an exact or near duplicate.';
COMMENT ON COLUMN articles.duplicate_similarity IS 'Similarity to the canonical article (1.0 for exact duplicates).';

CREATE TABLE date_mentions (
    article_id VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    value VARCHAR,
    precision VARCHAR,
    relative BOOLEAN NOT NULL,
    sentence_index INTEGER NOT NULL
);
COMMENT ON TABLE date_mentions IS 'Every calendar date or period named in a body (TIMEX3 DATE), resolved against the publication date.';
COMMENT ON COLUMN date_mentions.value IS 'TIMEX3-style value: 2025-10-09, 2025-10, 2025, 2025-W43; null when it cannot be resolved.';
COMMENT ON COLUMN date_mentions.precision IS 'day, week, month, quarter, season, year, decade.';
COMMENT ON COLUMN date_mentions.relative IS 'True when the value was resolved against the publication date.';

CREATE TABLE actor_mentions (
    article_id VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    actor_name VARCHAR NOT NULL,
    actor_type VARCHAR NOT NULL,
    country_iso3 VARCHAR,
    role VARCHAR,
    sentence_index INTEGER NOT NULL
);
COMMENT ON TABLE actor_mentions IS 'Every mention of an actor: state, armed group, force, official, organisation, civilians.';
COMMENT ON COLUMN actor_mentions.actor_name IS 'Canonical name in ACLED style, e.g. Military Forces of Pakistan.';
COMMENT ON COLUMN actor_mentions.role IS 'perpetrator, target, mediator, claimant or source, when the sentence says.';

CREATE TABLE casualty_mentions (
    article_id VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    category VARCHAR NOT NULL,
    count_low INTEGER NOT NULL,
    count_best INTEGER NOT NULL,
    count_high INTEGER,
    status VARCHAR NOT NULL,
    claimed_by VARCHAR,
    sentence_index INTEGER NOT NULL,
    sentence VARCHAR NOT NULL
);
COMMENT ON TABLE casualty_mentions IS 'Every reported count of people harmed, with the sentence it came from.';
COMMENT ON COLUMN casualty_mentions.category IS 'killed, injured, missing, kidnapped, arrested, displaced.';
COMMENT ON COLUMN casualty_mentions.count_best IS 'Best estimate under ACLED rules (dozens -> 12, hundreds -> 100).';
COMMENT ON COLUMN casualty_mentions.count_high IS 'Upper bound; null when open-ended (more than 70).';
COMMENT ON COLUMN casualty_mentions.status IS 'reported (the incident''s own figure) or why not: cumulative, background, threat, hypothetical, negated, denied.';
COMMENT ON COLUMN casualty_mentions.claimed_by IS 'Who asserts the figure, when the sentence attributes it (a claim).';
COMMENT ON COLUMN casualty_mentions.sentence IS 'The sentence the figure came from (evidence).';

CREATE TABLE article_summary (
    article_id VARCHAR PRIMARY KEY,
    source_id VARCHAR NOT NULL,
    published_at TIMESTAMP,
    event_date DATE,
    date_precision VARCHAR,
    killed INTEGER NOT NULL,
    injured INTEGER NOT NULL,
    actor1 VARCHAR,
    actor2 VARCHAR,
    event_type VARCHAR,
    sub_event_type VARCHAR,
    country_iso3 VARCHAR,
    admin1 VARCHAR,
    location VARCHAR,
    evidence VARCHAR,
    event_id VARCHAR,
    duplicate_of VARCHAR
);
COMMENT ON TABLE article_summary IS 'One row per article: the incident it reports. Sum events, not this table, for totals.';
COMMENT ON COLUMN article_summary.killed IS 'People killed in the reported incident, best estimate; background and cumulative tolls excluded.';
COMMENT ON COLUMN article_summary.event_id IS 'The canonical event this article''s incident belongs to.';

CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY,
    event_date DATE,
    date_precision VARCHAR,
    event_type VARCHAR,
    sub_event_type VARCHAR,
    country_iso3 VARCHAR,
    admin1 VARCHAR,
    location VARCHAR,
    actor1 VARCHAR,
    actor2 VARCHAR,
    killed INTEGER NOT NULL,
    injured INTEGER NOT NULL,
    killed_low INTEGER NOT NULL,
    killed_high INTEGER NOT NULL,
    n_reports INTEGER NOT NULL,
    canonical_article_id VARCHAR NOT NULL,
    evidence VARCHAR
);
COMMENT ON TABLE events IS 'One row per distinct incident however many articles report it; summing killed never double counts.';
COMMENT ON COLUMN events.killed IS 'The incident''s fatalities across its reports (ACLED''s conservative rule).';
COMMENT ON COLUMN events.n_reports IS 'How many articles report the incident.';

CREATE TABLE event_reports (
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    reason VARCHAR NOT NULL
);
COMMENT ON TABLE event_reports IS 'Which article reports which event, and why it was attached to it.';

CREATE TABLE quarantine (
    source_file VARCHAR NOT NULL,
    record_no INTEGER,
    reason VARCHAR NOT NULL,
    check_name VARCHAR NOT NULL,
    stage VARCHAR NOT NULL,
    table_name VARCHAR,
    article_id VARCHAR,
    payload_sample VARCHAR,
    run_id VARCHAR
);
COMMENT ON TABLE quarantine IS 'Every input record or row that was not loaded, with the check that rejected it.';
COMMENT ON COLUMN quarantine.stage IS 'ingest (file or record unreadable), clean, validation (an extracted row failed its model).';
COMMENT ON COLUMN quarantine.payload_sample IS 'The first characters of the rejected payload.';
