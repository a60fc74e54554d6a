// Whether LOAD CSV can read $url with this server's settings (server.directories.import, dbms.security.allow_csv_import_from_file_urls).
LOAD CSV WITH HEADERS FROM $url AS row
RETURN count(row) AS rows
