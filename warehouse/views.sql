-- Analytic views: the questions users ask first. Run by pipeline/stages/publish.py after the
-- tables are loaded. Every total comes from `events`, which counts each incident once however
-- many articles report it; `article_summary` is per article and would double count.
-- Each view's example query and its output on the sample inbox are in the README ("Querying").

-- Casualties per country and day. Events dated only to a week, month or year sit on the first
-- day of that period (as ACLED does with time_precision); `imprecise_events` says how many.
CREATE VIEW casualties_by_country_day AS
SELECT country_iso3, event_date, count(*) AS events, CAST(sum(killed) AS BIGINT) AS killed, CAST(sum(injured) AS BIGINT) AS injured,
       CAST(sum(civilians_killed) AS BIGINT) AS civilians_killed,
       CAST(sum(missing) AS BIGINT) AS missing, CAST(sum(kidnapped) AS BIGINT) AS kidnapped,
       CAST(sum(arrested) AS BIGINT) AS arrested, CAST(sum(displaced) AS BIGINT) AS displaced,
       count(*) FILTER (WHERE date_precision <> 'day') AS imprecise_events
FROM events
WHERE event_date IS NOT NULL
GROUP BY ALL
ORDER BY event_date, country_iso3;
COMMENT ON VIEW casualties_by_country_day IS 'Killed, injured, missing, kidnapped, arrested and displaced per country and event day, summed over distinct events (never over articles).';
COMMENT ON COLUMN casualties_by_country_day.country_iso3 IS 'ISO 3166-1 alpha-3 code of the country where the incidents happened; null when unknown.';
COMMENT ON COLUMN casualties_by_country_day.event_date IS 'Day of the incidents.';
COMMENT ON COLUMN casualties_by_country_day.events IS 'Number of distinct incidents.';
COMMENT ON COLUMN casualties_by_country_day.killed IS 'People killed, summed over the distinct incidents.';
COMMENT ON COLUMN casualties_by_country_day.injured IS 'People injured, summed over the distinct incidents.';
COMMENT ON COLUMN casualties_by_country_day.civilians_killed IS 'Civilians among the killed (events.civilians_killed), summed over the distinct incidents.';
COMMENT ON COLUMN casualties_by_country_day.missing IS 'People missing (events.missing), summed over the distinct incidents.';
COMMENT ON COLUMN casualties_by_country_day.kidnapped IS 'People kidnapped or taken hostage (events.kidnapped), summed over the distinct incidents.';
COMMENT ON COLUMN casualties_by_country_day.arrested IS 'People arrested or detained (events.arrested), summed over the distinct incidents.';
COMMENT ON COLUMN casualties_by_country_day.displaced IS 'People displaced (events.displaced, in the unit the reports give), summed over the distinct incidents.';
COMMENT ON COLUMN casualties_by_country_day.imprecise_events IS 'Incidents dated only to a week, month or year, placed on the first day of that period.';

-- The same per ISO week (Monday to Sunday), the unit most conflict dashboards plot.
CREATE VIEW casualties_by_country_week AS
SELECT country_iso3, strftime(event_date, '%G-W%V') AS iso_week,
       CAST(date_trunc('week', event_date) AS DATE) AS week_start,
       count(*) AS events, CAST(sum(killed) AS BIGINT) AS killed, CAST(sum(injured) AS BIGINT) AS injured,
       CAST(sum(civilians_killed) AS BIGINT) AS civilians_killed,
       CAST(sum(missing) AS BIGINT) AS missing, CAST(sum(kidnapped) AS BIGINT) AS kidnapped,
       CAST(sum(arrested) AS BIGINT) AS arrested, CAST(sum(displaced) AS BIGINT) AS displaced,
       count(*) FILTER (WHERE date_precision NOT IN ('day', 'week')) AS imprecise_events
