// hAC > Console > Scripting Languages -- run in ROLLBACK mode first!
// Context: Italian B2C invoices require the codice fiscale since the e-invoicing change (SdI).
// Ten customers had it missing; values collected by Customer Care by phone on 2025-02-11.
import de.hybris.platform.core.model.user.CustomerModel

def fixes = [
    '«P|alessandra.conti@tiscali.it»'  : '«P=cf:Conti:Alessandra:1986-07-19:F:F205»',
    '«P|lorenzo.bianchi.mi@gmail.com»' : '«P=cf:Bianchi:Lorenzo:1991-01-03:M:F205»',
    '«P|f.esposito@pec.it»'            : '«P=cf:Esposito:Francesca:1975-11-28:F:F839»',
    'demo.customer@example.com'       : '«N|RSSMRA80A01H501U»',   // the textbook example CF, demo account
]

def flexibleSearchService = spring.getBean('flexibleSearchService')
def modelService = spring.getBean('modelService')

fixes.each { email, cf ->
    def q = "SELECT {pk} FROM {Customer} WHERE {uid} = ?uid"
    def res = flexibleSearchService.search(q, [uid: email]).result
    if (res) {
        CustomerModel c = res[0]
        c.setTaxId(cf)
        modelService.save(c)
        println "updated ${email}"
    } else {
        println "not found ${email}"
    }
}
// Note: for «P|Francesca Esposito» the invoice address is «P|Via Toledo 156, 80134 Napoli» (not the shipping one)
