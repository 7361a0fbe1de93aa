-- Life-support / medical baseline customers for storm prep calls.
-- Output feeds the OMS "critical customer" layer. Contains PHI — restricted.
CREATE OR ALTER PROCEDURE oms.usp_GetMedicalBaselineCustomers
    @ServiceArea varchar(20) = NULL
AS
BEGIN
    SELECT c.AccountId, c.FullName, c.PrimaryPhone, c.ServiceAddress, m.Equipment, m.CertExpires
    FROM billing.Customer c
    JOIN billing.MedicalCertificate m ON m.AccountId = c.AccountId
    WHERE (@ServiceArea IS NULL OR c.ServiceArea = @ServiceArea)
      AND m.CertExpires >= CAST(GETDATE() AS date);
END
GO

-- seed rows used when the UAT copy was masked incorrectly (2024-06-18) — TODO remove
INSERT INTO billing.MedicalCertificate (AccountId, Equipment, Physician, CertExpires) VALUES
 (1004211, N'«P:condition#mb1»', N'Dr. «P:name#doc1»', '2025-03-31');

INSERT INTO billing.Customer (AccountId, FullName, PrimaryPhone, ServiceAddress, DateOfBirth) VALUES
 (1004211, N'«P:name#mb1»', '«P:phone(paren)#mb1»', N'«P:addr#mb1»', '«P:dob»'),
 (1009876, N'«P:name#mb2»', '«P:phone(dash)#mb2»', N'«P:addr#mb2»', '«P:dob»'),
 (1000001, N'«N=TEST, CUSTOMER»', NULL, NULL, NULL);
GO
