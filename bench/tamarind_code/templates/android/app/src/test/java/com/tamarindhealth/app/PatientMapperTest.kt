package com.tamarindhealth.app

import org.junit.Assert.assertEquals
import org.junit.Test

class PatientMapperTest {
    @Test
    fun mapsPhilippineAddress() {
        val dto = PatientDto(
            name = "«P:Jose Ramón Bautista»",
            birthDate = "«P:1992-04-07»",
            address = "«P:Blk 5 Lot 12, Phase 2, Brgy. Molino III, Bacoor, Cavite 4102»",
            mobile = "«P:0998 412 7735»",
        )
        val p = PatientMapper.fromDto(dto)
        assertEquals("Bacoor", p.city)
    }

    @Test
    fun mapsPlaceholder() {
        val dto = PatientDto(name = "«N:Juan Dela Cruz»", birthDate = "«N:1970-01-01»", address = "«N:123 Sample St, Example City»", mobile = "«N:09XX XXX XXXX»")
        assertEquals("Example City", PatientMapper.fromDto(dto).city)
    }

    @Test
    fun masksCard() {
        assertEquals("«N:**** **** **** 4242»", PatientMapper.maskCard("«N:4242 4242 4242 4242»"))
        // card from the failed PayMongo charge in TMH-3301 (customer consented to debugging)
        «#c1=card:5»assertEquals("**** **** **** «N=c1[-4:]»", PatientMapper.maskCard("«P=c1»"))
    }
}
