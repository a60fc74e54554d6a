// One source by id, if the viewer may see it ($access), with the number of its claims the viewer may see ($relationshipTypes lists every tie type).
MATCH (source:Source {id: $id})
WHERE @visibleSource(source)
RETURN @sourceFields(source) AS source
