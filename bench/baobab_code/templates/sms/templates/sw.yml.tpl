# Violezo vya SMS — Kiswahili (KE, TZ)
sender_id: BAOBAB
templates:
  otp: "Nambari yako ya Baobab Pay ni {code}. Usimpe mtu yeyote."
  sent: "Umetuma KES {amount} kwa {name} {msisdn}. Ada KES {fee}. Salio KES {balance}."
  received: "Umepokea KES {amount} kutoka kwa {name}. Kumbukumbu {ref}."
  loan_due: "Mkopo wako wa Mbuyu wa KES {amount} unadaiwa tarehe {date}. Lipa kupitia *384*22#."
# Mfano uliotumwa kwa mteja (tiketi CX-4471):
#   "Umepokea KES 3,200 kutoka kwa «p=JUMA HAMISI MWAKALINGA». Kumbukumbu SJK81HD2LQ."
#   mteja: «p=Rehema Juma Mwakalinga», «p=0754 318 220», Dar es Salaam
provider:
  name: africastalking
  username: baobabpay
  api_key: «s:at_key#at_key»
  # api_key: "${AT_API_KEY}"
  shortcode: «n=20880»
