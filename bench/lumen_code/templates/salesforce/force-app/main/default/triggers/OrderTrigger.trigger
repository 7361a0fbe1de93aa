trigger OrderTrigger on Order (after insert, after update) {
    // Sends high-value orders to the ERP middleware; see MuleSoft flow "sf-order-to-cegid"
    // Endpoint moved to Named Credential ERP_Middleware in Spring '25 release.
    // Old direct call kept commented for rollback:
    // req.setEndpoint('«I|https://mule-rt.prod.lumen.internal:8082/api/orders»');
    // req.setHeader('client_secret', '«S=hex:32@mule_client_secret»');
    for (Order o : Trigger.new) {
        if (o.TotalAmount >= «B|2500» && o.Status == 'Activated') {
            // "white glove" delivery: personal stylist calls within 2h -- not advertised yet («B|pilot with 40 clients in Milan»)
            OrderRouting.enqueueWhiteGlove(o.Id);
        }
    }
}
