# Dicom-File-Format (dcmdump -M), angehängt an Ticket INC-47311 (Artefakte Thorax-CT)

# Dicom-Meta-Information-Header
(0002,0002) UI =CTImageStorage                          #  26, 1 MediaStorageSOPClassUID
(0002,0003) UI [⟦n=1.2.276.0.7230010.3.1.4.8323329.21544.1699956431.734⟧] #  54, 1 MediaStorageSOPInstanceUID
(0002,0010) UI =LittleEndianExplicit                    #  20, 1 TransferSyntaxUID
(0002,0013) SH [⟦n=OFFIS_DCMTK_367⟧]                         #  16, 1 ImplementationVersionName

# Dicom-Data-Set
(0008,0020) DA [20231114]                               #   8, 1 StudyDate
(0008,0060) CS [CT]                                     #   2, 1 Modality
(0008,0080) LO [Halcyon Klinikum Wien-Döbling]          #  30, 1 InstitutionName
(0008,0081) ST [Billrothstraße 78, 1190 Wien]      #  38, 1 InstitutionAddress
(0008,0090) PN [⟦p$doc1|dicom⟧]                       #  16, 1 ReferringPhysicianName
(0008,1010) SH [⟦i=CT-WIEN-ROE2⟧]                            #  12, 1 StationName
(0010,0010) PN [⟦p$pat2|dicom⟧]                       #  18, 1 PatientName
(0010,0020) LO [⟦p$pat2_mrn⟧]                             #  10, 1 PatientID
(0010,0030) DA [⟦p$pat2_dob|dymd⟧]                               #   8, 1 PatientBirthDate
(0010,0040) CS [F]                                      #   2, 1 PatientSex
(0010,1000) LO [⟦p$pat2_svnr⟧]                             #  10, 1 OtherPatientIDs
(0010,21b0) LT [Z.n. ⟦n=C34.1⟧ re. OL, Verlaufskontrolle]   #  36, 1 AdditionalPatientHistory
(0020,000d) UI [⟦n=1.2.276.0.7230010.3.1.2.8323329.21544.1699956431.1⟧] #  52, 1 StudyInstanceUID
(0040,0244) DA [20231114]                               #   8, 1 PerformedProcedureStepStartDate
(0040,0253) SH [PPS0042]                             #   8, 1 PerformedProcedureStepID
