from core import S, P, I, X, N, fill, split
from fakes import *  # noqa


def files(W):
    out = {}
    e, c = W.emp, W.cust

    # ------------------------------------------------------------ Go
    out["services/yard-tracker/cmd/tracker/main.go"] = fill('''package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/aws/aws-sdk-go-v2/credentials"
	_ "github.com/lib/pq"
)

// Yard tracker -- ingests RFID gate reads from the terminals.
// Maintainer: @@maint@@

const (
	defaultDSN   = "host=@@pghost@@ port=5432 user=yard password=@@pgpw@@ dbname=@@db@@ sslmode=disable"
	rfidGateway  = "rfid-gw:5020"
	kafkaBrokers = "@@kafka@@:9092"
)

var staticCreds = credentials.NewStaticCredentialsProvider(
	"@@akid@@",
	"@@aksec@@",
	"",
)

func main() {
	dsn := os.Getenv("YARD_DSN")
	if dsn == "" {
		dsn = defaultDSN
	}
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatalf("db: %v", err)
	}
	defer db.Close()

	http.HandleFunc("/gate", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Gate-Token") != "@@gatetok@@" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	log.Printf("listening on :8081")
	_ = context.Background()
	log.Fatal(http.ListenAndServe(":8081", nil))
}
''',
        maint=P(e[6].name), pghost=I("10.40.3.21"), pgpw=S(password()),
        db=I("yard_events"), 
        kafka=I(W.kafka), akid=S(aws_key_id()), aksec=S(aws_secret()), gatetok=S(api_key(40)))

    out["services/yard-tracker/internal/store/store_test.go"] = fill('''package store

import (
	"testing"
)

func TestParseGateRead(t *testing.T) {
	raw := `{"gate":"HH-07","wagon":"31 80 4370 123-4","operator":"@@op@@","ts":"2024-03-02T11:04:05Z"}`
	got, err := ParseGateRead([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if got.Operator == "" {
		t.Errorf("operator = %q", got.Operator)
	}
}

func TestRedactsDriverPhone(t *testing.T) {
	in := "driver @@dname@@ reachable at @@dphone@@"
	if out := Redact(in); out == in {
		t.Errorf("expected phone to be redacted")
	}
}

func TestLocalhostDSN(t *testing.T) {
	dsn := "host=localhost user=postgres password=@@ph@@ dbname=yard_test sslmode=disable"
	if _, err := Open(dsn); err != nil {
		t.Skip("no local postgres")
	}
}

func TestModuleChecksum(t *testing.T) {
	// go.sum entry for github.com/lib/pq v1.10.9
	want := "@@gosum@@"
	if len(want) == 0 {
		t.Fail()
	}
}
''', op=P(e[1].username), dname=P(c[11].name), dphone=P(c[11].phone),
        ph=N("postgres"), gosum=N("h1:" + b64bytes(32)))

    # ------------------------------------------------------------ Rust
    out["services/telemetry-ingest/src/main.rs"] = fill('''//! Telemetry ingest for locomotive sensor data.
//! Internal codename: @@code@@. Algorithm details are trade secret (see below).

use std::env;
use std::time::Duration;

const INFLUX_URL: &str = "http://@@influx@@:8086";
const INFLUX_TOKEN: &str = "@@influxtok@@";
const MQTT_HOST: &str = "@@mqtt@@";

/// Axle-temperature anomaly detector ("@@algoname@@").
/// Schwellwert: @@algo@@
fn is_hot_box(temp_c: f64, ambient_c: f64, speed_kmh: f64) -> bool {
    let delta = temp_c - ambient_c;
    delta > 55.0 + 0.08 * speed_kmh
}

fn main() {
    let token = env::var("@@influxenv@@").unwrap_or_else(|_| INFLUX_TOKEN.to_string());
    let db_url = format!(
        "postgres://telemetry:{}@{}/{}",
        "@@pgpw@@", "@@pghost@@", "@@db@@"
    );
    println!("connecting to {} with token len {}", INFLUX_URL, token.len());
    let _ = (db_url, MQTT_HOST, Duration::from_secs(5));
    let _ = is_hot_box(91.0, 12.0, 80.0);
}

#[cfg(test)]
mod tests {
    #[test]
    fn version() {
        assert_eq!(env!("CARGO_PKG_VERSION"), "@@ver@@");
    }
}
''', influxenv=N("TELEMETRY_INFLUX_TOKEN"), code=X("FERRUGEM"), influx=I("influxdb.telemetry.svc.cluster.local"), influxtok=S(b64bytes(64, urlsafe=True) + "=="),
        mqtt=I("mqtt.telematics.ferrovia.intra"), algoname=X("HOTBOX-7"),
        algo=X("delta > 55.0 + 0.08 * speed_kmh"), pgpw=S(password()), pghost=I("pg-telemetry.ferrovia.intra"),
        db=I("telemetry_raw"), ver=N("0.9.14"))

    # ------------------------------------------------------------ C# / .NET
    out["services/customs-docs/appsettings.json"] = fill('''{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "CustomsDb": "Server=@@sqlhost@@,1433;Database=⟦i:CustomsDocs⟧;User Id=customs_app;Password=@@sqlpw@@;TrustServerCertificate=True",
    "Blob": "DefaultEndpointsProtocol=https;AccountName=@@acct@@;AccountKey=@@azkey@@;EndpointSuffix=core.windows.net"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@tenant@@",
    "ClientId": "@@clientid@@",
    "ClientSecret": "@@azsecret@@"
  },
  "ServiceBus": {
    "Queue": "@@queue@@",
    "ConnectionString": ""
  },
  "CustomsBroker": {
    "BaseUrl": "https://@@broker@@/api/",
    "ApiKey": "@@ph@@"
  },
  "AllowedHosts": "*"
}
''', sqlhost=I("sql-customs.ferrovia.corp"), sqlpw=S(password()),
        acct=I("ferroviacustomsprod"), azkey=S(azure_storage_key()), tenant=I(W.az_tenant), clientid=uid(),
        azsecret=S(azure_client_secret()), queue=I("customs-declarations-out"), 
        broker=I("broker-gw.ferrovia.corp"), ph=N("#{CustomsBrokerApiKey}#"))

    cu = c[12]
    out["services/customs-docs/Services/CustomsClient.cs"] = fill('''using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Ferrovia.CustomsDocs.Services
{
    /// <summary>
    /// Client for the ATLAS/NCTS customs broker.
    /// Contact at broker: @@contact@@
    /// </summary>
    public class CustomsClient
    {
        private readonly HttpClient _http;
        private readonly ILogger<CustomsClient> _log;

        // EORI-Zugang der Ferrovia GmbH; Passwort läuft 2025-06 ab
        private const string AtlasUser = "FERROVIA-ATLAS-01";
        private const string AtlasPassword = "@@atlaspw@@";

        private static readonly byte[] SigningKey = Convert.FromBase64String(
            "@@signkey@@");

        public CustomsClient(HttpClient http, ILogger<CustomsClient> log)
        {
            _http = http;
            _log = log;
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AtlasUser}:{AtlasPassword}"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        public void LogDeclaration(string mrn)
        {
            _log.LogInformation("Declaration {Mrn} filed for consignee {Name} ({TaxId})", mrn, "@@cname@@", "@@ctax@@");
        }

        // Legacy endpoint, kept for reference:
        // var conn = "Server=@@legacyip@@;Database=ZOLL;User Id=sa;Password=@@sapw@@;";
    }
}
''', contact=P(c[13].name),
        atlaspw=S(password("human")), signkey=S(b64bytes(48)), cname=P(cu.name), ctax=P(cu.nid),
        legacyip=I("172.16.8.30"), sapw=S(password()))

    # ------------------------------------------------------------ PHP / Laravel
    out["legacy/tariff-portal/.env"] = fill('''APP_NAME="Ferrovia Tariff Portal"
APP_ENV=production
APP_KEY=base64:@@appkey@@
APP_DEBUG=false
APP_URL=https://@@url@@

LOG_CHANNEL=stack

DB_CONNECTION=mysql
DB_HOST=@@dbhost@@
DB_PORT=3306
DB_DATABASE=⟦i:tariff_portal⟧
DB_USERNAME=tariff
DB_PASSWORD="@@dbpw@@"

MAIL_MAILER=smtp
MAIL_HOST=smtp.mailgun.org
MAIL_USERNAME=postmaster@mg.ferrovia-logistics.com
MAIL_PASSWORD=@@mailpw@@

AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
AWS_DEFAULT_REGION=eu-west-1
AWS_BUCKET=@@bucket@@

''', appkey=S(b64bytes(32)), url=I("tarifas.ferrovia.intra"), dbhost=I("192.168.30.12"), 
        dbpw=S(password("human")), mailpw=S(mailgun()),
        bucket=I("ferrovia-tariff-pdfs"))

    out["legacy/tariff-portal/config/database.php"] = fill('''<?php

use Illuminate\\Support\\Str;

return [
    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '@@dbhost@@'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE'),
            'username' => env('DB_USERNAME', 'tariff'),
            'password' => env('@@envname@@', ''),
            'charset' => 'utf8mb4',
        ],

        // Conexión de solo lectura al ERP (SAP) -- pedir acceso a @@sapowner@@
        'erp' => [
            'driver' => 'sqlsrv',
            'host' => '@@erphost@@',
            'database' => '⟦i:PRD_FI⟧',
            'username' => 'ro_tarifas',
            'password' => '@@erppw@@',
        ],
    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'default' => [
            'url' => env('REDIS_URL'),
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('@@redisenv@@', null),
            'port' => env('REDIS_PORT', '6379'),
        ],
    ],
];
''', dbhost=I("192.168.30.12"), envname=N("DB_PASSWORD"), sapowner=P(e[9].name), erphost=I("sap-erp01.ferrovia.corp"),
        erppw=S(password()), redisenv=N("REDIS_PASSWORD"))

    pc = c[1]
    out["legacy/tariff-portal/app/Http/Controllers/TariffController.php"] = fill('''<?php

namespace App\\Http\\Controllers;

use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Http;
use Illuminate\\Support\\Facades\\Log;

class TariffController extends Controller
{
    // Tabela de preços confidencial: algoritmo "@@algo@@" (não divulgar)
    private const CORRIDOR_FACTOR = ['ES-PT' => 1.07, 'PT-FR' => 1.21, 'ES-FR' => 1.14];

    public function quote(Request $request)
    {
        $km = (float) $request->input('km');
        $price = $km * 0.0415 * self::CORRIDOR_FACTOR[$request->input('corridor')] ?? 1.0;

        Log::info("quote for {$request->user()->email} from " . $request->ip());

        $fx = Http::withToken('@@fxtoken@@')
            ->get('https://@@fxhost@@/rates/EUR');

        return response()->json(['price' => $price, 'fx' => $fx->json()]);
    }

    public function debug()
    {
        // Kunde hat sich beschwert, Daten zum Nachstellen:
        // @@cname@@, @@cmail@@, NIF @@cnif@@
        return abort(404);
    }
}
''', algo=X("TARIFA-IBERICA-2"), fxtoken=S(api_key(48)), fxhost=I("fx-rates.internal"),
        cname=P(pc.name), cmail=P(pc.email), cnif=P(pc.nid))

    # ------------------------------------------------------------ Ruby / Rails
    out["tools/partner-portal/config/credentials.yml"] = fill('''# decrypted with `rails credentials:show` for the migration -- DELETE AFTER USE
secret_key_base: @@skb@@

aws:
  access_key_id: @@akid@@
  secret_access_key: @@aksec@@
  account_id: "@@acct@@"

github:
  app_private_key: |
    @@pem@@
  webhook_secret: @@ghwh@@

active_record_encryption:
  primary_key: @@are1@@

heroku:
  api_key: @@heroku@@

smtp:
  password: @@erb@@
''', skb=S(hexs(128)), akid=S(aws_key_id()), aksec=S(aws_secret()), acct=I(W.aws_acct_prod),
        pem=S(pem_rsa(indent="    ")), ghwh=S(r(ALNUM, 40)), are1=S(r(ALNUM, 32)),  heroku=S(heroku_key()), erb=N('<%= ENV["SMTP_PASSWORD"] %>'))

    out["tools/partner-portal/Gemfile"] = fill('''source "@@src@@"
git_source(:github) { |repo| "https://github.com/#{repo}.git" }

ruby "3.2.2"

gem "rails", "~> 7.1.3"
gem "pg", "~> 1.5"
gem "puma", ">= 5.0"
gem "sidekiq", "~> 7.2"
gem "devise"

# Private gems served from Gemfury (token in URL, sorry)
source "https://@@gemfury@@@gem.fury.io/ferrovia/" do
  gem "ferrovia-auth", "~> 0.7"
  gem "ferrovia-edi", "~> 1.3"
end

# Internal mirror for the SOAP bits
source "https://@@nexus@@/repository/rubygems/" do
  gem "savon-ferrovia", "2.13.0.1"
end

group :development, :test do
  gem "rspec-rails"
  gem "factory_bot_rails"
end
''', src=N("https://rubygems.org"), gemfury=S(r(ALNUM, 20)), nexus=I("nexus.build.ferrovia.intra"))

    out["tools/partner-portal/db/seeds.rb"] = fill('''# Seeds for the partner portal (staging). Datos reales de socios -- ¡no usar en demos!
admin = User.find_or_create_by!(email: "@@adminmail@@") do |u|
  u.name = "@@adminname@@"
  u.password = "@@adminpw@@"
  u.role = :admin
end

Partner.create!(
  name: "Transportes Ibéricos del Norte S.A.",
  contact_name: "@@pname@@",
  contact_email: "@@pmail@@",
  iban: "@@piban@@",
  api_key: SecureRandom.hex(32)
)

Partner.create!(
  name: "Demo Partner",
  contact_name: "Demo User",
  contact_email: "@@demomail@@",
  contact_phone: "@@demophone@@",
  iban: "@@demoiban@@"
)

puts "Seeded #{Partner.count} partners (admin: #{admin.email})"
''', adminmail=P(e[9].email), adminname=P(e[9].name), adminpw=S(password("human")),
        pname=P(W.cust[15].name), pmail=P(W.cust[15].email),
        piban=P(iban("ES")), demomail=N("demo@example.org"), demophone=N("TODO-phone"), demoiban=N("XX00 TODO"))

    # ------------------------------------------------------------ Elixir
    out["services/rail-events/config/runtime.exs"] = fill('''import Config

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      "ecto://rail_events:@@pgpw@@@@@pghost@@/@@db@@"

  config :rail_events, RailEvents.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  config :rail_events, RailEventsWeb.Endpoint,
    url: [host: "events.ferrovia-logistics.com", port: 443],
    secret_key_base: "@@skb@@"

  config :rail_events, :kafka,
    brokers: [{"@@k1@@", 9092}],
    topic: "@@topic@@",
    sasl: {:plain, "rail-events", System.fetch_env!("@@kafkaenv@@")}

  # Guardian JWT secret
  config :rail_events, RailEvents.Guardian,
    issuer: "rail_events",
    secret_key: System.fetch_env!("@@guardenv@@")

  config :rail_events, :datadog, api_key: "@@dd@@", host: System.get_env("DD_AGENT_HOST")
end
''', pgpw=S(password()), pghost=I("pg-events.prod.ferrovia-internal.net"), db=I("rail_events_prod"),
        skb=S(r(ALNUM + "+/", 64)), k1=I("10.50.1.11"), topic=I("rail.events.position.v1"),
        guardenv=N("GUARDIAN_SECRET_KEY"), kafkaenv=N("KAFKA_PASSWORD"), dd=S(datadog_api()))

    # ------------------------------------------------------------ Lua (OpenResty)
    out["infra/nginx/lua/auth_check.lua"] = fill('''-- OpenResty access phase: validates partner API keys against Redis.
local redis = require "resty.redis"
local cjson = require "cjson.safe"

local REDIS_HOST = "@@redis@@"
local REDIS_PASS = "@@redispw@@"

-- Chave mestra de emergência (incidente INC-3120), remover depois!
local BREAK_GLASS_KEY = "@@breakglass@@"

local blocked = {
  ["@@blockip1@@"] = true,   -- scraping (cliente @@blockuser@@)
}

local function deny(status, msg)
  ngx.status = status
  ngx.say(cjson.encode({ error = msg }))
  return ngx.exit(status)
end

if blocked[ngx.var.remote_addr] then
  return deny(403, "blocked")
end

local key = ngx.req.get_headers()["X-Api-Key"]
if key == BREAK_GLASS_KEY then
  return
end

local red = redis:new()
red:set_timeout(200)
local ok, err = red:connect(REDIS_HOST, 6379)
if not ok then
  ngx.log(ngx.ERR, "redis connect failed: ", err)
  return deny(503, "auth backend unavailable")
end
red:auth(REDIS_PASS)
local partner = red:get("apikey:" .. (key or ""))
if partner == ngx.null then
  return deny(401, "invalid key")
end
''', redis=I("10.60.2.5"), redispw=S(password("long")), breakglass=S(api_key(40)), blockip1=P(public_ip()),
        blockuser=P(c[4].username))

    # ------------------------------------------------------------ Perl
    out["legacy/scripts/edi_import.pl"] = fill('''#!/usr/bin/perl
# EDIFACT IFTSTA importer -- uralt, läuft noch auf edi01 (cron 02:30)
use strict;
use warnings;
use DBI;
use Net::SFTP::Foreign;

my $dsn  = "DBI:mysql:database=@@db@@;host=@@dbhost@@;port=3306";
my $user = "edi_loader";
my $pass = '@@dbpw@@';

my $sftp = Net::SFTP::Foreign->new(
    host     => '@@sftphost@@',
    user     => 'ferrovia_in',
    password => '@@sftppw@@',
);

my $dbh = DBI->connect($dsn, $user, $pass, { RaiseError => 1 })
    or die "cannot connect: $DBI::errstr";

# Ansprechpartner bei Fehlern: @@contact@@
my $notify = 'edi-alerts';

foreach my $file ($sftp->ls('/outbox', names_only => 1)) {
    print "importing $file\\n";
}

# my $old_pass = 'changeme';   # pre-2019 value, left for history
my $placeholder = '@@xxx@@';
''', db=I("edi_archive"), dbhost=I("edi01.ferrovia.lan"), dbpw=S(password()), sftphost=I("sftp.partner-edi.ferrovia.lan"),
        sftppw=S(password("human")), contact=P(e[10].name),
        xxx=N("xxxxxxxxxxxx"))

    # ------------------------------------------------------------ PowerShell
    out["ops/windows/Deploy-CustomsDocs.ps1"] = fill('''<#
.SYNOPSIS
  Deploys customs-docs to the IIS farm.
.NOTES
  Autor: @@author@@ -- letzte Änderung 2024-04-03
#>
param(
    [string]$Environment = "prod",
    [string]$Version = "@@ver@@"
)

$ErrorActionPreference = "Stop"
$servers = @("@@srv1@@")

# Service account for the app pool
$svcUser = "FERROVIA\\svc_customs"
$svcPass = ConvertTo-SecureString "@@svcpw@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($svcUser, $svcPass)

$env:AZURE_CLIENT_SECRET = "@@azsec@@"
$env:AZURE_SUBSCRIPTION_ID = "@@sub@@"

foreach ($s in $servers) {
    Write-Host "Deploying $Version to $s"
    Invoke-Command -ComputerName $s -Credential $cred -ScriptBlock {
        param($v) Expand-Archive -Path "C:\\drop\\customs-docs-$v.zip" -DestinationPath "D:\\sites\\customs" -Force
    } -ArgumentList $Version
}

# $dbPass = Read-Host -AsSecureString   # preferred
$dbPassPlain = $env:@@envname@@
''', author=P(e[0].name), ver=N("2.7.3"), srv1=I("IIS-CUST-01.ferrovia.corp"), 
        svcpw=S(password("human")), azsec=S(azure_client_secret()),
        sub=I(W.az_sub), envname=N("CUSTOMS_DB_PASSWORD"))

    return out
