package ch.nebula.accounts

import java.sql.Connection
import java.sql.DriverManager
import java.time.LocalDate

data class PrivateClient(
    val clientId: String,
    val fullName: String,
    val birthDate: LocalDate,
    val ahvNumber: String?,
    val domicile: String,
    val iban: String,
)

class ClientRepository(
    private val jdbcUrl: String = "jdbc:postgresql://«I:pg-accounts-prd.zrh1.nebula-pb.internal»:5432/«I:accounts_core»",
    private val user: String = "accounts_rw",
    private val password: String = System.getenv("ACCOUNTS_DB_PASSWORD") ?: "«S@pw:accounts-rw-fallback»",
) {
    private fun connect(): Connection = DriverManager.getConnection(jdbcUrl, user, password)

    fun findById(id: String): PrivateClient? = connect().use { c ->
        c.prepareStatement("SELECT * FROM private_client WHERE client_id = ?").use { ps ->
            ps.setString(1, id)
            ps.executeQuery().use { rs ->
                if (!rs.next()) null else PrivateClient(
                    rs.getString("client_id"), rs.getString("full_name"),
                    rs.getDate("birth_date").toLocalDate(), rs.getString("ahv_nr"),
                    rs.getString("domicile"), rs.getString("iban"),
                )
            }
        }
    }

    companion object {
        // Reporting replica, read-only. Ask #team-core-data for access.
        const val REPLICA = "«I:pg-accounts-ro.zrh1.nebula-pb.internal»"

        // Local dev DB from docker-compose.yml
        const val LOCAL_URL = "jdbc:postgresql://«N:localhost»:5432/accounts_dev"
        const val LOCAL_PASSWORD = "«N:postgres»"
    }
}
