// Keep the display boundaries of admin areas in history, as area versions keep their other fields (record-area-versions leaves the large boundary out): close the open boundary version of every area gone or without a boundary now, then write one for each area in $ids whose boundary is new or changed. An area's first boundary holds from $beginning: a file describes the ground, which did not begin on the day it was loaded, so the map of an earlier date draws it too. Same stamp parameters as record-area-versions, and $beginning.
OPTIONAL MATCH (gone:BoundaryVersion {versionTo: $openEnd})
WHERE NOT EXISTS { MATCH (area:AdminArea {id: gone.areaId}) WHERE area.boundary IS NOT NULL }
// Never before the version it closes (a load dated in the past over newer history).
SET gone.versionTo = CASE WHEN gone.versionFrom > $now THEN gone.versionFrom ELSE $now END, gone.endOp = $op, gone.endBy = $by
WITH count(gone) AS closed
UNWIND $ids AS id
MATCH (area:AdminArea {id: id})
WHERE area.boundary IS NOT NULL
OPTIONAL MATCH (open:BoundaryVersion {areaId: area.id, versionTo: $openEnd})
WITH area, open
WHERE open IS NULL OR open.boundary <> area.boundary
WITH area, open, COUNT { (earlier:BoundaryVersion {areaId: area.id}) } AS known,
     CASE WHEN open IS NOT NULL AND open.versionFrom > $now THEN open.versionFrom ELSE $now END AS startsAt
SET open.versionTo = startsAt, open.endOp = $op, open.endBy = $by
CREATE (v:BoundaryVersion {areaId: area.id, boundary: area.boundary, bbox: area.boundaryBbox,
                           versionFrom: CASE WHEN known = 0 THEN $beginning ELSE startsAt END, versionTo: $openEnd, op: $op, by: $by})
RETURN count(v) AS written
