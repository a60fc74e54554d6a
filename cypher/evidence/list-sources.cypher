// One page of the sources the viewer may see ($access), optionally of one kind, ordered by date (newest first) then id, with the total. $relationshipTypes lists every tie type (for the visible claim count).
MATCH (source:Source)
WHERE @visibleSource(source) AND ($kind IS NULL OR source.kind = $kind)
WITH source
ORDER BY source.date DESC, source.id
WITH collect(source) AS matching
CALL (matching) {
  UNWIND matching[$offset..($offset + $limit)] AS source
  RETURN collect(@sourceFields(source)) AS items
}
RETURN size(matching) AS total, items
