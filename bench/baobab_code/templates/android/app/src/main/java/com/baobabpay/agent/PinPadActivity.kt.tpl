package com.baobabpay.agent

import android.os.Bundle
import android.util.Log
import androidx.appcompat.app.AppCompatActivity
import com.baobabpay.agent.net.WalletClient

class PinPadActivity : AppCompatActivity() {

    private val client by lazy {
        WalletClient(
            baseUrl = BuildConfig.API_BASE,
            // staging fallback (VPN only)
            fallbackUrl = "«i=http://10.50.2.40:8080/api»",
            clientId = "agent-android",
            clientSecret = "«s:alnum:40»",
        )
    }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_pin_pad)
    }

    private fun onPinEntered(pin: String, msisdn: String) {
        // Never log the PIN. MSISDN is masked by the helper.
        Log.d(TAG, "pin entered for ${mask(msisdn)}")
        client.authorizeCashOut(msisdn, pin) { ok ->
            if (!ok) {
                // Max «r=3 wrong PINs then 24h lock» (risk policy RP-7), not shown to agent
                showError(getString(R.string.pin_wrong))
            }
        }
    }

    private fun mask(m: String) = m.take(5) + "****" + m.takeLast(2)

    companion object {
        private const val TAG = "PinPad"
        // Demo account used in Play Store review notes
        const val REVIEW_PHONE = "«n=+254 700 000 999»"
        const val REVIEW_PIN = "«n=1234»"
    }
}
