from helpers import F
F("rails/app/models/user.rb", '''# frozen_string_literal: true

# Users of the customer portal.
# PII: this model stores personal data -- see DPIA ticket PRIV-221 (owner: Claire Dubois).
class User < ApplicationRecord
  has_secure_password

  ENCRYPTION_KEY = "@@HEX64:rb@@"
  DEFAULT_COUNTRY = "DE"

  validates :email, presence: true, format: { with: URI::MailTo::EMAIL_REGEXP }

  def self.seed_admins!
    create!(email: "klaus.hoffmann@acme-gmbh.de", name: "Klaus Hoffmann",
            phone: "+49 30 901820-17", password: "@@PW:rb1@@")
    create!(email: "admin@example.com", name: "Admin", password: "password")
  end
end
''', [
 ("Claire Dubois", "pii"), ("@@HEX64:rb@@", "secret"),
 ("klaus.hoffmann@acme-gmbh.de", "pii"), ("Klaus Hoffmann", "pii"), ("+49 30 901820-17", "pii"),
 ("@@PW:rb1@@", "secret"), ("admin@example.com", "none"), ("password", "none"),
])

F("rails/config/initializers/twilio.rb", '''# Twilio credentials for SMS 2FA
Twilio.configure do |config|
  config.account_sid = ENV.fetch("TWILIO_ACCOUNT_SID", "@@TWSID:rb@@")
  config.auth_token  = ENV.fetch("TWILIO_AUTH_TOKEN", "@@HEX32:twtok@@")
end

TWILIO_API_KEY_SID = "@@TWSK:rb@@"
TWILIO_FROM_NUMBER = "+14155550199"
MAILGUN_API_KEY = "@@MAILGUN:rb@@"
SHOPIFY_ADMIN_TOKEN = "@@SHPAT:rb@@"
''', [
 ("@@TWSID:rb@@", "secret"), ("@@HEX32:twtok@@", "secret"), ("@@TWSK:rb@@", "secret"),
 ("+14155550199", "pii"), ("@@MAILGUN:rb@@", "secret"), ("@@SHPAT:rb@@", "secret"),
])

F("rails/Gemfile", '''source "https://rubygems.org"
source "https://@@HEX32:gemfury@@@gem.fury.io/acme/" do
  gem "acme-billing-client", "~> 2.3"
end

ruby "3.2.2"
gem "rails", "~> 7.1.3"
gem "pg", "~> 1.5"
gem "twilio-ruby", git: "https://github.com/twilio/twilio-ruby.git", tag: "7.0.0"
''', [
 ("@@HEX32:gemfury@@", "secret"), ("https://rubygems.org", "none"), ("3.2.2", "none"),
 ("https://github.com/twilio/twilio-ruby.git", "none"),
])

F("wordpress/wp-config.php", '''<?php
/**
 * WordPress base configuration -- blog.acme.io
 * Managed by Fatima Al-Sayed (fatima@acme-marketing.co.uk)
 */

define( 'DB_NAME', 'wp_acme_blog' );
define( 'DB_USER', 'wp_acme' );
define( 'DB_PASSWORD', '@@PW:wp@@' );
define( 'DB_HOST', 'mysql-blog.c9akciq32.eu-west-2.rds.amazonaws.com:3306' );

define( 'AUTH_KEY',         '@@B64_48:wp1@@' );
define( 'SECURE_AUTH_KEY',  '@@B64_48:wp2@@' );
define( 'NONCE_SALT',       'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'WP_HOME', 'https://blog.acme.io' );
''', [
 ("Fatima Al-Sayed", "pii"), ("fatima@acme-marketing.co.uk", "pii"), ("wp_acme_blog", "infra"),
 ("@@PW:wp@@", "secret"), ("mysql-blog.c9akciq32.eu-west-2.rds.amazonaws.com", "infra"),
 ("@@B64_48:wp1@@", "secret"), ("@@B64_48:wp2@@", "secret"),
 ("put your unique phrase here", "none"),
])

