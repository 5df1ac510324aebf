-- SQLite has no room to reserve in its pages: version 9 only changes PostgreSQL's dossier_lines
-- (see 0009_line_room.postgres.sql).
SELECT 1;