FROM events
WHERE event_date IS NOT NULL
GROUP BY ALL
ORDER BY week_start, country_iso3;
COMMENT ON VIEW casualties_by_country_week IS 'Killed, injured, missing, kidnapped, arrested and displaced per country and ISO week, summed over distinct events.';
COMMENT ON COLUMN casualties_by_country_week.country_iso3 IS 'ISO 3166-1 alpha-3 code of the country; null when unknown.';
COMMENT ON COLUMN casualties_by_country_week.iso_week IS 'ISO 8601 week, e.g. 2025-W45.';
COMMENT ON COLUMN casualties_by_country_week.week_start IS 'The Monday that starts the week.';
COMMENT ON COLUMN casualties_by_country_week.events IS 'Number of distinct incidents.';
COMMENT ON COLUMN casualties_by_country_week.killed IS 'People killed, summed over the distinct incidents.';
COMMENT ON COLUMN casualties_by_country_week.injured IS 'People injured, summed over the distinct incidents.';
COMMENT ON COLUMN casualties_by_country_week.civilians_killed IS 'Civilians among the killed (events.civilians_killed), summed over the distinct incidents.';
COMMENT ON COLUMN casualties_by_country_week.missing IS 'People missing (events.missing), summed over the distinct incidents.';
COMMENT ON COLUMN casualties_by_country_week.kidnapped IS 'People kidnapped or taken hostage (events.kidnapped), summed over the distinct incidents.';
COMMENT ON COLUMN casualties_by_country_week.arrested IS 'People arrested or detained (events.arrested), summed over the distinct incidents.';
COMMENT ON COLUMN casualties_by_country_week.displaced IS 'People displaced (events.displaced, in the unit the reports give), summed over the distinct incidents.';
COMMENT ON COLUMN casualties_by_country_week.imprecise_events IS 'Incidents dated only to a month or year, placed in the week of the first day of that period.';

-- The deadliest incidents, each with the sentence its toll came from and where it was read.
-- The evidence is the event's own when extraction recorded one; otherwise the canonical
-- article's sentence that states the event's figure (or its largest reported figure).
CREATE VIEW deadliest_incidents AS
WITH figure_sentences AS (
    SELECT e.event_id, m.sentence,
           row_number() OVER (PARTITION BY e.event_id
                              ORDER BY (m.count_best = CASE m.category WHEN 'killed' THEN e.killed ELSE e.injured END) DESC,
                                       m.category = 'killed' DESC, m.count_best DESC, m.char_start) AS pick
    FROM events e
    JOIN casualty_mentions m ON m.article_id = e.canonical_article_id
    WHERE m.status = 'reported' AND m.category IN ('killed', 'injured')
),
report_sources AS (
    SELECT r.event_id, string_agg(DISTINCT coalesce(a.source, a.source_file), '; ' ORDER BY coalesce(a.source, a.source_file)) AS sources
    FROM event_reports r JOIN articles a USING (article_id)
    GROUP BY r.event_id
)
SELECT row_number() OVER (ORDER BY e.killed DESC, e.injured DESC, e.event_date DESC NULLS LAST, e.event_id) AS rank,
       e.event_id, e.event_date, e.country_iso3, e.admin1, e.location, e.event_type, e.sub_event_type,
       e.actor1, e.actor2, e.killed, e.injured, e.n_reports,
       coalesce(e.evidence, f.sentence) AS evidence,
       coalesce(a.source, a.source_file) AS source, a.title, a.url, a.published_at,
       s.sources AS all_sources
