#!/usr/bin/env python3
"""Build the "Lotus Commerce" held-out evaluation repository.

Usage:  python bench/lotus_code/build.py OUTDIR

Writes OUTDIR/app/** (rendered from bench/lotus_code/templates/**.tpl) and
OUTDIR/labels.json.  Stdlib only, deterministic (fixed seed).

Template markers:
    ⟦C@gen⟧          generate a fresh value with generator `gen`
    ⟦C@gen:arg⟧      generator with an argument (e.g. hex:32, pw:url)
    ⟦C@gen#key⟧      generate once, then reuse the same value wherever `key` recurs
    ⟦C=literal⟧      a literal value written in the template
where C is the label class:
    s secret, p pii, i infra, x proprietary, n none, - (render but do not label)

No provider key is stored in this source in its recognisable form: prefixes are
assembled from pieces and every body is drawn from random.Random(SEED).
"""
import base64
import hashlib
import json
import os
import random
import re
import shutil
import string
import sys

SEED = 0x1075C0DE
HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "templates")
CLASSES = {"s": "secret", "p": "pii", "i": "infra", "x": "proprietary", "n": "none"}
MARK = re.compile(r"⟦([spixn\-])([@=])(.*?)⟧")

R = random.Random(SEED)

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def rs(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def luhn_complete(prefix_digits, total_len):
    body = prefix_digits + rs(DIG, total_len - len(prefix_digits) - 1)
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- secrets
# provider prefixes, assembled so the source never holds them verbatim
P_ALI = "LT" + "AI"
P_TC = "AK" + "ID"
P_AWS = "AK" + "IA"
P_GCP = "AI" + "za"
P_MID = "Mid-" + "server-"
P_MIDC = "Mid-" + "client-"
P_XND = "xnd_" + "production_"
P_OMISE = "sk" + "ey_"
P_OMISE_PUB = "pk" + "ey_"
P_GL = "gl" + "pat-"
P_NPM = "np" + "m_"
P_SLACK = "xo" + "xb-"
P_FEISHU_APP = "cl" + "i_"
P_GH = "gh" + "p_"
P_SG = "S" + "G."
PEM_RSA = ("-----BEGIN " + "RSA PRIVATE KEY-----", "-----END " + "RSA PRIVATE KEY-----")
PEM_PK8 = ("-----BEGIN " + "PRIVATE KEY-----", "-----END " + "PRIVATE KEY-----")
PEM_OSSH = ("-----BEGIN " + "OPENSSH PRIVATE KEY-----", "-----END " + "OPENSSH PRIVATE KEY-----")


def b64rand(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def b64url_nopad(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


WORDS = ["Lotus", "Lianhua", "Sen", "Teratai", "Bunga", "Merlion", "Durian", "Pandan",
         "Mango", "Sakura", "Harbor", "Orchid", "Dragon", "Rambutan", "Kopi", "Tiger"]


def gen_pw(arg=None):
    style = arg or pick(["word", "rand", "pinyin", "word", "rand"])
    if style == "url":  # safe inside URL userinfo / shell / yaml
        return pick(WORDS) + rs(DIG, 2) + pick("_-.") + rs(ALNUM, R.randint(6, 9))
    if style == "word":
        return pick(WORDS) + pick("@#!_") + str(R.randint(2019, 2024)) + pick("!*_.") + rs(LOW + DIG, 3)
    if style == "pinyin":
        return pick(["lianhua", "shangcheng", "zhifu", "dingdan", "fengkong", "huiyuan"]) + rs(DIG, 4) + pick("!@_")
    if style == "simple":
        return pick(["Lt", "Lc", "Lotus"]) + rs(DIG, 6) + pick(["!", "@", "_"])
    return rs(LOW, 1).upper() + rs(ALNUM + "!@%^*_-", R.randint(13, 19))


def gen_jwt():
    header = b64url_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = {"uid": R.randint(10000000, 99999999), "role": pick(["seller", "ops", "admin", "svc"]),
               "iss": "lotus-auth", "exp": R.randint(1735000000, 1800000000)}
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return header + "." + p + "." + rs(B64URL, 43)


def gen_pem(arg="rsa"):
    kind, _, indent = arg.partition("/")
    if kind == "pk8":
        head, body0 = PEM_PK8, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC"
        nbytes = 1190
    elif kind == "ossh":
        head, body0 = PEM_OSSH, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABlwAAAAdzc2gtcn"
        nbytes = 1750
    else:
        head, body0 = PEM_RSA, "MIIEowIBAAKCAQEA"
        nbytes = 1180
    body = body0 + b64rand(nbytes)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    text = ("\n" + " " * int(indent or 0)).join([head[0]] + lines + [head[1]])
    return text, lines[0]


def gen_pk8_oneline():
    return "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + b64rand(1170)


def gen_rsa_pub_oneline():
    return "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64rand(255) + "IDAQAB"


def gen_dockercfg():
    user, pw = "lotus-ci@" + rs(DIG, 16), gen_pw("rand")
    cfg = {"auths": {"lotus-registry-vpc.ap-southeast-1.cr.aliyuncs.com": {
        "username": user, "password": pw, "auth": base64.b64encode((user + ":" + pw).encode()).decode()}}}
    return base64.b64encode(json.dumps(cfg, separators=(",", ":")).encode()).decode()


def uuid4():
    h = rs("0123456789abcdef", 32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def gen_telegram():
    return str(R.randint(5000000000, 7999999999)) + ":AA" + rs(B64URL, 33)


def gen_sentry():
    return "https://" + rs("0123456789abcdef", 32) + "@o" + rs(DIG, 6) + ".ingest.sentry.io/" + rs(DIG, 7)


def gen_line_token():
    return rs(ALNUM + "+/", 171) + "="


def gen_fcm():
    return "AAAA" + rs(ALNUM + "-_", 7) + ":APA91b" + rs(ALNUM + "-_", 134)


# ---------------------------------------------------------------- pii
ZH_SUR = "王李刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤"
ZH_GIVEN = ["子轩", "浩然", "雨桐", "欣怡", "梓涵", "思远", "晓东", "婉婷", "俊杰", "佳怡", "志强", "海燕",
            "建华", "丽娟", "文博", "嘉怡", "宇航", "明辉", "雅琪", "晨阳", "秀英", "立新", "春梅", "国栋",
            "一鸣", "诗涵", "若曦", "振宇", "美玲", "天佑", "伟", "芳", "静", "磊", "婷", "洋", "敏", "杰"]
TW_SUR = "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高"
TW_GIVEN = ["怡君", "雅婷", "冠宇", "家豪", "宗翰", "淑芬", "志明", "美玲", "建宏", "俊傑", "郁婷", "佩珊",
            "承恩", "柏翰", "詩涵", "宜蓁", "彥廷", "筱涵"]
VN_HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
VN_DEM = ["Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang", "Thanh", "Hữu", "Bảo", "Thị Kim", "Hoài"]
VN_TEN = ["Anh", "Hương", "Dũng", "Hùng", "Lan", "Linh", "Tuấn", "Phương", "Trang", "Hải", "Long", "Nhung",
          "Khoa", "Thảo", "Quỳnh", "Đạt", "Yến", "Hiếu", "Trâm", "Sơn"]
ID_FIRST = ["Siti", "Dewi", "Agus", "Rizky", "Putri", "Ayu", "Fajar", "Wahyu", "Indah", "Eko", "Sri", "Nur",
            "Rina", "Hendra", "Yusuf", "Intan", "Dimas", "Bayu", "Fitri", "Ketut", "Made"]
ID_LAST = ["Wijaya", "Saputra", "Lestari", "Pratama", "Hidayat", "Kurniawan", "Susanti", "Nugroho", "Setiawan",
           "Rahmawati", "Firmansyah", "Handayani", "Siregar", "Simanjuntak", "Purnomo", "Anggraini", "Maharani"]
TH_FIRST = ["สมศักดิ์", "วิภาวรรณ", "ณัฐพล", "ปิยะนุช", "ธนากร", "กมลชนก", "อภิชาติ", "สุภาพร", "ชยพล",
            "ศิริพร", "พงศกร", "นภัสสร", "กิตติพงษ์", "อรอุมา"]
TH_LAST = ["ศรีสุข", "วงศ์ไทย", "แสงทอง", "บุญมา", "ทองดี", "รัตนพันธ์", "จันทร์เพ็ญ", "สุขสวัสดิ์",
           "พรหมมา", "เกษมสุข", "ประเสริฐวงศ์"]
PH_FIRST = ["Maria Angelica", "Jose Miguel", "Kristine", "Mark Anthony", "Rhea", "Jerome", "Princess", "Carlo",
            "Joy", "Jericho", "Mary Grace", "John Paul"]
PH_LAST = ["Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Garcia", "Ramos", "Aquino", "Castillo",
           "Navarro", "Dizon", "Manalo", "Pangilinan"]
SG_SUR = ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Koh", "Teo"]
SG_GIVEN = ["Wei Ling", "Jun Jie", "Hui Min", "Kai Xiang", "Shu Fen", "Zhi Hao", "Mei Xuan", "Jia Hui"]
ROMAN = ["zhangwei", "liuyang", "chenjing", "wangfang", "huangli", "linxiaoyu", "nguyenlinh", "tranhung",
         "dewi.lestari", "rizky.pratama", "somsak.s", "mariaangelica.r", "tanweiling", "limjunjie",
         "zhaoyuhang", "xuwanting", "phamthao", "hendra.kw", "kittipong.b", "carlo.dizon"]
MAILDOM = ["qq.com", "163.com", "gmail.com", "126.com", "yahoo.co.id", "gmail.com", "hotmail.com", "foxmail.com"]

CN_AREAS = ["110105", "310115", "440305", "330106", "510107", "320106", "420111", "350203", "440106", "371102"]


def gen_dob(lo=1965, hi=2004):
    return "%04d-%02d-%02d" % (R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


def cn_id():
    area = pick(CN_AREAS)
    y, m, d = R.randint(1965, 2003), R.randint(1, 12), R.randint(1, 28)
    body = area + "%04d%02d%02d" % (y, m, d) + rs(DIG, 3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


TW_CODES = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18, K=19, L=20, M=21, N=22, O=35,
                P=23, Q=24, R=25, S=26, T=27, U=28, V=29, W=32, X=30, Y=31, Z=33)


def tw_id():
    letter = pick("ABFHEDK")
    digits = pick("12") + rs(DIG, 7)
    code = TW_CODES[letter]
    s = code // 10 + (code % 10) * 9 + sum(int(c) * w for c, w in zip(digits, [8, 7, 6, 5, 4, 3, 2, 1]))
    return letter + digits + str((10 - s % 10) % 10)


def sg_nric(prefix=None):
    p = prefix or pick("STST F G".replace(" ", ""))
    d = rs(DIG, 7)
    s = sum(int(c) * w for c, w in zip(d, [2, 7, 6, 5, 4, 3, 2]))
    if p in "TG":
        s += 4
    table = "JZIHGFEDCBA" if p in "ST" else "XWUTRQPNMLK"
    return p + d + table[s % 11]


def id_nik():
    region = pick(["317101", "317404", "327301", "357801", "517101", "127101", "347102", "337401"])
    day, mon, yr = R.randint(1, 28), R.randint(1, 12), R.randint(65, 99)
    if R.random() < 0.5:
        day += 40
    return region + "%02d%02d%02d" % (day, mon, yr) + "%04d" % R.randint(1, 60)


def vn_cccd():
    century = pick("0123")
    yy = "%02d" % (R.randint(60, 99) if century in "01" else R.randint(0, 6))
    return pick(["001", "079", "048", "031", "092", "036"]) + century + yy + rs(DIG, 6)


def th_id():
    d = str(R.randint(1, 8)) + rs(DIG, 11)
    s = sum(int(c) * (13 - i) for i, c in enumerate(d))
    return d + str((11 - s % 11) % 10)


def cn_mobile():
    return pick(["138", "139", "186", "159", "177", "199", "135", "152", "188", "136", "187"]) + rs(DIG, 8)


def ph_mobile(fmt=None):
    n = "9" + pick(["17", "18", "05", "27", "98", "55", "66"]) + rs(DIG, 7)
    f = fmt or pick(["intl", "local", "plain"])
    if f == "intl":
        return "+63 %s %s %s" % (n[:3], n[3:6], n[6:])
    if f == "local":
        return "0%s-%s-%s" % (n[:3], n[3:6], n[6:])
    return "63" + n


def vn_mobile():
    return pick(["+84 ", "0"]) + pick(["90", "91", "93", "98", "97", "86", "35", "70"]) + rs(DIG, 7)


def id_mobile():
    return pick(["+62", "0"]) + pick(["812", "813", "821", "857", "878", "838"]) + rs(DIG, R.randint(7, 8))


def th_mobile():
    return pick(["+66 ", "0"]) + pick(["81", "86", "89", "92", "95", "61"]) + rs(DIG, 7)


def sg_mobile():
    return "+65 " + pick("89") + rs(DIG, 3) + " " + rs(DIG, 4)


def tw_mobile():
    return "09" + rs(DIG, 2) + "-" + rs(DIG, 3) + "-" + rs(DIG, 3)


def name(kind):
    if kind == "zh":
        return pick(ZH_SUR) + pick(ZH_GIVEN)
    if kind == "tw":
        return pick(TW_SUR) + pick(TW_GIVEN)
    if kind == "vi":
        return pick(VN_HO) + " " + pick(VN_DEM) + " " + pick(VN_TEN)
    if kind == "id":
        return pick(ID_FIRST) + " " + pick(ID_LAST)
    if kind == "th":
        return pick(TH_FIRST) + " " + pick(TH_LAST)
    if kind == "ph":
        return pick(PH_FIRST) + " " + pick(PH_LAST)
    if kind == "sg":
        return pick(SG_SUR) + " " + pick(SG_GIVEN)
    return pick(["Daniel", "Rachel", "Kevin", "Sophia", "Marcus"]) + " " + pick(["Ho", "Chong", "Yeo", "Sim"])


def address(kind):
    if kind == "zh":
        return pick(["上海市浦东新区张江路", "北京市朝阳区望京街", "深圳市南山区科技园南路", "杭州市西湖区文三路",
                     "广州市天河区体育西路", "成都市武侯区天府大道北段"]) + "%d号%d栋%d室" % (
            R.randint(1, 999), R.randint(1, 30), R.randint(101, 2806))
    if kind == "tw":
        return pick(["臺北市大安區復興南路一段", "新北市板橋區文化路二段", "臺中市西屯區台灣大道三段",
                     "高雄市苓雅區四維三路"]) + "%d號%d樓" % (R.randint(1, 399), R.randint(2, 18))
    if kind == "vi":
        return "Số %d %s, %s" % (R.randint(1, 199), pick(["Ngõ 45 Phố Huế", "đường Nguyễn Trãi", "Hẻm 12 Lê Văn Sỹ",
                                                           "đường Trần Hưng Đạo"]),
                                 pick(["Hai Bà Trưng, Hà Nội", "Quận 3, TP. Hồ Chí Minh", "Thanh Xuân, Hà Nội",
                                       "Hải Châu, Đà Nẵng"]))
    if kind == "id":
        return "Jl. %s No. %d, RT %03d/RW %03d, %s" % (
            pick(["Kebon Jeruk Raya", "Margonda Raya", "Cihampelas", "Raya Darmo", "Gatot Subroto"]),
            R.randint(1, 150), R.randint(1, 15), R.randint(1, 12),
            pick(["Jakarta Barat", "Depok", "Bandung", "Surabaya", "Denpasar"]))
    if kind == "th":
        return "%d/%d ซอยสุขุมวิท %d แขวงพระโขนงเหนือ เขตวัฒนา กรุงเทพฯ 10110" % (
            R.randint(1, 199), R.randint(1, 99), R.randint(1, 101))
    if kind == "sg":
        return "Blk %d %s #%02d-%d Singapore %d" % (
            R.randint(100, 899), pick(["Ang Mo Kio Ave 3", "Tampines St 21", "Jurong West St 52", "Bedok North Rd"]),
            R.randint(2, 20), R.randint(100, 1800), R.randint(310000, 680999))
    if kind == "ph":
        return "Unit %d Tower %d, %s" % (R.randint(201, 3901), R.randint(1, 4),
                                         pick(["Avida Towers, BGC, Taguig City", "SMDC Light Residences, Mandaluyong",
                                               "Pioneer Woodlands, Mandaluyong"]))
    raise KeyError(kind)


def public_ip():
    first = pick([(113, 160, 191), (171, 224, 255), (14, 160, 191), (36, 64, 95), (114, 120, 127),
                  (182, 0, 15), (49, 228, 231), (112, 198, 211), (124, 104, 107), (117, 136, 136),
                  (183, 6, 6), (116, 86, 87), (27, 72, 79)])
    return "%d.%d.%d.%d" % (first[0], R.randint(first[1], first[2]), R.randint(0, 255), R.randint(1, 254))


def email(kind="personal"):
    if kind == "staff":
        return pick(ROMAN).replace(".", "") + "@" + pick(["lotuscommerce.sg", "lotus-inc.cn", "lotuscommerce.co.id"])
    return pick(ROMAN) + rs(DIG, R.randint(0, 3)) + "@" + pick(MAILDOM)


# ---------------------------------------------------------------- infra
INT_HOSTS = ["mysql-order-m01.sg.lotus-inner.net", "redis-sess-01.sg.lotus-inner.net",
             "kafka-03.jkt.lotus-inner.net", "nacos.ops.lotus-inner.net", "es-log-02.hz.lotus-inner.net",
             "apollo-meta.sz.lotus-inner.net", "jenkins.devops.lotus-inner.net", "bastion-sg1.lotus-inner.net",
             "gitlab.lotus-inner.net", "harbor.lotus-inner.net"]


def private_ip(kind=None):
    k = kind or pick(["10", "172", "192"])
    if k == "10":
        return "10.%d.%d.%d" % (R.randint(8, 60), R.randint(0, 255), R.randint(2, 250))
    if k == "172":
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))
    return "192.168.%d.%d" % (R.randint(1, 254), R.randint(2, 250))


GENERATORS = {
    # secrets
    "aliyun_akid": lambda a: P_ALI + "5t" + rs(ALNUM, 18),
    "aliyun_aksecret": lambda a: rs(ALNUM, 30),
    "tc_secretid": lambda a: P_TC + rs(ALNUM, 32),
    "tc_secretkey": lambda a: rs(ALNUM, 32),
    "aws_akid": lambda a: P_AWS + rs(UP + "234567", 16),
    "aws_secret": lambda a: rs(ALNUM + "+/", 40),
    "gcp_key": lambda a: P_GCP + "Sy" + rs(ALNUM + "-_", 33),
    "fcm_key": lambda a: gen_fcm(),
    "midtrans_server": lambda a: P_MID + rs(ALNUM + "-_", 24),
    "midtrans_client": lambda a: P_MIDC + rs(ALNUM + "-_", 16),
    "midtrans_sandbox": lambda a: "SB-" + P_MID + rs(ALNUM, 24),
    "xendit": lambda a: P_XND + rs(ALNUM, 50),
    "omise_skey": lambda a: P_OMISE + "5" + rs(LOW + DIG, 18),
    "omise_pkey_test": lambda a: P_OMISE_PUB + "test_5" + rs(LOW + DIG, 18),
    "glpat": lambda a: P_GL + rs(ALNUM + "-_", 20),
    "npm": lambda a: P_NPM + rs(ALNUM, 36),
    "slack_bot": lambda a: P_SLACK + rs(DIG, 12) + "-" + rs(DIG, 13) + "-" + rs(ALNUM, 24),
    "ghp": lambda a: P_GH + rs(ALNUM, 36),
    "sendgrid": lambda a: P_SG + rs(ALNUM + "-_", 22) + "." + rs(ALNUM + "-_", 43),
    "feishu_app_id": lambda a: P_FEISHU_APP + rs("0123456789abcdef", 16),
    "telegram": lambda a: gen_telegram(),
    "line_token": lambda a: gen_line_token(),
    "sentry": lambda a: gen_sentry(),
    "jwt": lambda a: gen_jwt(),
    "pem": lambda a: gen_pem(a or "rsa"),
    "pk8_oneline": lambda a: gen_pk8_oneline(),
    "rsa_pub": lambda a: gen_rsa_pub_oneline(),
    "ding_sec": lambda a: "SEC" + rs("0123456789abcdef", 64),
    "pw": lambda a: gen_pw(a),
    "hex": lambda a: rs("0123456789abcdef", int(a)),
    "HEX": lambda a: rs("0123456789ABCDEF", int(a)),
    "alnum": lambda a: rs(ALNUM, int(a)),
    "lower": lambda a: rs(LOW + DIG, int(a)),
    "b64": lambda a: b64rand(int(a)),
    "digits": lambda a: rs(DIG, int(a)),
    "uuid": lambda a: uuid4(),
    "b64of": lambda a: base64.b64encode(cached(a).encode()).decode(),
    "wx_appid": lambda a: "wx" + rs("0123456789abcdef", 16),
    # pii
    "name": lambda a: name(a),
    "cn_id": lambda a: cn_id(),
    "tw_id": lambda a: tw_id(),
    "nric": lambda a: sg_nric(a),
    "nik": lambda a: id_nik(),
    "cccd": lambda a: vn_cccd(),
    "th_id": lambda a: th_id(),
    "cn_mobile": lambda a: cn_mobile(),
    "ph_mobile": lambda a: ph_mobile(a),
    "vn_mobile": lambda a: vn_mobile(),
    "id_mobile": lambda a: id_mobile(),
    "th_mobile": lambda a: th_mobile(),
    "sg_mobile": lambda a: sg_mobile(),
    "tw_mobile": lambda a: tw_mobile(),
    "email": lambda a: email(a or "personal"),
    "addr": lambda a: address(a),
    "dob": lambda a: gen_dob(),
    "unionpay": lambda a: luhn_complete(pick(["621700", "622202", "622848", "621483", "623668"]), 19),
    "unionpay16": lambda a: luhn_complete(pick(["625965", "622588", "628288"]), 16),
    "visa": lambda a: luhn_complete("4" + rs(DIG, 5), 16),
    "master": lambda a: luhn_complete(pick(["51", "52", "53", "54", "55"]) + rs(DIG, 4), 16),
    "imei": lambda a: luhn_complete("35" + rs(DIG, 6), 15),
    "android_id": lambda a: rs("0123456789abcdef", 16),
    "idfa": lambda a: uuid4().upper(),
    "pub_ip": lambda a: public_ip(),
    "bank_acct": lambda a: rs(DIG, int(a or 12)),
    "passport": lambda a: pick("EG") + rs(DIG, 8),
    # infra
    "priv_ip": lambda a: private_ip(a),
    "int_host": lambda a: pick(INT_HOSTS),
    "rds_id": lambda a: "rm-" + pick(["t4n", "gs5", "bp1"]) + rs(LOW + DIG, 14),
    "polardb_id": lambda a: "pc-" + pick(["t4n", "gs5"]) + rs(LOW + DIG, 14),
    "redis_id": lambda a: "r-" + pick(["t4n", "gs5"]) + rs(LOW + DIG, 14),
    "vpc": lambda a: "vpc-" + pick(["t4n", "gs5", ""]) + rs(LOW + DIG, 17),
    "vsw": lambda a: "vsw-" + pick(["t4n", "gs5"]) + rs(LOW + DIG, 17),
    "sg_id": lambda a: "sg-" + pick(["t4n", "gs5"]) + rs(LOW + DIG, 17),
    "ecs_id": lambda a: "i-" + pick(["t4n", "gs5"]) + rs(LOW + DIG, 17),
    "aws_vpc": lambda a: "vpc-0" + rs("0123456789abcdef", 16),
    "aws_subnet": lambda a: "subnet-0" + rs("0123456789abcdef", 16),
    "aliyun_uid": lambda a: "1" + rs(DIG, 15),
    "aws_account": lambda a: rs("123456789", 1) + rs(DIG, 11),
    "tc_appid": lambda a: "125" + rs(DIG, 7),
    "mchid": lambda a: "16" + rs(DIG, 8),
    "alipay_appid": lambda a: "2021" + rs("0123", 1) + rs(DIG, 11),
    "qqmapkey": lambda a: "-".join(rs(UP + DIG, 5) for _ in range(6)),
    "es_host": lambda a: "es-sg-" + rs(LOW + DIG, 20) + ".elasticsearch.aliyuncs.com",
    "slackhook": lambda a: "T" + rs(UP + DIG, 8) + "/B" + rs(UP + DIG, 10) + "/" + rs(ALNUM, 24),
    "gitsha": lambda a: rs("0123456789abcdef", 40),
    "dockercfg": lambda a: gen_dockercfg(),
    "aws_doc_example": lambda a: P_AWS + "IOSFODNN7" + "EXAMPLE",
    "bcrypt": lambda a: rs("./" + ALNUM, 53),
    "lat_jkt": lambda a: "-6.1" + rs(DIG, 5),
    "cos_bucket": lambda a: "lotus-invoice-hk-125" + rs(DIG, 7),
    "paymongo": lambda a: "sk_" + "live_" + rs(ALNUM, 24),
    "npm_integrity": lambda a: "sha512-" + b64rand(64),
    "midtrans_mid": lambda a: "G" + rs(DIG, 9),
    "tc_vpc": lambda a: "vpc-" + rs(LOW + DIG, 8),
    "tc_cdb": lambda a: "cdb-" + rs(LOW + DIG, 8),
}

CACHE = {}
DEFS = {}  # key -> generator spec, collected from all templates before rendering


def cached(key):
    if key not in CACHE:
        generate(DEFS[key] + "#" + key)
    return CACHE[key]


def generate(spec):
    key = None
    if "#" in spec:
        spec, key = spec.split("#", 1)
        if key in CACHE:
            return CACHE[key]
    gname, _, arg = spec.partition(":")
    if gname not in GENERATORS:
        raise SystemExit("unknown generator %r" % gname)
    val = GENERATORS[gname](arg or None)
    if key:
        CACHE[key] = val
    return val


def render(template, relpath):
    out = []
    labels = []
    line = 1
    pos = 0
    for m in MARK.finditer(template):
        chunk = template[pos:m.start()]
        out.append(chunk)
        line += chunk.count("\n")
        cls, kind, spec = m.groups()
        if kind == "=":
            text = label_val = spec
        else:
            val = generate(spec)
            if isinstance(val, tuple):
                text, label_val = val
            else:
                text = label_val = val
        if cls != "-":
            idx = text.index(label_val)
            labels.append({"file": relpath, "line": line + text[:idx].count("\n"),
                           "value": label_val, "class": CLASSES[cls]})
        out.append(text)
        line += text.count("\n")
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), labels


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    appdir = os.path.join(outdir, "app")
    if os.path.isdir(appdir):
        shutil.rmtree(appdir)
    tpls = []
    for root, _dirs, files in os.walk(TEMPLATES):
        for f in files:
            if f.endswith(".tpl"):
                full = os.path.join(root, f)
                tpls.append(os.path.relpath(full, TEMPLATES)[:-4].replace(os.sep, "/"))
    tpls.sort()
    for rel in tpls:
        with open(os.path.join(TEMPLATES, rel + ".tpl"), encoding="utf-8") as fh:
            for m in MARK.finditer(fh.read()):
                if m.group(2) == "@" and "#" in m.group(3):
                    spec, key = m.group(3).split("#", 1)
                    if DEFS.setdefault(key, spec) != spec:
                        raise SystemExit("key %r defined with two specs" % key)
    all_labels = []
    rendered = {}
    for rel in tpls:
        with open(os.path.join(TEMPLATES, rel + ".tpl"), encoding="utf-8") as fh:
            tpl = fh.read()
        text, labels = render(tpl, rel)
        if "⟦" in text or "⟧" in text:
            raise SystemExit("unrendered marker in %s" % rel)
        rendered[rel] = text
        all_labels.extend(labels)
        dest = os.path.join(appdir, rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    # ---- verification
    errors = []
    positives = [l["value"] for l in all_labels if l["class"] != "none"]
    for l in all_labels:
        v = l["value"]
        if "\n" in v or not v.strip():
            errors.append("bad value %r in %s" % (v, l["file"]))
            continue
        lines = rendered[l["file"]].split("\n")
        if not (1 <= l["line"] <= len(lines)) or v not in lines[l["line"] - 1]:
            errors.append("value %r not on %s:%d" % (v, l["file"], l["line"]))
        if l["class"] == "none":
            if len(v) < 4:
                errors.append("none value too short %r (%s)" % (v, l["file"]))
            for p in positives:
                if v in p:
                    errors.append("none value %r is inside positive %r (%s)" % (v, p[:60], l["file"]))
                    break
    if errors:
        for e in errors:
            print("ERROR:", e)
        raise SystemExit(1)

    all_labels.sort(key=lambda l: (l["file"], l["line"]))
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(all_labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    counts = {}
    for l in all_labels:
        counts[l["class"]] = counts.get(l["class"], 0) + 1
    print("files: %d" % len(rendered))
    for c in ["secret", "pii", "infra", "proprietary", "none"]:
        print("%-12s %d" % (c, counts.get(c, 0)))
    print("total labels: %d" % len(all_labels))


if __name__ == "__main__":
    main()
