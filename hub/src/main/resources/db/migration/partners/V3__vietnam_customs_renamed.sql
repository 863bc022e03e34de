-- Since the 2025 restructuring of the Ministry of Finance, Vietnam's administration is Cục Hải quan
-- (Vietnam Customs (Department of Customs)). Partner hubs that loaded the demo facts before it kept the
-- former name; they get the current one, and the former one in the note, where a search still finds it.
-- A name an officer typed differently is left alone.
UPDATE partners.partner
SET name_vi    = 'Cục Hải quan',
    name_en    = 'Vietnam Customs (Department of Customs)',
    note       = CASE
                     WHEN note = '' THEN 'tên cũ: Tổng cục Hải quan Việt Nam; former name (until 2025): General Department of Vietnam Customs (GDVC)'
                     ELSE note END,
    updated_at = now()
WHERE code = 'VN'
  AND name_vi = 'Tổng cục Hải quan Việt Nam'
  AND name_en = 'General Department of Vietnam Customs (GDVC)';

UPDATE partners.agreement
SET counterpart = 'Vietnam Customs (Department of Customs)',
    version     = version + 1,
    updated_at  = now()
WHERE counterpart = 'General Department of Vietnam Customs (GDVC)';