FROM events e
JOIN articles a ON a.article_id = e.canonical_article_id
LEFT JOIN figure_sentences f ON f.event_id = e.event_id AND f.pick = 1
LEFT JOIN report_sources s ON s.event_id = e.event_id
WHERE e.killed > 0 OR e.injured > 0
ORDER BY rank;
COMMENT ON VIEW deadliest_incidents IS 'Incidents with casualties, deadliest first, with the evidence sentence and the article it came from.';
COMMENT ON COLUMN deadliest_incidents.rank IS '1 for the deadliest incident (most killed, then most injured).';
COMMENT ON COLUMN deadliest_incidents.event_id IS 'The incident (events.event_id).';
COMMENT ON COLUMN deadliest_incidents.event_date IS 'Date of the incident.';
COMMENT ON COLUMN deadliest_incidents.country_iso3 IS 'ISO 3166-1 alpha-3 code of the country.';
COMMENT ON COLUMN deadliest_incidents.admin1 IS 'First-level administrative division (province, state), when known.';
COMMENT ON COLUMN deadliest_incidents.location IS 'Named place of the incident, when known.';
COMMENT ON COLUMN deadliest_incidents.event_type IS 'ACLED event type.';
COMMENT ON COLUMN deadliest_incidents.sub_event_type IS 'ACLED sub-event type.';
COMMENT ON COLUMN deadliest_incidents.actor1 IS 'First main actor, ACLED naming.';
COMMENT ON COLUMN deadliest_incidents.actor2 IS 'Second main actor, ACLED naming.';
COMMENT ON COLUMN deadliest_incidents.killed IS 'People killed in the incident (events.killed).';
COMMENT ON COLUMN deadliest_incidents.injured IS 'People injured in the incident (events.injured).';
COMMENT ON COLUMN deadliest_incidents.n_reports IS 'How many articles report the incident.';
COMMENT ON COLUMN deadliest_incidents.evidence IS 'The sentence the toll came from.';
COMMENT ON COLUMN deadliest_incidents.source IS 'Outlet of the canonical article (its inbox file when the record names no source).';
COMMENT ON COLUMN deadliest_incidents.title IS 'Headline of the canonical article.';
COMMENT ON COLUMN deadliest_incidents.url IS 'Address of the canonical article, when given.';
COMMENT ON COLUMN deadliest_incidents.published_at IS 'Publication time of the canonical article.';
COMMENT ON COLUMN deadliest_incidents.all_sources IS 'Every outlet that reported the incident, separated by "; ".';

-- Who fights whom: actor pairs regardless of which one was coded first (ACLED's actor1 and
-- actor2 imply no direction); a single-actor event has actor_b null.
CREATE VIEW actor_pair_interactions AS
SELECT CASE WHEN actor2 IS NULL OR actor1 <= actor2 THEN actor1 ELSE actor2 END AS actor_a,
       CASE WHEN actor2 IS NULL OR actor1 <= actor2 THEN actor2 ELSE actor1 END AS actor_b,
       count(*) AS events, CAST(sum(killed) AS BIGINT) AS killed, CAST(sum(injured) AS BIGINT) AS injured,
       min(event_date) AS first_date, max(event_date) AS last_date,
       string_agg(DISTINCT event_type, '; ' ORDER BY event_type) AS event_types,
       string_agg(DISTINCT country_iso3, '; ' ORDER BY country_iso3) AS countries
FROM events
WHERE actor1 IS NOT NULL
GROUP BY ALL
ORDER BY events DESC, killed DESC, actor_a, actor_b NULLS FIRST;
COMMENT ON VIEW actor_pair_interactions IS 'Distinct incidents and their casualties per pair of main actors, in either order.';
COMMENT ON COLUMN actor_pair_interactions.actor_a IS 'The alphabetically first actor of the pair.';
COMMENT ON COLUMN actor_pair_interactions.actor_b IS 'The other actor; null for incidents with one actor.';
COMMENT ON COLUMN actor_pair_interactions.events IS 'Number of distinct incidents between the pair.';
COMMENT ON COLUMN actor_pair_interactions.killed IS 'People killed in those incidents.';
COMMENT ON COLUMN actor_pair_interactions.injured IS 'People injured in those incidents.';
COMMENT ON COLUMN actor_pair_interactions.first_date IS 'Date of the earliest incident.';
COMMENT ON COLUMN actor_pair_interactions.last_date IS 'Date of the latest incident.';
COMMENT ON COLUMN actor_pair_interactions.event_types IS 'ACLED event types of the incidents, separated by "; ".';
COMMENT ON COLUMN actor_pair_interactions.countries IS 'ISO3 codes of the countries, separated by "; ".';

