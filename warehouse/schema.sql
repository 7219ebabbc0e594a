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
COMMENT ON COLUMN articles.flags IS 'Problems that did not stop loading: published_at_invalid, published_at_not_iso (a feed''s or a spreadsheet''s date, read), published_in_future, no_publication_date, published_from_dateline (no date given: the day of the wire dateline), non_english.';
COMMENT ON COLUMN articles.duplicate_of IS 'article_id of the canonical article when this one is an exact or near duplicate.';
COMMENT ON COLUMN articles.duplicate_similarity IS 'Similarity to the canonical article (1.0 for exact duplicates).';
COMMENT ON COLUMN articles.format IS 'Inbox format the record came in: jsonl, json, csv, parquet, txt or html.';
COMMENT ON COLUMN articles.url IS 'Address of the article, when the record gives one.';
COMMENT ON COLUMN articles.source IS 'Outlet or feed named by the record (its source field); null for pages that name none.';
COMMENT ON COLUMN articles.title IS 'Headline, from the record or read from the page; null when unknown.';
COMMENT ON COLUMN articles.byline IS 'Author line as printed on the page, when present.';
COMMENT ON COLUMN articles.content_hash IS 'Hash of the normalised body; equal hashes are exact duplicates.';
COMMENT ON COLUMN articles.word_count IS 'Words in the body.';

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
COMMENT ON COLUMN date_mentions.value IS 'TIMEX3-style value: 2025-10-09, 2025-10, 2025, 2025-W43, 2025-Q3, or a day with a clock time 2025-10-28T09:00 (precision day: the first ten characters are the date); null when it cannot be resolved.';
COMMENT ON COLUMN date_mentions.precision IS 'day, week, month, quarter, season, year, decade.';
COMMENT ON COLUMN date_mentions.relative IS 'True when the value was resolved against the publication date.';
COMMENT ON COLUMN date_mentions.article_id IS 'The article whose body holds the span (articles.article_id).';
COMMENT ON COLUMN date_mentions.char_start IS 'Start offset of the span in articles.body (0-based).';
COMMENT ON COLUMN date_mentions.char_end IS 'End offset of the span in articles.body (exclusive): text = body[char_start:char_end].';
COMMENT ON COLUMN date_mentions.text IS 'The date expression as written, e.g. last Tuesday.';
COMMENT ON COLUMN date_mentions.sentence_index IS 'Index of the sentence of the body the span is in (0-based).';

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
COMMENT ON TABLE actor_mentions IS 'Every mention of an actor: state, armed group, force, official, organisation, civilians. The article_summary actors each have one at the words they were read from, when the text gives any (protesters at the people who protested, civilians at the victims).';
COMMENT ON COLUMN actor_mentions.actor_name IS 'Canonical name in ACLED style, e.g. Military Forces of Pakistan.';
COMMENT ON COLUMN actor_mentions.role IS 'perpetrator, target, mediator, claimant or source, when the sentence says.';
COMMENT ON COLUMN actor_mentions.article_id IS 'The article whose body holds the span (articles.article_id).';
COMMENT ON COLUMN actor_mentions.char_start IS 'Start offset of the span in articles.body (0-based).';
COMMENT ON COLUMN actor_mentions.char_end IS 'End offset of the span in articles.body (exclusive): text = body[char_start:char_end].';
COMMENT ON COLUMN actor_mentions.text IS 'The actor as written, e.g. Pakistani troops.';
COMMENT ON COLUMN actor_mentions.actor_type IS 'state_forces, rebel_group, political_militia, identity_militia, protesters, civilians, government, international_org, media, person, ...; group for a social group of the crowd or the victims, by ACLED''s names (Labour Group (X), Journalists (X), Women (X), ...)';
COMMENT ON COLUMN actor_mentions.country_iso3 IS 'ISO 3166-1 alpha-3 code of the actor''s country, when it has one.';
COMMENT ON COLUMN actor_mentions.sentence_index IS 'Index of the sentence of the body the span is in (0-based).';

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
    sentence VARCHAR NOT NULL,
    qualifier VARCHAR NOT NULL,
    victim VARCHAR,
    link VARCHAR NOT NULL,
    reason VARCHAR,
    perpetrator VARCHAR
);
COMMENT ON TABLE casualty_mentions IS 'Every reported count of people harmed, with the sentence it came from.';
COMMENT ON COLUMN casualty_mentions.category IS 'killed, injured, missing, kidnapped, arrested, displaced.';
COMMENT ON COLUMN casualty_mentions.count_best IS 'Best estimate under ACLED rules (dozens -> 12, hundreds -> 100).';
COMMENT ON COLUMN casualty_mentions.count_high IS 'Upper bound; null when open-ended (more than 70).';
COMMENT ON COLUMN casualty_mentions.status IS 'reported (the incident''s own figure) or why not: cumulative, background, threat, hypothetical, negated, denied.';
COMMENT ON COLUMN casualty_mentions.claimed_by IS 'Who asserts the figure, when the sentence attributes it (a claim).';
COMMENT ON COLUMN casualty_mentions.sentence IS 'The sentence the figure came from (evidence).';
COMMENT ON COLUMN casualty_mentions.article_id IS 'The article whose body holds the span (articles.article_id).';
COMMENT ON COLUMN casualty_mentions.char_start IS 'Start offset of the span in articles.body (0-based).';
COMMENT ON COLUMN casualty_mentions.char_end IS 'End offset of the span in articles.body (exclusive): text = body[char_start:char_end].';
COMMENT ON COLUMN casualty_mentions.text IS 'The figure as written, e.g. at least 11.';
COMMENT ON COLUMN casualty_mentions.count_low IS 'Lower bound of the figure (more than 70 -> 71).';
COMMENT ON COLUMN casualty_mentions.qualifier IS 'How the text qualifies the figure: exact, at_least, more_than, about, at_most, less_than, range, vague (dozens), implicit (a soldier was killed -> 1).';
COMMENT ON COLUMN casualty_mentions.perpetrator IS 'Who did the harm (canonical actor name, as in actor_mentions.actor_name), when the figure''s own sentence names them: killed in police firing -> Police Forces of India; null otherwise.';
COMMENT ON COLUMN casualty_mentions.victim IS 'The words naming who was harmed (civilians, a police officer), when the text gives them.';
COMMENT ON COLUMN casualty_mentions.link IS 'How the figure relates to the article''s other figures of its category: new, part (including 3 children), more (two more), update (the toll rose to 12), total (a restated total), same (repeats one of its sentence), alternative (another source''s figure).';
COMMENT ON COLUMN casualty_mentions.reason IS 'The words that decided status or link (since 2021, rose to, denied), when any.';
COMMENT ON COLUMN casualty_mentions.sentence_index IS 'Index of the sentence of the body the span is in (0-based).';

