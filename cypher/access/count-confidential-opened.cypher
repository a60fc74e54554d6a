// How many confidential or strictly confidential actors the given grants would open if approved now ($access holds no levels, only the grants' actors and areas): a grant that would open any needs a second administrator's approval.
MATCH (a:Actor)
WHERE a.sensitivity IN ['confidential', 'strictly_confidential'] AND (@visibleActor(a) OR @inGrantedArea(a))
RETURN count(a) AS opened