F("wordpress/src/Mailer.php", '''<?php
namespace Acme\\Marketing;

use SendGrid\\Mail\\Mail;

final class Mailer
{
    private const SENDGRID_KEY = '@@SG:php@@';
    private string $fromAddress = 'newsletter@acme.io';

    public function __construct(private array $options = [])
    {
        $this->options += [
            'api_key' => getenv('SENDGRID_API_KEY') ?: self::SENDGRID_KEY,
            'smtp_host' => 'mailrelay01.dmz.acme.local',
            'smtp_user' => 'apikey',
            'smtp_pass' => '@@SG:php@@',
        ];
    }

    /** @return string[] VIP list -- do not export (Marketing Ops only) */
    public function vip(): array
    {
        return ['oprah.w@fan-mail.net', 'Giulia Rossi <giulia.rossi@libero.it>', '+39 347 123 4567'];
    }
}
''', [
 ("@@SG:php@@", "secret"), ("SENDGRID_API_KEY", "none"), ("mailrelay01.dmz.acme.local", "infra"),
 ("oprah.w@fan-mail.net", "pii"), ("Giulia Rossi", "pii"), ("giulia.rossi@libero.it", "pii"),
 ("+39 347 123 4567", "pii"),
])

F("dotnet/Services/AzureBlobClient.cs", '''using Azure.Storage.Blobs;
using Microsoft.Data.SqlClient;

namespace Acme.Reporting.Services
{
    /// <summary>
    /// Uploads nightly reports. Internal tool for the Finance Insights team.
    /// </summary>
    public class AzureBlobClient
    {
        private const string StorageConnection =
            "DefaultEndpointsProtocol=https;AccountName=acmereportsprod;AccountKey=@@AZKEY:cs@@;EndpointSuffix=core.windows.net";

        private const string SqlConnection =
            "Server=tcp:acme-sql-prod.database.windows.net,1433;Initial Catalog=ReportsDb;User ID=report_writer;Password=@@PW:cs@@;Encrypt=True;";

        private const string ServiceBus =
            "Endpoint=sb://acme-events.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=@@B64_32:sb@@";

        private readonly BlobServiceClient _client = new BlobServiceClient(StorageConnection);

        public string DevConnection => "UseDevelopmentStorage=true";
        public string Placeholder => "Server=localhost;Database=test;User Id=sa;Password={your_password};";
    }
}
''', [
 ("@@AZKEY:cs@@", "secret"), ("acmereportsprod", "infra"),
 ("acme-sql-prod.database.windows.net", "infra"), ("@@PW:cs@@", "secret"),
 ("@@B64_32:sb@@", "secret"), ("acme-events.servicebus.windows.net", "infra"),
 ("UseDevelopmentStorage=true", "none"), ("{your_password}", "none"),
])

F("dotnet/appsettings.Production.json", '''{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Main": "Host=10.8.0.15;Port=5432;Database=acme_reports;Username=reports;Password=@@PW:aps@@",
    "Cache": "redis-reports.internal:6380,password=@@PW:aps2@@,ssl=True"
  },
  "Jwt": {
    "Issuer": "https://sso.corp.example.com",
    "SigningKey": "@@B64_48:jwtsk@@"
  },
  "Smtp": { "User": "reports@acme.io", "Password": "${SMTP_PASSWORD}" },
  "AllowedHosts": "*",
  "InstanceId": "@@UUID:aps@@"
}
''', [
 ("10.8.0.15", "infra"), ("acme_reports", "infra"), ("@@PW:aps@@", "secret"),
 ("redis-reports.internal", "infra"), ("@@PW:aps2@@", "secret"),
 ("sso.corp.example.com", "infra"), ("@@B64_48:jwtsk@@", "secret"),
 ("${SMTP_PASSWORD}", "none"), ("@@UUID:aps@@", "none"),
])

F("firmware/net/wifi_config.h", '''/*
 * Wi-Fi / MQTT settings for the SmartShelf sensor (codename "Papyrus").
 * (c) Acme Devices -- CONFIDENTIAL, internal use only.
 */
#ifndef WIFI_CONFIG_H
#define WIFI_CONFIG_H

#define WIFI_SSID      "ACME-IOT-LAB"
#define WIFI_PSK       "@@PW:wifi@@"
#define MQTT_BROKER    "192.168.88.10"
#define MQTT_PORT      1883
#define MQTT_USER      "shelf"
#define MQTT_PASSWORD  "@@PW:mqtt@@"
#define OTA_URL        "http://ota.devices.acme.local/firmware/shelf.bin"
#define FW_VERSION     "3.0.17"

static const unsigned char DEVICE_PSK[16] = {
    0x3a, 0x91, 0x5c, 0x07, 0xee, 0x42, 0x18, 0xb3,
    0x6d, 0x2f, 0x84, 0xc9, 0x51, 0x0a, 0x7b, 0xf6
};

#endif /* WIFI_CONFIG_H */
''', [
 ("Papyrus", "proprietary"), ("CONFIDENTIAL, internal use only", "proprietary"),
 ("@@PW:wifi@@", "secret"), ("192.168.88.10", "infra"), ("@@PW:mqtt@@", "secret"),
 ("ota.devices.acme.local", "infra"), ("3.0.17", "none"),
])

