/ Nebula Privatbank - kdb+ tickerplant setup for FX and equity ticks
/ run: q tick_setup.q -p 5010
/ hosts: tp on «I:kdb-tp01.zrh1.nebula-pb.internal», rdb/hdb on «I:kdb-hdb01.zrh1.nebula-pb.internal»

\l tick/u.q

/ schema
quote:([]time:`timespan$();sym:`symbol$();bid:`float$();ask:`float$();bsize:`long$();asize:`long$();src:`symbol$())
trade:([]time:`timespan$();sym:`symbol$();price:`float$();size:`long$();side:`char$();venue:`symbol$())

/ upstream feed handlers (internal)
.npb.feeds:`fx`eq!(`$":«I:fh-fx01.zrh1.nebula-pb.internal:5001»";`$":«I:10.60.12.40:5002»")

/ hdb credentials for the gateway - user:password in the handle is how kdb does it
.npb.hdb:hopen `$":«S:kdb-hdb01.zrh1.nebula-pb.internal:5012:gwuser:⟦pwurl:kdb-gw⟧»"

/ access list: user!password (loaded by .z.pw), replace with LDAP in Q3
.npb.users:`quant`ops!("«S@pwurl:kdb-quant»";"«S@pwurl:kdb-ops»")
.z.pw:{[u;p] $[u in key .npb.users; p~.npb.users u; 0b]}

/ spread filter used by the best-ex report - proprietary tuning
.npb.maxSpreadBps:«R:7.5»

.u.init[]
