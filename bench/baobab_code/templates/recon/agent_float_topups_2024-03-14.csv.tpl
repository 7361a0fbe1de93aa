# Agent float top-ups via bank transfer, Lagos region. Exported from Metabase (q/417)
date,agent_code,agent_name,bank,account_number,amount_ngn,narration
2024-03-14,AG-208871,«p=Chukwuemeka Nnamdi Okafor»,GTBank,«p:nuban:058»,500000,FLOAT TOPUP AG208871
2024-03-14,AG-208902,«p=Funmilayo Oyinkansola Bakare»,Access Bank,«p:nuban:044»,250000,FLOAT TOPUP AG208902
2024-03-14,AG-000000,«n=Sample Agent»,Test Bank,«n=0000000000»,0,TEST ROW
