// How many user accounts exist: the first start creates an administrator when there are none.
MATCH (u:User) RETURN count(u) AS users