-- Casualty claims: for every incident and category, the figure each claimant asserts next to
-- the largest figure from anyone else, and the figure the incident was coded with. A figure
-- no actor claims is "(not attributed)": the reporter's or an unnamed official's.
CREATE VIEW claims_vs_other_sources AS
WITH figures AS (
    SELECT s.event_id, m.article_id, m.category, m.count_best, m.sentence, m.claimed_by IS NOT NULL AS is_claim,
           coalesce(m.claimed_by, '(not attributed)') AS claimant
    FROM casualty_mentions m
    JOIN article_summary s USING (article_id)
    WHERE s.event_id IS NOT NULL AND m.status = 'reported' AND m.category IN ('killed', 'injured')
),
per_claimant AS (
    SELECT event_id, category, claimant, bool_or(is_claim) AS is_claim, max(count_best) AS figure,
           count(DISTINCT article_id) AS articles, arg_max(sentence, count_best) AS evidence
    FROM figures
    GROUP BY event_id, category, claimant
)
SELECT p.event_id, e.event_date, e.country_iso3, p.category, p.claimant,
       CASE WHEN NOT p.is_claim THEN 'unattributed'
            WHEN p.claimant = e.actor1 THEN 'actor1'
            WHEN p.claimant = e.actor2 THEN 'actor2'
            ELSE 'third party' END AS side,
       p.figure,
       (SELECT max(o.figure) FROM per_claimant o
        WHERE o.event_id = p.event_id AND o.category = p.category AND o.claimant <> p.claimant) AS other_sources_figure,
       CASE p.category WHEN 'killed' THEN e.killed ELSE e.injured END AS coded_figure,
       p.articles, p.evidence
FROM per_claimant p
JOIN events e USING (event_id)
ORDER BY e.event_date, p.event_id, p.category, p.is_claim DESC, p.claimant;
COMMENT ON VIEW claims_vs_other_sources IS 'Per incident and category: the figure each side claims, the largest figure from other sources, and the coded figure.';
COMMENT ON COLUMN claims_vs_other_sources.event_id IS 'The incident (events.event_id).';
COMMENT ON COLUMN claims_vs_other_sources.event_date IS 'Date of the incident.';
COMMENT ON COLUMN claims_vs_other_sources.country_iso3 IS 'ISO 3166-1 alpha-3 code of the country.';
COMMENT ON COLUMN claims_vs_other_sources.category IS 'killed or injured.';
COMMENT ON COLUMN claims_vs_other_sources.claimant IS 'Who asserts the figure (casualty_mentions.claimed_by), or "(not attributed)".';
COMMENT ON COLUMN claims_vs_other_sources.side IS 'actor1 or actor2 when the claimant is one of the incident''s main actors, third party, or unattributed.';
COMMENT ON COLUMN claims_vs_other_sources.figure IS 'The largest figure this claimant gives (best estimate).';
COMMENT ON COLUMN claims_vs_other_sources.other_sources_figure IS 'The largest figure any other claimant or unattributed report gives; null when nobody else gives one.';
COMMENT ON COLUMN claims_vs_other_sources.coded_figure IS 'The incident''s coded figure (events.killed or events.injured).';
COMMENT ON COLUMN claims_vs_other_sources.articles IS 'How many articles carry this claimant''s figure.';
COMMENT ON COLUMN claims_vs_other_sources.evidence IS 'The sentence with this claimant''s largest figure.';

-- Articles per source (outlet): how much each contributes, how much of it is copies, and how
-- many distinct incidents it reports.
CREATE VIEW articles_per_source AS
WITH per_article AS (
    SELECT coalesce(a.source, '(not given)') AS source, a.article_id, a.duplicate_of, a.language,
           a.published_at, s.event_id
    FROM articles a LEFT JOIN article_summary s USING (article_id)
),
source_events AS (
    SELECT DISTINCT p.source, e.event_id, e.killed, e.injured
    FROM per_article p JOIN events e USING (event_id)
)
SELECT p.source, count(*) AS articles,
       count(*) FILTER (WHERE p.duplicate_of IS NOT NULL) AS duplicates,
       count(*) FILTER (WHERE p.language <> 'en') AS non_english,
       count(*) FILTER (WHERE p.event_id IS NOT NULL) AS reporting_an_event,
       (SELECT count(*) FROM source_events x WHERE x.source = p.source) AS events,
       (SELECT CAST(coalesce(sum(x.killed), 0) AS BIGINT) FROM source_events x WHERE x.source = p.source) AS killed_in_events,
       min(p.published_at) AS first_published, max(p.published_at) AS last_published
