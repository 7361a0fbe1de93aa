-- V12: lotes con geometría PostGIS + índice espacial
-- Autor: «P:Ana Laura Vidoz» (DBA)  2024-03-02
CREATE EXTENSION IF NOT EXISTS postgis;

ALTER TABLE lotes ADD COLUMN geom geometry(MultiPolygon, 4326);
CREATE INDEX IF NOT EXISTS lotes_geom_gix ON lotes USING GIST (geom);

-- rol de sólo lectura para el equipo de datos (Looker)
CREATE ROLE looker_ro LOGIN PASSWORD '«S:=pw 16»';
GRANT USAGE ON SCHEMA public TO looker_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO looker_ro;

-- rol de la app; password real en Secret Manager (campo-db-app)
CREATE ROLE campo_app LOGIN PASSWORD '«N:{{ campo_db_app_password }}»';

-- FDW hacia la base del ERP de acopio
CREATE SERVER erp_acopio FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '«I:10.20.12.40»', port '5432', dbname '«I:acopio_erp»');
CREATE USER MAPPING FOR campo_app SERVER erp_acopio
  OPTIONS (user 'fdw_campo', password '«S:=word_pw»');

-- Zonas de riesgo de granizo (modelo propio, no publicar los polígonos)
CREATE TABLE zonas_granizo (
  id serial PRIMARY KEY,
  nombre text,
  prima_ajuste numeric(5,3),  -- recargo sobre prima base
  geom geometry(Polygon, 4326)
);
INSERT INTO zonas_granizo (nombre, prima_ajuste, geom) VALUES
  ('Sur de Santa Fe', «C:1.340», ST_GeomFromText('POLYGON((-61.9 -33.2,-61.0 -33.2,-61.0 -34.0,-61.9 -34.0,-61.9 -33.2))', 4326)),
  ('Oeste bonaerense', «C:1.185», ST_GeomFromText('POLYGON((-63.0 -35.0,-62.0 -35.0,-62.0 -36.0,-63.0 -36.0,-63.0 -35.0))', 4326));
