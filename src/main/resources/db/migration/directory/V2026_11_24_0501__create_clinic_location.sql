-- Where a clinic sees patients; the primary location is its public address and its point in search.
CREATE TABLE clinic_location (
    id         uuid PRIMARY KEY,
    clinic_id  uuid             NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
    is_primary boolean          NOT NULL DEFAULT true,
    street     text             NOT NULL CHECK (length(street) BETWEEN 1 AND 200),
    city       text             NOT NULL CHECK (length(city) BETWEEN 1 AND 100),
    state      char(2)          NOT NULL CHECK (state IN ('AL','AK','AZ','AR','CA','CO','CT','DE','DC','FL','GA','HI',
        'ID','IL','IN','IA','KS','KY','LA','ME','MD','MA','MI','MN','MS','MO','MT','NE','NV','NH','NJ','NM','NY','NC',
        'ND','OH','OK','OR','PA','RI','SC','SD','TN','TX','UT','VT','VA','WA','WV','WI','WY','AS','GU','MP','PR','VI')),
    zip        char(5)          NOT NULL CHECK (zip ~ '^[0-9]{5}$'),
    latitude   double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude  double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180)
);
CREATE UNIQUE INDEX clinic_location_one_primary ON clinic_location (clinic_id) WHERE is_primary;
