-- Chairs created before the directory was merged carry a made-up location id; they stand at their clinic's
-- primary location, so point them there before the foreign key to clinic_location is added (0952).
update chair c
   set location_id = l.id
  from clinic_location l
 where l.clinic_id = c.clinic_id
   and l.is_primary
   and not exists (select 1 from clinic_location x where x.id = c.location_id);
