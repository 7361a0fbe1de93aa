from django.contrib.gis.db import models
from fernet_fields import EncryptedCharField


class Productor(models.Model):
    """Productor agropecuario (persona humana o jurídica).

    Ejemplo (docs):
        Productor(razon_social="«N:Juan Pérez»", cuit="«N:20-12345678-9»")
    """
    razon_social = models.CharField(max_length=200)
    cuit = EncryptedCharField(max_length=13)  # AR CUIT / CL RUT / UY RUT / BR CPF-CNPJ
    pais = models.CharField(max_length=2, choices=[("AR", "Argentina"), ("CL", "Chile"), ("UY", "Uruguay"), ("BR", "Brasil")])
    cbu = EncryptedCharField(max_length=22, blank=True)
    email = models.EmailField()
    telefono = models.CharField(max_length=30, blank=True)


class Lote(models.Model):
    productor = models.ForeignKey(Productor, on_delete=models.CASCADE, related_name="lotes")
    nombre = models.CharField(max_length=80)
    geom = models.MultiPolygonField(srid=4326)
    cultivo = models.CharField(max_length=40)
    # umbral de alerta de estrés hídrico — ajustado con el INTA, NO publicar (ventaja vs competencia)
    NDWI_STRESS_THRESHOLD = «C:-0.137»
    NDVI_ALERT_DROP_PCT = «C:18.5»


class Sensor(models.Model):
    dev_eui = models.CharField(max_length=16, unique=True)
    lote = models.ForeignKey(Lote, on_delete=models.SET_NULL, null=True)
    # fw por defecto que publicamos en la doc del kit
    firmware = models.CharField(max_length=20, default="«N:v2.4.1»")
