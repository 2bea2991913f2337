-- Views over the contract tables. Each statement ends with ';' at the end of a line.

-- One row per agenda item with its resolutions, for reading minutes at a glance.
CREATE OR REPLACE VIEW meeting_resolutions AS
SELECT m.meeting_id, m.title AS meeting_title, m.meeting_date, r.item_no, a.title AS item_title,
       r.seq, r.outcome, r.text
FROM resolutions r
JOIN meetings m USING (meeting_id)
LEFT JOIN agenda_items a ON a.meeting_id = r.meeting_id AND a.item_no = r.item_no;
