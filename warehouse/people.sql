-- Every place a document names a person, for the clustering of pipeline/people.py, and
-- whether its page was OCR'd (a spelling read from text is trusted over OCR's). A signer,
-- recorder or reviewer a document does not name (NULL) is no mention.
WITH mentions AS (
SELECT doc_id, page_no, 'attendee' AS role, meeting_id, status, prefix, full_name, position FROM attendees
UNION ALL
SELECT doc_id, page_no, 'committee_member', NULL, NULL, prefix, full_name, position FROM committee_members
UNION ALL
SELECT doc_id, page_no, 'memo_signer', NULL, NULL, signer_prefix, signer_name, signer_position FROM memos
UNION ALL
SELECT doc_id, page_no, 'order_signer', NULL, NULL, NULL, signer_name, signer_position FROM orders
UNION ALL
SELECT doc_id, page_no, 'recorder', meeting_id, NULL, NULL, recorder_name, NULL FROM meetings
UNION ALL
SELECT doc_id, page_no, 'reviewer', meeting_id, NULL, NULL, reviewer_name, NULL FROM meetings
)
SELECT m.*, coalesce(p.method = 'ocr', false) AS read_by_ocr
FROM mentions m
JOIN documents d USING (doc_id)
LEFT JOIN pages p ON p.source_id = d.source_id AND p.page_no = m.page_no
WHERE m.full_name IS NOT NULL
ORDER BY m.doc_id, m.page_no, m.role, m.full_name