CREATE TABLE article_summary (
    article_id VARCHAR PRIMARY KEY,
    source_id VARCHAR NOT NULL,
    published_at TIMESTAMP,
    event_date DATE,
    date_precision VARCHAR,
    killed INTEGER NOT NULL,
    injured INTEGER NOT NULL,
    killed_high INTEGER NOT NULL,
    injured_high INTEGER NOT NULL,
    civilians_killed INTEGER NOT NULL,
    missing INTEGER NOT NULL,
    kidnapped INTEGER NOT NULL,
    arrested INTEGER NOT NULL,
    displaced INTEGER NOT NULL,
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
COMMENT ON COLUMN article_summary.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN article_summary.source_id IS 'The record''s id, or the file path for .txt/.html pages (articles.source_id).';
COMMENT ON COLUMN article_summary.published_at IS 'Publication time of the article (articles.published_at).';
COMMENT ON COLUMN article_summary.event_date IS 'Date of the incident the article reports; null when unknown.';
COMMENT ON COLUMN article_summary.date_precision IS 'Precision of event_date: day, week, month, year.';
COMMENT ON COLUMN article_summary.injured IS 'People injured in the reported incident, best estimate; 0 when none, never null.';
COMMENT ON COLUMN article_summary.killed_high IS 'The highest killed figure a credible report in the article gives for the same victims (another source''s, a later report); killed keeps ACLED''s most conservative one.';
COMMENT ON COLUMN article_summary.injured_high IS 'Likewise for injured: the highest credible reported figure, never below injured.';
COMMENT ON COLUMN article_summary.civilians_killed IS 'The civilians (non-combatants) among killed, as humanitarian data sets such as WAD count them: killed minus the figures named as soldiers, police, militants or attackers; never above killed.';
COMMENT ON COLUMN article_summary.missing IS 'People missing after the reported incident, by the rules of killed (conservative figure; background and cumulative figures excluded); 0 when none.';
COMMENT ON COLUMN article_summary.kidnapped IS 'People kidnapped, abducted or taken hostage in the reported incident, by the rules of killed; 0 when none.';
COMMENT ON COLUMN article_summary.arrested IS 'People arrested or detained in the reported incident, by the rules of killed; 0 when none.';
COMMENT ON COLUMN article_summary.displaced IS 'People displaced by the reported incident (displaced, fled, evacuated; counted in the unit the text gives, e.g. families), by the rules of killed; 0 when none.';
COMMENT ON COLUMN article_summary.actor1 IS 'First main actor of the incident, ACLED naming, e.g. Military Forces of Pakistan.';
COMMENT ON COLUMN article_summary.actor2 IS 'Second main actor (often the target), ACLED naming; null when there is one actor.';
COMMENT ON COLUMN article_summary.event_type IS 'ACLED event type: Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments.';
COMMENT ON COLUMN article_summary.sub_event_type IS 'ACLED sub-event type, e.g. Air/drone strike, Armed clash, Attack.';
COMMENT ON COLUMN article_summary.country_iso3 IS 'ISO 3166-1 alpha-3 code of the country where the incident happened.';
COMMENT ON COLUMN article_summary.admin1 IS 'First-level administrative division (province, state) of the incident, when known.';
COMMENT ON COLUMN article_summary.location IS 'Named place of the incident (town, district, landmark), when known.';
COMMENT ON COLUMN article_summary.evidence IS 'The sentence the article''s headline figure came from.';
COMMENT ON COLUMN article_summary.duplicate_of IS 'article_id of the canonical article when this one is a copy (articles.duplicate_of).';

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
    inter1 INTEGER,
    inter2 INTEGER,
    interaction INTEGER,
    killed INTEGER NOT NULL,
    injured INTEGER NOT NULL,
    killed_low INTEGER NOT NULL,
    killed_best INTEGER NOT NULL,
    killed_high INTEGER NOT NULL,
    injured_low INTEGER NOT NULL,
    injured_best INTEGER NOT NULL,
    injured_high INTEGER NOT NULL,
    civilians_killed INTEGER NOT NULL,
    missing INTEGER NOT NULL,
    kidnapped INTEGER NOT NULL,
    arrested INTEGER NOT NULL,
    displaced INTEGER NOT NULL,
    n_reports INTEGER NOT NULL,
    n_distinct_reports INTEGER NOT NULL,
    first_reported_at TIMESTAMP,
    last_reported_at TIMESTAMP,
    canonical_article_id VARCHAR NOT NULL,
    killed_source_article_id VARCHAR,
    evidence VARCHAR
);
COMMENT ON TABLE events IS 'One row per distinct incident however many articles report it; summing killed never double counts.';
COMMENT ON COLUMN events.event_id IS 'Stable id (ev_ + 16 hex), derived from the canonical article of the incident.';
COMMENT ON COLUMN events.event_date IS 'The date most reports give (ties: the earliest report''s).';
COMMENT ON COLUMN events.date_precision IS 'Precision of event_date: day, week, month, year (ACLED time_precision 1, 2, 3).';
COMMENT ON COLUMN events.event_type IS 'ACLED event type: Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments.';
COMMENT ON COLUMN events.sub_event_type IS 'ACLED sub-event type, e.g. Air/drone strike, Armed clash, Attack.';
COMMENT ON COLUMN events.country_iso3 IS 'ISO 3166-1 alpha-3 code of the country where the incident happened.';
COMMENT ON COLUMN events.admin1 IS 'First-level administrative division (province, state), when known.';
COMMENT ON COLUMN events.location IS 'Named place of the incident (town, district, landmark), when known.';
COMMENT ON COLUMN events.actor1 IS 'First main actor, ACLED naming, e.g. Military Forces of Pakistan.';
COMMENT ON COLUMN events.actor2 IS 'Second main actor (often the target), ACLED naming; null when there is one actor.';
COMMENT ON COLUMN events.inter1 IS 'ACLED actor-type code of actor1: 1 state forces, 2 rebels, 3 political militia, 4 identity militia, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.';
COMMENT ON COLUMN events.inter2 IS 'ACLED actor-type code of actor2 (same codes as inter1).';
COMMENT ON COLUMN events.interaction IS 'ACLED interaction code: the two actor codes, lower first (17 = state forces vs civilians); a lone actor is its code times 10.';
COMMENT ON COLUMN events.killed IS 'Headline fatalities, ACLED''s conservative rule: the lowest figure of the latest update (reports of the latest publication day).';
COMMENT ON COLUMN events.injured IS 'Headline injured, by the same rule as killed.';
COMMENT ON COLUMN events.civilians_killed IS 'The non-combatants among killed, from the report that gave killed (its article_summary.civilians_killed, at most killed).';
COMMENT ON COLUMN events.missing IS 'Headline missing, by the rule of killed (the lowest figure of the latest update).';
COMMENT ON COLUMN events.kidnapped IS 'Headline kidnapped (abducted, taken hostage), by the rule of killed.';
COMMENT ON COLUMN events.arrested IS 'Headline arrested (detained), by the rule of killed.';
COMMENT ON COLUMN events.displaced IS 'Headline displaced (fled, evacuated), by the rule of killed.';
COMMENT ON COLUMN events.killed_low IS 'UCDP low: the lowest fatality figure any report gives.';
COMMENT ON COLUMN events.killed_best IS 'UCDP best: the median figure of the latest update (lower median for an even count).';
COMMENT ON COLUMN events.killed_high IS 'UCDP high: the highest fatality figure any report gives.';
COMMENT ON COLUMN events.injured_low IS 'Lowest injured figure any report gives.';
COMMENT ON COLUMN events.injured_best IS 'Median injured figure of the latest update.';
COMMENT ON COLUMN events.injured_high IS 'Highest injured figure any report gives.';
COMMENT ON COLUMN events.n_reports IS 'How many articles report the incident, copies included.';
COMMENT ON COLUMN events.n_distinct_reports IS 'How many of them are not copies (exact or near duplicates) of another.';
COMMENT ON COLUMN events.first_reported_at IS 'Publication time of the earliest report.';
COMMENT ON COLUMN events.last_reported_at IS 'Publication time of the latest report.';
COMMENT ON COLUMN events.canonical_article_id IS 'The earliest report; event_id derives from it.';
COMMENT ON COLUMN events.killed_source_article_id IS 'The article whose figure is the headline killed (provenance).';
COMMENT ON COLUMN events.evidence IS 'The sentence the headline figure came from.';

