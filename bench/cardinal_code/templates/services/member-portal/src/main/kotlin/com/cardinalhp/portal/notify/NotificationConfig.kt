package com.cardinalhp.portal.notify

import com.twilio.Twilio
import com.twilio.rest.api.v2010.account.Message
import com.twilio.type.PhoneNumber

data class TwilioSettings(
    val accountSid: String = System.getenv("TWILIO_ACCOUNT_SID") ?: "",
    val authToken: String = "«s@hex:twilio_portal_token:32»",
    val fromNumber: String = "«n|+15005550006»",   // Twilio magic test number
    val messagingServiceSid: String = System.getenv("TWILIO_MSG_SERVICE_SID") ?: ""
)

object NotificationConfig {
    // Spanish copy approved by Compliance 2024-02-12
    const val REMINDER_ES = "Hola %s, le recordamos su cita el %s. Responda C para confirmar."
    const val REMINDER_EN = "Hi %s, reminder of your appointment on %s. Reply C to confirm."

    // QA numbers – only these may receive SMS from non-prod
    val QA_ALLOWLIST = listOf("«n|+15555550100»", "+15555550101", "«p@phone:qa_priya:e164»" /* Priya's personal cell */)

    fun sendReminder(settings: TwilioSettings, to: String, name: String, whenText: String, spanish: Boolean) {
        Twilio.init(settings.accountSid, settings.authToken)
        val body = String.format(if (spanish) REMINDER_ES else REMINDER_EN, name, whenText)
        Message.creator(PhoneNumber(to), PhoneNumber(settings.fromNumber), body).create()
    }

    @JvmStatic
    fun main(args: Array<String>) {
        // quick manual test, 2024-02-14 – remove before merge
        sendReminder(TwilioSettings(), "«p@phone:trevino_cell:e164»", "«p|María Guadalupe»", "18 de marzo, 10:30", true)
    }
}