FROM per_article p
GROUP BY p.source
ORDER BY articles DESC, p.source;
COMMENT ON VIEW articles_per_source IS 'Per outlet: articles, copies, non-English articles, and the distinct incidents it reports.';
COMMENT ON COLUMN articles_per_source.source IS 'The record''s source field; "(not given)" for records and pages that name none.';
COMMENT ON COLUMN articles_per_source.articles IS 'Articles loaded from this source.';
COMMENT ON COLUMN articles_per_source.duplicates IS 'Of those, copies of another article (duplicate_of set).';
COMMENT ON COLUMN articles_per_source.non_english IS 'Of those, articles not in English (kept, not extracted).';
COMMENT ON COLUMN articles_per_source.reporting_an_event IS 'Of those, articles that report an incident.';
COMMENT ON COLUMN articles_per_source.events IS 'Distinct incidents this source reports.';
COMMENT ON COLUMN articles_per_source.killed_in_events IS 'People killed in those incidents (each incident once; other sources may report the same ones).';
COMMENT ON COLUMN articles_per_source.first_published IS 'Earliest publication time among its articles.';
COMMENT ON COLUMN articles_per_source.last_published IS 'Latest publication time among its articles.';

-- The associated actors of each incident, as ACLED lists them beside actor1 and actor2: the social
-- groups (actor_mentions of type group) of its canonical report, a crowd's people beside the
-- protesters or rioters, the victims (role target) beside the civilians, in the order the text names them.
CREATE VIEW event_associated_actors AS
WITH groups AS (
    SELECT e.event_id, e.actor1, e.actor2, m.actor_name, coalesce(m.role = 'target', false) AS harmed,
           min(m.char_start) AS first_start
    FROM events e JOIN actor_mentions m ON m.article_id = e.canonical_article_id
    WHERE m.actor_type = 'group'
    GROUP BY ALL
), sided AS (
    SELECT event_id, actor_name, first_start,
           CASE WHEN harmed AND actor1 LIKE 'Civilians (%' THEN 1
                WHEN NOT harmed AND (actor1 LIKE 'Protesters (%' OR actor1 LIKE 'Rioters (%') THEN 1
                WHEN harmed AND actor2 LIKE 'Civilians (%' THEN 2
                WHEN NOT harmed AND (actor2 LIKE 'Protesters (%' OR actor2 LIKE 'Rioters (%') THEN 2 END AS side
    FROM groups
)
SELECT event_id,
       string_agg(actor_name, '; ' ORDER BY first_start) FILTER (WHERE side = 1) AS assoc_actor_1,
       string_agg(actor_name, '; ' ORDER BY first_start) FILTER (WHERE side = 2) AS assoc_actor_2
FROM sided
WHERE side IS NOT NULL
GROUP BY event_id
ORDER BY event_id;
COMMENT ON VIEW event_associated_actors IS 'Per incident: the social groups ACLED would list as associated actors (Journalists (X), Labour Group (X), Women (X), ...), beside the crowd or the civilians.';
COMMENT ON COLUMN event_associated_actors.event_id IS 'The incident (events.event_id).';
COMMENT ON COLUMN event_associated_actors.assoc_actor_1 IS 'Groups beside actor1 (its protesters or rioters, or its civilians when harmed), separated by "; "; null when none.';
COMMENT ON COLUMN event_associated_actors.assoc_actor_2 IS 'Groups beside actor2, likewise.';

-- The data dictionary: every table and view column with its type and meaning, because
-- DuckDB's DESCRIBE shows no comments (`python -m pipeline describe TABLE` prints the same).
CREATE VIEW data_dictionary AS
SELECT c.table_name, CASE WHEN v.view_name IS NULL THEN 'table' ELSE 'view' END AS kind,
       c.column_index, c.column_name, c.data_type, c.comment
FROM duckdb_columns() c
LEFT JOIN duckdb_views() v
       ON v.database_name = c.database_name AND v.schema_name = c.schema_name AND v.view_name = c.table_name
WHERE c.database_name = current_database() AND c.schema_name = 'main'
ORDER BY kind, c.table_name, c.column_index;
COMMENT ON VIEW data_dictionary IS 'Every column of every warehouse table and view, with its type and meaning.';
COMMENT ON COLUMN data_dictionary.table_name IS 'Table or view name.';
COMMENT ON COLUMN data_dictionary.kind IS 'table or view.';
COMMENT ON COLUMN data_dictionary.column_index IS 'Position of the column in the table, from 1.';
COMMENT ON COLUMN data_dictionary.column_name IS 'Column name.';
COMMENT ON COLUMN data_dictionary.data_type IS 'DuckDB type.';
COMMENT ON COLUMN data_dictionary.comment IS 'What the column holds.';