CREATE TABLE event_reports (
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    link VARCHAR NOT NULL,
    linked_to VARCHAR,
    similarity DOUBLE,
    match_score DOUBLE,
    reason VARCHAR NOT NULL,
    published_at TIMESTAMP,
    killed INTEGER NOT NULL,
    injured INTEGER NOT NULL,
    killed_role VARCHAR NOT NULL,
    injured_role VARCHAR NOT NULL
);
COMMENT ON TABLE event_reports IS 'Which article reports which event, why it was attached to it, and what its figures became.';
COMMENT ON COLUMN event_reports.event_id IS 'The incident (events.event_id).';
COMMENT ON COLUMN event_reports.article_id IS 'An article reporting it (articles.article_id).';
COMMENT ON COLUMN event_reports.published_at IS 'Publication time of the article (articles.published_at).';
COMMENT ON COLUMN event_reports.link IS 'canonical (earliest report), exact_duplicate or near_duplicate (a copy of linked_to), same_incident (an independent report merged with linked_to).';
COMMENT ON COLUMN event_reports.linked_to IS 'The article this one was matched against: its canonical article for a copy, the best-matching report for a merge.';
COMMENT ON COLUMN event_reports.similarity IS 'For copies: MinHash estimate of the Jaccard similarity of the two bodies (word 3-shingles); 1.0 for exact copies.';
COMMENT ON COLUMN event_reports.match_score IS 'For merged reports: the evidence score of the match (place, date, type, actors).';
COMMENT ON COLUMN event_reports.reason IS 'Why the article was attached to the event, in words.';
COMMENT ON COLUMN event_reports.killed IS 'This article''s own fatality figure (as in article_summary).';
COMMENT ON COLUMN event_reports.injured IS 'This article''s own injured figure.';
COMMENT ON COLUMN event_reports.killed_role IS 'What its killed figure became: headline, latest update, superseded (an earlier figure of a rising toll), part (a later story of one part of the toll, five or more times smaller than an earlier figure), copy (repeats its canonical article), no figure.';
COMMENT ON COLUMN event_reports.injured_role IS 'Likewise for injured.';

