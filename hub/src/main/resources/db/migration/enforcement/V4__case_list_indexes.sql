-- The case list's filters at a million cases: each served by an index instead of reading every case
-- of the date range.

-- Route country (departure, transit or destination): one containment test per role, all three
-- answered by this index on the route.
CREATE INDEX case_record_route_idx ON enforcement.case_record USING gin ((content -> 'route') jsonb_path_ops);

-- Free text over the description, without case or diacritics ("ma tuy" finds "Ma túy"); unaccent is
-- only STABLE (its dictionary could change), this wrapper names the dictionary so an index may use it.
CREATE FUNCTION enforcement.folded(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
CREATE INDEX case_record_description_idx ON enforcement.case_record
    USING gin (enforcement.folded(coalesce(content ->> 'description', '')) public.gin_trgm_ops);

-- The list's order (newest first) read from an index, so a page stops after its rows; it serves
-- date ranges too, which the old date index did alone.
CREATE INDEX case_record_date_id_idx ON enforcement.case_record (case_date DESC, id DESC);
DROP INDEX enforcement.case_record_date_idx;

-- The operation filter looks up a case's operations.
CREATE INDEX operation_case_case_idx ON enforcement.operation_case (case_id);
