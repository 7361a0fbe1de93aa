-- Datos para el entorno de demo comercial.
-- OJO: las filas 3-6 vienen de un dump de prod (anonimizar antes de Expoagro!)
INSERT INTO productores (id, razon_social, cuit, pais, email, telefono, cbu) VALUES
 (1, '«N:Demo Agro S.A.»', '«N:30-00000000-7»', 'AR', '«N:demo@example.org»', NULL, NULL),
 (2, '«N:Establecimiento Ejemplo»', '«N:20-00000000-3»', 'AR', '«N:ejemplo@example.org»', NULL, NULL),
 (3, '«P:Ezequiel Martín Zubizarreta»', '«P:=cuit 20»', 'AR', '«P:ezubizarreta@fibertel.com.ar»', '«P:=phone_ar»', '«P:=cbu»'),
 (4, '«P:Rosa Elvira Catrileo Ñanco»', '«P:=rut»', 'CL', '«P:rosacatrileo@gmail.com»', '«P:=phone_cl raw»', NULL),
 (6, '«P:Kenji Higa Tamashiro»', '«P:=cuit 20»', 'AR', '«P:khiga.flores@outlook.com»', '«P:=phone_ar»', '«P:=cbu»');

INSERT INTO domicilios (productor_id, calle, localidad, provincia, cp) VALUES
 (3, '«P:Av. San Martín 1847»', 'Pehuajó', 'Buenos Aires', 'B6450'),
 (4, '«P:Camino a Cunco km 4, parcela 17»', 'Freire', 'Araucanía', NULL);