-- Totals over canonical events only: each incident counted once, however many articles report it.
CREATE VIEW event_totals AS
SELECT country_iso3, date_trunc('month', event_date)::DATE AS month, event_type,
       count(*) AS events, sum(n_reports)::BIGINT AS reports,
       sum(killed)::BIGINT AS killed, sum(killed_low)::BIGINT AS killed_low, sum(killed_high)::BIGINT AS killed_high,
       sum(injured)::BIGINT AS injured, sum(civilians_killed)::BIGINT AS civilians_killed,
       sum(missing)::BIGINT AS missing, sum(kidnapped)::BIGINT AS kidnapped,
       sum(arrested)::BIGINT AS arrested, sum(displaced)::BIGINT AS displaced
FROM events
GROUP BY ALL;
COMMENT ON VIEW event_totals IS 'Events, reports and casualties per country, month and event type, each incident counted once.';
COMMENT ON COLUMN event_totals.country_iso3 IS 'ISO 3166-1 alpha-3 code of the country; null when unknown.';
COMMENT ON COLUMN event_totals.month IS 'First day of the month of the incidents.';
COMMENT ON COLUMN event_totals.event_type IS 'ACLED event type.';
COMMENT ON COLUMN event_totals.events IS 'Number of distinct incidents.';
COMMENT ON COLUMN event_totals.reports IS 'Articles reporting them, copies included.';
COMMENT ON COLUMN event_totals.killed IS 'People killed, summed over the distinct incidents (events.killed).';
COMMENT ON COLUMN event_totals.killed_low IS 'Sum of the lowest fatality figures (events.killed_low).';
COMMENT ON COLUMN event_totals.killed_high IS 'Sum of the highest fatality figures (events.killed_high).';
COMMENT ON COLUMN event_totals.injured IS 'People injured, summed over the distinct incidents.';
COMMENT ON COLUMN event_totals.civilians_killed IS 'Civilians among the killed, summed over the distinct incidents (events.civilians_killed).';
COMMENT ON COLUMN event_totals.missing IS 'People missing, summed over the distinct incidents (events.missing).';
COMMENT ON COLUMN event_totals.kidnapped IS 'People kidnapped or taken hostage, summed over the distinct incidents (events.kidnapped).';
COMMENT ON COLUMN event_totals.arrested IS 'People arrested or detained, summed over the distinct incidents (events.arrested).';
COMMENT ON COLUMN event_totals.displaced IS 'People displaced, summed over the distinct incidents (events.displaced).';

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
COMMENT ON COLUMN quarantine.source_file IS 'Inbox file the rejected record or row came from, relative to the inbox.';
COMMENT ON COLUMN quarantine.record_no IS 'Line or row number in that file; null for whole files.';
COMMENT ON COLUMN quarantine.reason IS 'Why it was rejected, in words.';
COMMENT ON COLUMN quarantine.check_name IS 'The check or parser stage that rejected it, e.g. json_invalid, empty_file, actor_mentions.offsets_match_body.';
COMMENT ON COLUMN quarantine.table_name IS 'For rejected extracted rows: the table the row was meant for.';
COMMENT ON COLUMN quarantine.article_id IS 'For rejected extracted rows: the article they came from.';
COMMENT ON COLUMN quarantine.run_id IS 'The Dagster run that rejected it.';
