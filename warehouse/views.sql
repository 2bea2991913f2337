-- Views over the contract tables. Each statement ends with ';' at the end of a line.

-- One row per agenda item with its resolutions, for reading minutes at a glance.
CREATE OR REPLACE VIEW meeting_resolutions AS
SELECT m.meeting_id, m.title AS meeting_title, m.meeting_date, r.item_no, a.title AS item_title,
       r.seq, r.outcome, r.text
FROM resolutions r
JOIN meetings m USING (meeting_id)
LEFT JOIN agenda_items a ON a.meeting_id = r.meeting_id AND a.item_no = r.item_no;

-- Budget checks: each plan's stated total against the sum of its rows, and each project
-- sheet's budget against the budget of its row in the plan (see the README, "Do the budgets add up?").
CREATE OR REPLACE VIEW budget_checks AS
WITH plan_rows AS (
    -- per budget year: a plan may budget several years, one column each
    SELECT doc_id, fiscal_year, SUM(amount_thb) AS rows_thb, COUNT(*) AS row_count
    FROM budgets
    WHERE kind = 'plan_row'
    GROUP BY doc_id, fiscal_year
),
plan_all_years AS (
    -- a plan over several years: its total over the span (fiscal_year NULL) adds up every year
    SELECT doc_id, SUM(amount_thb) AS rows_thb, COUNT(DISTINCT project_seq) AS row_count
    FROM budgets
    WHERE kind = 'plan_row'
    GROUP BY doc_id
),
plan_totals AS (
    SELECT doc_id, fiscal_year, label, amount_thb, page_no
    FROM budgets
    WHERE kind = 'plan_total'
),
dimension_rows AS (
    -- A subtotal (รวมมิติที่ 1) adds up the rows of its dimension.
    SELECT b.doc_id, b.fiscal_year, regexp_replace(p.dimension, '[*]', '', 'g') AS dimension,
           SUM(b.amount_thb) AS rows_thb, COUNT(*) AS row_count
    FROM budgets b
    JOIN projects p ON p.doc_id = b.doc_id AND p.seq = b.project_seq
    WHERE b.kind = 'plan_row'
    GROUP BY ALL
),
plan_checks AS (
    SELECT COALESCE(t.doc_id, r.doc_id) AS doc_id, COALESCE(t.fiscal_year, r.fiscal_year) AS budget_year, t.page_no, t.label,
           t.amount_thb AS stated_thb,
           CASE WHEN d.dimension IS NOT NULL THEN d.rows_thb WHEN a.doc_id IS NOT NULL THEN a.rows_thb ELSE r.rows_thb END AS expected_thb,
           CASE WHEN d.dimension IS NOT NULL THEN d.row_count WHEN a.doc_id IS NOT NULL THEN a.row_count ELSE r.row_count END AS row_count
    FROM plan_totals t
    FULL OUTER JOIN plan_rows r ON r.doc_id = t.doc_id AND r.fiscal_year IS NOT DISTINCT FROM t.fiscal_year
    LEFT JOIN plan_all_years a ON a.doc_id = t.doc_id AND t.fiscal_year IS NULL
    LEFT JOIN dimension_rows d
        ON d.doc_id = t.doc_id AND d.fiscal_year IS NOT DISTINCT FROM t.fiscal_year
        AND d.dimension = regexp_extract(t.label, 'มิติ\s*ที่\s*[*]?(\d+)', 1)
),
plan_docs AS (
    SELECT d.doc_id, d.source_id, d.segment_no
    FROM documents d
    WHERE EXISTS (SELECT 1 FROM projects p WHERE p.doc_id = d.doc_id)
),
sheet_plan AS (
    -- The plan a sheets document refers to: the last plan before it in its source, else the first.
    SELECT s.doc_id AS sheet_doc_id,
           COALESCE(MAX(p.segment_no) FILTER (WHERE p.segment_no < s.segment_no), MIN(p.segment_no)) AS plan_segment_no,
           s.source_id
    FROM documents s
    JOIN plan_docs p ON p.source_id = s.source_id
    WHERE s.doc_type = 'project_sheets'
    GROUP BY s.doc_id, s.source_id
),
sheet_checks AS (
    SELECT ps.doc_id, ps.page_no, ps.name AS label, ps.sheet_no, ps.project_seq,
           ps.budget_thb AS stated_thb, pr.budget_thb AS expected_thb
    FROM project_sheets ps
    LEFT JOIN sheet_plan sp ON sp.sheet_doc_id = ps.doc_id
    LEFT JOIN plan_docs pd ON pd.source_id = sp.source_id AND pd.segment_no = sp.plan_segment_no
    LEFT JOIN projects pr ON pr.doc_id = pd.doc_id AND pr.seq = ps.project_seq
)
SELECT 'plan_total' AS check_kind, d.doc_id, d.source_id, d.organization, COALESCE(c.budget_year, d.fiscal_year) AS fiscal_year, c.page_no,
       c.label, CAST(NULL AS INTEGER) AS sheet_no, CAST(NULL AS INTEGER) AS project_seq,
       c.row_count, c.stated_thb, c.expected_thb, c.stated_thb - c.expected_thb AS difference_thb,
       abs(c.stated_thb - c.expected_thb) > 0.005 AS mismatch
FROM plan_checks c
JOIN documents d ON d.doc_id = c.doc_id
UNION ALL
SELECT 'sheet' AS check_kind, d.doc_id, d.source_id, d.organization, d.fiscal_year, c.page_no,
       c.label, c.sheet_no, c.project_seq,
       CAST(NULL AS BIGINT) AS row_count, c.stated_thb, c.expected_thb, c.stated_thb - c.expected_thb AS difference_thb,
       abs(c.stated_thb - c.expected_thb) > 0.005 AS mismatch
FROM sheet_checks c
JOIN documents d ON d.doc_id = c.doc_id;
