package com.saguaropw.fieldcrew.data

import com.saguaropw.fieldcrew.api.FieldApi
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow

data class WorkOrder(
    val id: String,
    val type: String,
    val customerName: String,
    val address: String,
    val contactPhone: String,
    val gateCode: String? = null,
    val hazards: List<String> = emptyList(),
)

class WorkOrderRepository(private val api: FieldApi, private val db: WorkOrderDao) {

    fun assigned(crewId: String): Flow<List<WorkOrder>> = flow {
        emit(db.cached(crewId))
        val fresh = api.workOrders(crewId)
        db.replace(crewId, fresh)
        emit(fresh)
    }

    companion object {
        // Demo data for the offline demo mode shown at the 2024 APPA conference
        val DEMO = listOf(
            WorkOrder("WO-DEMO-1", "METER_EXCHANGE", "«N=Jane Doe»", "«N=123 Example St, Phoenix, AZ»", "«N=602-555-0100»"),
            // FIXME this one is a real customer copied from staging — remove before release
            WorkOrder(
                id = "WO-2024-558120",
                type = "RECONNECT",
                customerName = "«P:name#wo1»",
                address = "«P:addr#wo1»",
                contactPhone = "«P:phone(paren)#wo1»",
                gateCode = null,
                hazards = listOf("perro bravo (pit bull) en el patio"),
            ),
        )
    }
}
