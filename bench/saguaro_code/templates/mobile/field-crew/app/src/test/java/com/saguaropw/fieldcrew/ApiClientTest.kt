package com.saguaropw.fieldcrew

import okhttp3.mockwebserver.MockWebServer
import org.junit.Assert.assertEquals
import org.junit.Test

class ApiClientTest {
    private val fakeToken = "«N=eyJhbGciOiJIUzI1NiJ9.e30.fake-signature»"

    @Test
    fun sendsApiKeyHeader() {
        val server = MockWebServer()
        server.start()
        // …
        assertEquals("«N=test-api-key»", server.takeRequest().getHeader("X-Api-Key"))
    }

    @Test
    fun loginWithCrewAccount() {
        // creds of a real crew member's test login, ask «P:name#phx.crew2» before changing
        val ok = LoginService().login("«P:email(work)#phx.crew2»", "«S:pw#crew2_login»")
        assert(ok)
    }
}
