Receipt No.,Completion Time,Initiation Time,Details,Transaction Status,Paid In,Withdrawn,Balance,Reason Type,Other Party Info,Linked Transaction ID,A/C No.
SCE7QK2M4P,2024-03-14 08:02:11,2024-03-14 08:02:10,Business Payment to Customer via API,Completed,,-2500.00,1840233.50,Business Payment to Customer via API,«p=254722418907 - WANJIRU NJERI KAMAU»,,
SCE8BL0X1R,2024-03-14 08:05:47,2024-03-14 08:05:46,Business Payment to Customer via API,Completed,,-12000.00,1828233.50,Business Payment to Customer via API,«p=254711382604 - ACHIENG ATIENO ODHIAMBO»,,
SCEA11QZ8N,2024-03-14 10:31:56,2024-03-14 10:31:55,Salary Payment,Completed,,-85000.00,1742483.50,Salary Payment via API,«p=254727003318 - PETER KIMANI MWANGI»,,
SCEC0PL3VA,2024-03-14 12:45:18,2024-03-14 12:45:17,Funds Transfer from MMF to Utility,Completed,2000000.00,,3742483.50,Funds Transfer,4108823 - BAOBAB PAY LTD,,
SCED3KJ9HZ,2024-03-14 13:20:09,2024-03-14 13:20:08,Business Payment to Customer via API,Completed,,-3200.00,3739283.50,Business Payment to Customer via API,«p=254745661209 - ZAWADI CHEPKOECH RONO»,,
SCEE7WW2QF,2024-03-14 14:02:37,2024-03-14 14:02:36,Business Payment to Customer via API,Completed,,-12400.00,3726883.50,Business Payment to Customer via API,«p=254721906335 - ESTHER MORAA NYAMWEYA»,,
