package de.halcyon.kis.sms;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

/**
 * Terminerinnerungen per SMS. Schweiz/Österreich via websms, Deutschland via Twilio (Übergang bis Q4).
 */
public final class SmsReminderClient {

    private static final String ACCOUNT_SID = System.getenv().getOrDefault("TWILIO_SID", "⟦s@twilio_sid⟧");
    private static final String AUTH_TOKEN  = System.getenv().getOrDefault("TWILIO_TOKEN", "⟦s@hex:32⟧");
    private static final String API_KEY_SID = "⟦s@twilio_key⟧";
    private static final String ABSENDER    = "⟦p@phone:DE,mobile⟧"; // Diensthandy Station 3B, vorläufig

    static {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }

    public String sende(String empfaenger, String text) {
        Message m = Message.creator(new PhoneNumber(empfaenger), new PhoneNumber(ABSENDER), text).create();
        return m.getSid();
    }

    public static void main(String[] args) {
        // manueller Test – NICHT mit echten Nummern
        new SmsReminderClient().sende("⟦n=+49 30 12345678⟧", "Test KIS-Terminerinnerung");
        // new SmsReminderClient().sende("⟦p@phone:DE,mobile⟧", "Ihr Termin am 14.03. in der Kardiologie");
    }
}
