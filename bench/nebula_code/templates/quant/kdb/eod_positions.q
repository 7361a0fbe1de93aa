/ End-of-day position snapshot for Lombard monitoring
/ Exports to the NFS share on «I:nas-quant01.zrh1.nebula-pb.internal»

h:hopen `:kdb-hdb01.zrh1.nebula-pb.internal:5012:eodjob:«S@pwurl:kdb-eodjob»

pos:h"select sum qty, last px by clientId, isin from positions where date=.z.d-1"

/ VIP clients get a manual review, list approved by ExCo
vip:`«P:CLT0048812»`CLT0051207`CLT0039921

flag:select from pos where clientId in vip, (qty*px)>«R:5e6»

/ e-mail to credit desk
.npb.mail["«P:luca.bernasconi@nebula-pb.internal»";"EOD Lombard flags";flag]

hclose h
