-- Analytic views over the warehouse tables. Every figure comes from `events`,
-- which counts each incident once however many articles report it.

CREATE VIEW casualties_by_country_day AS
SELECT country_iso3, event_date, count(*) AS events, sum(killed) AS killed, sum(injured) AS injured
FROM events
WHERE event_date IS NOT NULL
GROUP BY ALL
ORDER BY event_date, country_iso3;
