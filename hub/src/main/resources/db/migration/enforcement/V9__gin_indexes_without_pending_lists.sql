-- A GIN index collects new entries in a pending list, unsorted, until a vacuum or a full list (4 MB)
-- merges them in, and every search through the index reads the whole list. Finding a sheet's 1,000
-- document numbers again took 1,538 ms with 37,872 entries pending and 6 ms once they were merged
-- (80,000 persons, EXPLAIN ANALYZE), so the import slowed as it went. Without the list each insert
-- pays its own place in the index, and a search reads the index alone.
ALTER INDEX enforcement.person_documents_idx SET (fastupdate = off);
ALTER INDEX enforcement.case_record_route_countries_idx SET (fastupdate = off);
ALTER INDEX enforcement.case_record_description_idx SET (fastupdate = off);

-- Turning the list off keeps what is already pending: merge it now.
SELECT gin_clean_pending_list('enforcement.person_documents_idx');
SELECT gin_clean_pending_list('enforcement.case_record_route_countries_idx');
SELECT gin_clean_pending_list('enforcement.case_record_description_idx');
