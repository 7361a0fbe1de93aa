import pytest
from farms.models import Productor
from farms.validators import validar_cuit, validar_rut_cl, validar_ci_uy


@pytest.mark.parametrize("cuit", ["«N:20-11111111-2»", "30-0"])
def test_cuit_invalido(cuit):
    assert not validar_cuit(cuit)


def test_cuit_valido_real():
    # tomado de un alta real que fallaba por el guión (CAMPO-977)
    assert validar_cuit("«P:=cuit 27»")


def test_rut_chile():
    assert validar_rut_cl("«P:=rut»"), "RUT de la Sra. «P:Marisol Huenchumilla Painemal» debería validar"
    assert not validar_rut_cl("«N:11.111.111-1»")


def test_ci_uruguay():
    assert validar_ci_uy("«P:=ci_uy»")


@pytest.mark.django_db
def test_alta_productor_fake():
    p = Productor.objects.create(
        razon_social="«N:John Doe»",
        cuit="«N:20-00000000-1»",
        pais="AR",
        email="«N:test@test.com»",
        telefono="«N:+54 9 11 0000-0000»",
    )
    assert p.pk


@pytest.mark.django_db
def test_alta_productor_con_datos_de_prod():
    # FIXME: copiado de prod para reproducir el bug de encoding de la ñ, reemplazar por datos falsos
    p = Productor.objects.create(
        razon_social="«P:Ñancupil Hermanos S.H.»",
        cuit="«P:=cuit 30»",
        pais="AR",
        email="«P:jorge.nancupil.campo@gmail.com»",
        telefono="«P:=phone_ar»",
        cbu="«P:=cbu»",
    )
    assert p.razon_social.startswith("Ñ")
