// Change a visible source ($access); a null in $properties removes the field (e.g. the date).
MATCH (source:Source {id: $id})
WHERE @visibleSource(source)
SET source += $properties, source.updatedAt = datetime()
RETURN count(source) AS updated
