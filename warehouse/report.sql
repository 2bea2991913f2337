-- The queries of `saraban report` (pipeline/report.py), one per part of the page. Each starts
-- with a line `-- name: NAME`; the page shows the columns in the order selected here.

-- name: sources_by_status
SELECT status, count(*) AS sources, coalesce(sum(pages), 0) AS pages
FROM sources
GROUP BY status
ORDER BY CASE status WHEN 'ok' THEN 1 WHEN 'partial' THEN 2 ELSE 3 END;

-- name: source_problems
SELECT s.status, s.path, s.extraction, s.pages,
       coalesce(string_agg(DISTINCT e.stage || ': ' || e.error, '; '), s.error) AS error,
       s.ingested_at
FROM sources s
LEFT JOIN ingest_errors e USING (source_id)
WHERE s.status <> 'ok'
GROUP BY s.source_id, s.status, s.path, s.extraction, s.pages, s.error, s.ingested_at
ORDER BY s.status, s.path;

-- name: pages_by_method
SELECT method, count(*) AS pages, count(DISTINCT source_id) AS sources,
       round(avg(ocr_confidence), 1) AS mean_ocr_confidence
FROM pages
GROUP BY method
ORDER BY CASE method WHEN 'text' THEN 1 WHEN 'pdf_text' THEN 2 ELSE 3 END;

-- name: page_reasons
SELECT p.method, p.reason, count(*) AS pages,
       string_agg(DISTINCT s.path, ', ' ORDER BY s.path) AS sources
FROM pages p
JOIN sources s USING (source_id)
WHERE p.reason IS NOT NULL
GROUP BY ALL
ORDER BY pages DESC, p.reason;

-- name: documents_by_type
SELECT doc_type, count(*) AS documents
FROM documents
GROUP BY doc_type
ORDER BY documents DESC, doc_type;

-- name: documents_by_office
WITH per_type AS (
    SELECT coalesce(organization, '(office not named)') AS organization, doc_type, count(*) AS n
    FROM documents
    GROUP BY ALL
)
SELECT organization, sum(n) AS documents,
       string_agg(doc_type || ' ' || n, ', ' ORDER BY n DESC, doc_type) AS types
FROM per_type
GROUP BY organization
ORDER BY documents DESC, organization;

-- name: budget_summary
SELECT check_kind, count(*) AS checks,
       count(*) FILTER (WHERE mismatch) AS failing,
       count(*) FILTER (WHERE mismatch IS NULL) AS not_checkable
FROM budget_checks
GROUP BY check_kind
ORDER BY check_kind;

-- name: budget_failures
SELECT b.check_kind, b.organization, b.fiscal_year, b.label, b.sheet_no, b.project_seq,
       b.stated_thb, b.expected_thb, b.difference_thb, s.path, b.page_no
FROM budget_checks b
JOIN sources s USING (source_id)
WHERE b.mismatch
ORDER BY abs(b.difference_thb) DESC, b.organization;

-- name: review_flags
SELECT f.table_name, f.column_name, f.value, f.check_name, f.detail, d.organization,
       s.path, f.page_no
FROM review_flags f
JOIN documents d USING (doc_id)
JOIN sources s USING (source_id)
ORDER BY d.organization, s.path, f.page_no, f.table_name, f.column_name;

-- name: ita_totals
WITH totals AS (
    SELECT coalesce(i.organization, d.organization, '(office not named)') AS organization,
           i.fiscal_year, i.instrument, round(avg(i.score), 2) AS score
    FROM ita_scores i
    JOIN documents d USING (doc_id)
    WHERE i.indicator_no IS NULL AND i.instrument IS NOT NULL
    GROUP BY ALL
)
SELECT organization, fiscal_year, instrument, score
FROM totals
ORDER BY organization, fiscal_year NULLS LAST,
         CASE instrument WHEN 'IIT' THEN 1 WHEN 'EIT' THEN 2 WHEN 'OIT' THEN 3 ELSE 4 END;

-- name: ita_indicators
WITH scores AS (
    SELECT coalesce(i.organization, d.organization, '(office not named)') AS organization,
           i.fiscal_year, i.instrument, i.indicator_no, i.indicator, i.score
    FROM ita_scores i
    JOIN documents d USING (doc_id)
    WHERE i.indicator_no IS NOT NULL
)
SELECT organization, fiscal_year, instrument, indicator_no, any_value(indicator) AS indicator,
       round(avg(score), 2) AS score
FROM scores
GROUP BY organization, fiscal_year, instrument, indicator_no
ORDER BY organization, indicator_no, fiscal_year NULLS LAST;

-- name: attendance
SELECT m.meeting_date, m.title, d.organization,
       count(a.full_name) FILTER (WHERE a.status = 'present') AS present,
       count(a.full_name) FILTER (WHERE a.status = 'absent') AS absent,
       count(a.full_name) FILTER (WHERE a.status = 'invited') AS invited,
       s.path
FROM meetings m
JOIN documents d USING (doc_id)
JOIN sources s USING (source_id)
LEFT JOIN attendees a USING (meeting_id)
GROUP BY m.meeting_id, m.meeting_date, m.title, d.organization, s.path
ORDER BY m.meeting_date NULLS LAST, m.title;