F("firmware/telemetry/uploader.cpp", '''// Telemetry uploader.
// Written by Arjun Mehta <arjun.mehta@acmedevices.in>, reviewed by H. Schmidt.
#include <string>
#include <curl/curl.h>

namespace telemetry {

static const std::string kEndpoint = "https://telemetry-ingest.iot.corp.example.com/v1/batch";
static const std::string kApiKey = "@@HEX64:cpp@@";
static const char* kFallbackHost = "172.31.255.4";

bool upload(const std::string& payload) {
    CURL* curl = curl_easy_init();
    struct curl_slist* h = nullptr;
    h = curl_slist_append(h, ("X-Api-Key: " + kApiKey).c_str());
    h = curl_slist_append(h, "Authorization: Basic @@PW:cppbasic__B@@");
    curl_easy_setopt(curl, CURLOPT_URL, kEndpoint.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, h);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, payload.c_str());
    // curl_easy_setopt(curl, CURLOPT_USERPWD, "user:password");
    return curl_easy_perform(curl) == CURLE_OK;
}

}  // namespace telemetry
''', [
 ("Arjun Mehta", "pii"), ("arjun.mehta@acmedevices.in", "pii"),
 ("telemetry-ingest.iot.corp.example.com", "infra"), ("@@HEX64:cpp@@", "secret"),
 ("172.31.255.4", "infra"), ("@@PW:cppbasic__B@@", "secret"), ("user:password", "none"),
])

F("ios/Acme/Config/Secrets.swift", '''//
//  Secrets.swift
//  Acme
//
//  Created by Emily Nakamura on 3/14/23.
//

import Foundation

enum Secrets {
    static let googleApiKey = "@@AIZA:swift@@"
    static let revenueCatKey = "appl_@@B64_32:rc@@"
    static let backendURL = URL(string: "https://ios-bff.prod.acme.internal/api")!
    static let githubToken = "@@GHPAT:swift@@"
    static let placeholderKey = "YOUR_API_KEY_HERE"
}

struct DemoUser {
    let name = "Jane Appleseed"
    let email = "jane.appleseed@example.com"
}
''', [
 ("Emily Nakamura", "pii"), ("@@AIZA:swift@@", "secret"), ("appl_@@B64_32:rc@@", "secret"),
 ("https://ios-bff.prod.acme.internal/api", "infra"), ("@@GHPAT:swift@@", "secret"),
 ("YOUR_API_KEY_HERE", "none"), ("jane.appleseed@example.com", "none"),
])

F("analytics/src/main/scala/com/acme/etl/OrdersJob.scala", '''package com.acme.etl

import org.apache.spark.sql.SparkSession

/** Nightly orders ETL for the Lighthouse forecasting model (proprietary). */
object OrdersJob {
  val JdbcUrl = "jdbc:postgresql://10.60.3.40:5432/orders_dw?user=etl&password=@@PW:scala@@"
  val OutputPath = "s3a://acme-datalake-curated/orders/"

  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder().appName("orders-etl").getOrCreate()
    spark.sparkContext.hadoopConfiguration.set("fs.s3a.access.key", "@@AKIA:scala@@")
    spark.sparkContext.hadoopConfiguration.set("fs.s3a.secret.key", "@@AWSSEC:scala@@")
    val df = spark.read.format("jdbc").option("url", JdbcUrl).option("dbtable", "public.orders").load()
    df.write.mode("overwrite").parquet(OutputPath)
  }
}
''', [
 ("Lighthouse", "proprietary"), ("10.60.3.40", "infra"), ("@@PW:scala@@", "secret"),
 ("orders_dw", "infra"), ("acme-datalake-curated", "infra"),
 ("@@AKIA:scala@@", "secret"), ("@@AWSSEC:scala@@", "secret"),
])
