-- Every place a document names a person, for the clustering of pipeline/people.py, and
-- whether its page was OCR'd (a spelling read from text is trusted over OCR's).
WITH mentions AS (
SELECT doc_id, page_no, 'attendee' AS role, meeting_id, status, prefix, full_name, position
FROM attendees
UNION ALL
SELECT doc_id, page_no, 'committee_member', NULL, NULL, prefix, full_name, position
FROM committee_members WHERE full_name IS NOT NULL
UNION ALL
SELECT doc_id, page_no, 'memo_signer', NULL, NULL, signer_prefix, signer_name, signer_position
FROM memos WHERE signer_name IS NOT NULL
UNION ALL
SELECT doc_id, page_no, 'order_signer', NULL, NULL, NULL, signer_name, signer_position
FROM orders WHERE signer_name IS NOT NULL
UNION ALL
SELECT doc_id, page_no, 'recorder', meeting_id, NULL, NULL, recorder_name, NULL
FROM meetings WHERE recorder_name IS NOT NULL
UNION ALL
SELECT doc_id, page_no, 'reviewer', meeting_id, NULL, NULL, reviewer_name, NULL
FROM meetings WHERE reviewer_name IS NOT NULL
)
SELECT m.*, coalesce(p.method = 'ocr', false) AS read_by_ocr
FROM mentions m
JOIN documents d USING (doc_id)
LEFT JOIN pages p ON p.source_id = d.source_id AND p.page_no = m.page_no
ORDER BY m.doc_id, m.page_no, m.role, m.full_name
