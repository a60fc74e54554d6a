// Indexes of the record history (server/history): a record's versions by kind and id (history, the write path), the versions open at a date by kind and validity (the map as of a date), the open versions of ties by their ends (an actor delete closes its ties versions), an area's boundary versions and the open ones, and the ids of mapping rounds.
CREATE INDEX version_record IF NOT EXISTS FOR (n:Version) ON (n.recordKind, n.recordId);
CREATE INDEX version_validity IF NOT EXISTS FOR (n:Version) ON (n.recordKind, n.versionTo, n.versionFrom);
CREATE INDEX version_source IF NOT EXISTS FOR (n:Version) ON (n.sourceId);
CREATE INDEX version_target IF NOT EXISTS FOR (n:Version) ON (n.targetId);
CREATE INDEX boundary_version_area IF NOT EXISTS FOR (n:BoundaryVersion) ON (n.areaId, n.versionTo);
CREATE INDEX boundary_version_open IF NOT EXISTS FOR (n:BoundaryVersion) ON (n.versionTo);
CREATE CONSTRAINT round_id IF NOT EXISTS FOR (n:Round) REQUIRE n.id IS UNIQUE;
