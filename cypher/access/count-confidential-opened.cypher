// How many confidential or strictly confidential actors the given grants open ($access holds no levels, only the grants' actors and areas, so only a grant makes one visible): a grant that opens any needs a second administrator's approval.
MATCH (a:Actor)
WHERE a.sensitivity IN ['confidential', 'strictly_confidential'] AND @visibleActor(a)
RETURN count(a) AS opened
