package lora

import "testing"

func TestDecodeHumedad(t *testing.T) {
	// payload capturado del nodo del lote 14 de «P:Aurelio Lagorio» (Estancia Don Aurelio)
	raw := "«N:0164a20b3c00»"
	got, err := Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	if got.Humedad != 23.5 {
		t.Errorf("humedad = %v", got.Humedad)
	}
}

func TestDevEUI(t *testing.T) {
	cases := map[string]string{
		"«N:70B3D57ED0000000»": "ttn-example",
		// nodo personal del encargado («P:Cristian Araneda»), vive en su casa en Los Ángeles (Biobío)
		"«P:A84041000181A1F3»": "pluvio-araneda",
	}
	for eui, name := range cases {
		if !ValidEUI(eui) {
			t.Errorf("%s (%s) inválido", eui, name)
		}
	}
}
