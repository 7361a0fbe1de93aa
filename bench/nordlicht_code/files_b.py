"""TypeScript, Pulumi, JVM, Swift, Go, C++, Scala, R, Julia, Dart."""
import values as V

_integrity = "sha512-" + V.b64_key(64)
_integrity2 = "sha512-" + V.b64_key(64)
_uuid = "%s-%s-4%s-9%s-%s" % (V.rs(8, V.HEX), V.rs(4, V.HEX), V.rs(3, V.HEX), V.rs(3, V.HEX), V.rs(12, V.HEX))
_azure = "DefaultEndpointsProtocol=https;AccountName=nlhprodimaging;AccountKey=%s;EndpointSuffix=core.windows.net" % V.azure_storage_key()

FILES = [
("web/lib/analytics.ts", '''
import { Analytics } from "@segment/analytics-node";

// TODO(⟦p=Bram Hendriks⟧): write key should come from the server, not the bundle
const SEGMENT_WRITE_KEY = process.env.SEGMENT_WRITE_KEY || "⟦s@rs:32⟧";

const SEGMENT_CDN = "⟦n=https://cdn.segment.com⟧";
export const analytics = new Analytics({ writeKey: SEGMENT_WRITE_KEY });

export function trackConsultStarted(userId: string, country: "SE" | "NO" | "NL" | "FR") {
  analytics.track({ userId, event: "consult_started", properties: { country } });
}

// Feature flag for the unreleased ⟦r=Nordlicht Pulse Home Kit⟧ onboarding
export const PULSE_HOME_KIT_ENABLED = false;

// See ⟦n=https://github.com/segmentio/analytics-next⟧ for docs
'''),

("web/pages/api/webhooks/github.ts", '''
import crypto from "crypto";
import type { NextApiRequest, NextApiResponse } from "next";

const GITHUB_WEBHOOK_SECRET = process.env.GH_WEBHOOK_SECRET ?? "⟦s@password:28⟧";
const GITHUB_TOKEN = "⟦s@github_pat⟧"; // bot: nordlicht-release-bot

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const sig = req.headers["x-hub-signature-256"] as string;
  const mac = crypto.createHmac("sha256", GITHUB_WEBHOOK_SECRET).update(JSON.stringify(req.body)).digest("hex");
  if (`sha256=${mac}` !== sig) return res.status(401).end();
  await fetch("⟦n=https://api.github.com/repos/nordlicht/web/dispatches⟧", {
    method: "POST",
    headers: { Authorization: `Bearer ${GITHUB_TOKEN}` },
  });
  res.status(204).end();
}
'''),

("web/__tests__/patientCard.test.tsx", '''
import { render, screen } from "@testing-library/react";
import PatientCard from "../components/PatientCard";

describe("PatientCard", () => {
  const cases = [
    { name: "⟦p=Sigrid Halvorsen⟧", phone: "⟦p=+47 934 12 877⟧", dob: "⟦p=1979-02-14⟧" },
    { name: "⟦p=Étienne Dubois⟧", phone: "⟦p=+33 6 45 82 19 07⟧", dob: "⟦p=1991-07-30⟧" },
    { name: "Test Person", phone: "⟦n=+46 70 000 00 00⟧", dob: "2000-01-01" },
  ];

  it.each(cases)("renders $name", (p) => {
    render(<PatientCard patient={p} />);
    expect(screen.getByText(p.name)).toBeInTheDocument();
  });

  it("masks email", () => {
    render(<PatientCard patient={{ name: "X", email: "⟦p=noor.bakker87@gmail.com⟧" }} />);
  });
});
'''),

("web/package-lock.json", '''
{
  "name": "nordlicht-web",
  "version": "0.31.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/next": {
      "version": "14.2.3",
      "resolved": "⟦n=https://registry.npmjs.org/next/-/next-14.2.3.tgz⟧",
      "integrity": "⟦n:i1⟧"
    },
    "node_modules/react": {
      "version": "18.3.1",
      "resolved": "https://registry.npmjs.org/react/-/react-18.3.1.tgz",
      "integrity": "⟦n:i2⟧"
    },
    "node_modules/lodash": {
      "version": "⟦n=4.17.21⟧",
      "resolved": "⟦n=https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz⟧"
    }
  }
}
''', {"i1": _integrity, "i2": _integrity2}),

(".npmrc", '''
@nordlicht:registry=⟦i=https://nexus.nordlicht.corp/repository/npm-private/⟧
//nexus.nordlicht.corp/repository/npm-private/:_authToken=⟦s@npm_token⟧
//registry.npmjs.org/:_authToken=⟦n=${NPM_TOKEN}⟧
'''),

("mobile/rn/src/config.ts", '''
// React Native app config
// ⟦r=VERTROUWELIJK: niet verspreiden buiten Nordlicht Health B.V.⟧
export const Config = {
  apiBase: __DEV__ ? "http://10.0.2.2:8000" : "https://api.nordlicht.health",
  videoSdkKey: "⟦s@rs:40⟧",
  sentryDsn: "https://⟦s@sentry_dsn_key⟧@o4504123.ingest.sentry.io/4505002",
  stagingHost: "⟦i=staging-api.nordlicht.lan⟧",
  // demo login for App Store review (kept for Apple reviewers)
  reviewAccount: { user: "⟦p=appreview.tove.dahl⟧", password: "⟦s@word_password⟧" },
};

export const FEATURE_CODENAMES = ["⟦r=Polarnatt⟧", "⟦r=Tulpenveld⟧"];
'''),

("infra/pulumi/index.ts", '''
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const cfg = new pulumi.Config();
const dbPassword = cfg.requireSecret("⟦n=dbPassword⟧");

const vpc = new aws.ec2.Vpc("nlh-prod", { cidrBlock: "⟦i=10.60.0.0/16⟧" });
const privateSubnet = new aws.ec2.Subnet("private-a", { vpcId: vpc.id, cidrBlock: "⟦i=10.60.12.0/24⟧" });

const exports = new aws.s3.Bucket("⟦i=nlh-prod-lab-results-archive⟧", { acl: "private" });

const db = new aws.rds.Instance("clinical", {
  engine: "postgres",
  instanceClass: "db.r6g.xlarge",
  username: "nlh_admin",
  password: dbPassword,
  dbName: "⟦i=nlh_clinical_prod⟧",
});

// legacy: hard-coded until PLAT-412 is done (⟦p=Jonas Vik⟧)
const legacyReplica = new aws.rds.Instance("clinical-legacy", {
  engine: "postgres",
  username: "nlh_admin",
  password: "⟦s@password⟧",
});

export const bastion = "⟦i=bastion.eu-north-1.nordlicht.corp⟧";
'''),

("android/app/src/main/java/health/nordlicht/app/ApiClient.kt", '''
package health.nordlicht.app

import okhttp3.OkHttpClient

/**
 * ⟦r=KONFIDENTIELLT – får ej spridas utanför Nordlicht Health AB⟧
 */
object ApiClient {
    private const val BASE_URL = "https://api.nordlicht.health/v2/"
    private const val MAPS_API_KEY = "⟦s@gcp_api_key⟧"
    // Staging basic auth (⟦i=staging.nordlicht.lan⟧), byt ut innan release!
    private const val STAGING_AUTH = "⟦s:basic⟧"

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(chain.request().newBuilder()
                .header("X-Api-Key", "⟦s@api_key_generic⟧")
                .build())
        }
        .build()

    // Debug only: patient used in QA, ⟦p=Johan Ekström⟧ ⟦p@personnummer⟧
}
''', {"basic": "Basic " + V.b64("qa-staging:" + V.password())}),

("services/records/src/main/java/health/nordlicht/records/RecordsConfig.java", '''
package health.nordlicht.records;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records service config.
 * Eigenaar: ⟦r=Squad Kanelbulle⟧ (escalatie: ⟦p=Femke Jansen⟧, ⟦p=+31 20 794 3318⟧)
 */
@Configuration
public class RecordsConfig {

    static final String KEYSTORE_PASSWORD = "⟦s@password⟧";
    static final String AES_KEY_B64 = "⟦s@b64_key⟧";

    @Bean
    public DataSource dataSource() {
        return DataSourceBuilder.create()
            .url("⟦i=jdbc:postgresql://pg-records.ams.nordlicht.corp:5432/nlh_records⟧")
            .driverClassName("⟦n=org.postgresql.Driver⟧")
            .username("records_svc")
            .password("⟦s@password⟧")
            .build();
    }

    @Bean
    public BlobServiceClient blobs() {
        return new BlobServiceClientBuilder()
            .connectionString("⟦s:azure⟧")
            .buildClient();
    }
}
''', {"azure": _azure}),

("services/records/src/main/resources/application.properties", '''
# ⟦r=VERTROUWELIJK: niet verspreiden buiten Nordlicht Health B.V.⟧
spring.datasource.url=⟦i=jdbc:postgresql://pg-records.ams.nordlicht.corp:5432/nlh_records⟧
spring.datasource.username=records_svc
spring.datasource.password=⟦s@password⟧
spring.rabbitmq.host=⟦i=rabbitmq.messaging.svc.cluster.local⟧
spring.rabbitmq.password=⟦n=${RABBIT_PASSWORD}⟧
records.queue.inbound=⟦i=records.hl7.inbound⟧
records.oauth.client-id=⟦n=records-service⟧
server.ssl.key-store=⟦n=classpath:keystore.p12⟧
records.oauth.client-secret=⟦s@client_secret⟧
management.server.address=127.0.0.1
app.version=⟦n=2.7.0-SNAPSHOT⟧
'''),

("services/records/src/test/java/health/nordlicht/records/PatientMapperTest.java", '''
package health.nordlicht.records;

import static org.assertj.core.api.Assertions.assertThat;

class PatientMapperTest {

    @ParameterizedTest
    @CsvSource({
        "⟦p=Pieter Visser⟧, ⟦p@bsn⟧, ⟦p@iban:NL⟧",
        "⟦p=Elin Sandberg⟧, ⟦p@personnummer⟧, ⟦p@iban:SE⟧",
        "⟦p=Kristoffer Lie⟧, ⟦p@fodselsnummer⟧, ⟦p@iban:NO⟧",
    })
    void mapsNationalIdAndIban(String name, String id, String iban) {
        Patient p = PatientMapper.from(name, id, iban);
        assertThat(p.getIban()).isEqualTo(iban);
    }

    @Test
    void rejectsPlaceholder() {
        assertThat(PatientMapper.isValidIban("⟦n=NL00XXXX0000000000⟧")).isFalse();
    }
}
'''),

("ios/NordlichtCare/Config/Secrets.swift", '''
import Foundation

// Commit "feat(ios): video consult via Vonage" - ⟦p=Océane Marchand⟧ 2024-04-02
enum Secrets {
    static let bundleId = "⟦n=health.nordlicht.care⟧"
    static let vonageApiSecret = "⟦s@rs:16⟧"
    static let revenueCatKey = "appl_⟦s@rs:27⟧"
    static let firebaseApiKey = "⟦s@gcp_api_key⟧"
    static let internalDebugHost = "⟦i=ios-debug.nordlicht.local⟧"
    static let placeholderToken = "⟦n=REPLACE_WITH_TOKEN⟧"
}

// Interne codename voor de Apple Watch app: ⟦r=Project Ljusglimt⟧
'''),

("services/gateway/main.go", '''
package main

import (
	"log"
	"net/http"
	"os"
)

// ⟦r=CONFIDENTIEL – Propriété de Nordlicht Health SAS, ne pas diffuser⟧

const (
	defaultUpstream = "⟦i=http://records.records.svc.cluster.local:8080⟧"
	ldapURL         = "⟦i=ldaps://dc01.nordlicht.corp:636⟧"
	userAgent       = "⟦n=nordlicht-gateway/2.3.1⟧"
	ldapBindPW      = "⟦s@password⟧"
)

var mongoURI = getenv("MONGO_URI", "mongodb+srv://chat_svc:⟦s:mongopw⟧@⟦i=chat-cluster.nordlicht.intern⟧/chat?retryWrites=true")

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func main() {
	apiKey := os.Getenv("⟦n=GATEWAY_API_KEY⟧")
	_ = apiKey
	log.Println("listening on :8443, upstream", defaultUpstream)
	// internal metrics scraped from ⟦i=10.42.9.0/24⟧
	log.Fatal(http.ListenAndServe(":8443", nil))
}
''', {"mongopw": V.password()}),

("services/gateway/gateway_test.go", '''
package main

import "testing"

func TestMaskIP(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"⟦p@user_ip⟧", "x.x.x.x"},
		{"⟦n=198.51.100.23⟧", "x.x.x.x"},
		{"⟦n=192.0.2.44⟧", "x.x.x.x"},
	}
	for _, tt := range tests {
		if got := maskIP(tt.in); got != tt.want {
			t.Errorf("maskIP(%q) = %q", tt.in, got)
		}
	}
}

func TestRequestID(t *testing.T) {
	id := "⟦n:u⟧"
	if len(id) != 36 {
		t.Fatal("bad id")
	}
}
''', {"u": _uuid}),

("firmware/pulse_flasher/src/flasher.cpp", '''
// pulse_flasher - provisions ⟦r=CareBand 2⟧ devices (unreleased, NDA)
// Copyright (c) 2024 Nordlicht Health AB. ⟦r=Nordlicht Health Proprietary and Confidential⟧
#include <string>
#include <iostream>

namespace nlh {

// Device provisioning endpoint on the factory LAN
static const char* kProvisionHost = "⟦i=provision.factory.nordlicht.lan⟧";
static const char* kProvisionIp = "⟦i=192.168.77.20⟧";
// Per-batch AES-128 key used to encrypt the device identity blob
static const unsigned char kBatchKey[] = "⟦s@hex_key:32⟧";
static const char* kOtaSigningSecret = "⟦s@b64_key:48⟧";
static const char* kFirmwareVersion = "⟦n=fw-3.4.17⟧";

/* Old MQTT creds, keep until all batch-7 devices are reflashed
static const char* kMqttUser = "device-batch7";
static const char* kMqttPass = "⟦s@password⟧";
*/

int flash(const std::string& port) {
    std::cout << "flashing via " << port << " to " << kProvisionHost << std::endl;
    return 0;
}

}  // namespace nlh
'''),

("jobs/spark/src/main/scala/health/nordlicht/etl/ConsultRollup.scala", '''
package health.nordlicht.etl

import org.apache.spark.sql.SparkSession

// Nightly rollup for ⟦r=Project NORRSKEN⟧ dashboards
object ConsultRollup {
  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder()
      .appName("consult-rollup")
      .config("spark.hadoop.fs.s3a.impl", "⟦n=org.apache.hadoop.fs.s3a.S3AFileSystem⟧")
      .config("spark.hadoop.fs.s3a.access.key", "⟦s@aws_key_id⟧")
      .config("spark.hadoop.fs.s3a.secret.key", "⟦s@aws_secret⟧")
      .config("spark.hadoop.fs.s3a.endpoint", "⟦i=http://minio.data.svc.cluster.local:9000⟧")
      .getOrCreate()

    val df = spark.read.parquet("⟦i=s3a://nlh-datalake-raw/consults/⟧")
    df.write.mode("overwrite")
      .jdbc("jdbc:postgresql://⟦i=dw.nordlicht.intern⟧:5432/⟦i=nlh_analytics_dw⟧", "consult_rollup", props())
  }
}
'''),

("analysis/r/readmission_model.R", '''
# Readmission risk model - ⟦r=STRENGT FORTROLIG – kun for intern bruk⟧
# Forfatter: ⟦p=Maren Solberg⟧ (⟦p=maren.solberg@nordlicht-health.no⟧)
library(DBI)
library(RPostgres)

con <- dbConnect(Postgres(),
                 host = "⟦i=dw.nordlicht.intern⟧",
                 dbname = "⟦i=nlh_analytics_dw⟧",
                 user = "analyst",
                 password = Sys.getenv("⟦n=DW_PASSWORD⟧", "⟦s@word_password⟧"))

# Proprietær vekting (ikke publiser)
# ⟦r=risk <- plogis(-3.12 + 0.57*prior_adm + 0.024*age + 0.88*chf + 0.41*polypharm)⟧
df <- dbGetQuery(con, "select * from readmissions where region = 'Vestland'")
'''),

("analysis/julia/wait_time_sim.jl", '''
# Wait-time simulation for the ⟦r=Tulpenveld⟧ NL rollout
using CSV, DataFrames, HTTP

const API = "⟦i=http://capacity.ops.nordlicht.intern/api/v1⟧"
const TOKEN = get(ENV, "⟦n=CAPACITY_TOKEN⟧", "⟦s@jwt:capacity-sim⟧")

# Triage service-level formula agreed with ⟦r=Clinical Signals Guild⟧
⟦r=target_wait(p) = 12.0 * exp(-0.35 * p) + 4.5⟧

resp = HTTP.get("$API/queues"; headers = ["Authorization" => "Bearer $TOKEN"])
'''),

("mobile/flutter/lib/env.dart", '''
// Flutter companion app (⟦r=Nordlicht Pulse Home Kit⟧ pairing)
class Env {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.nordlicht.health');
  static const mqttHost = '⟦i=mqtt.iot.nordlicht-internal.net⟧';
  static const mqttPassword = '⟦s@password⟧';
  static const mapboxToken = 'pk.⟦s@rs:60⟧';
  static const placeholder = '⟦n=your-api-key-here⟧';
  // kontakt: ⟦p=Tove Dahl⟧ ⟦p=+46 73 551 20 84⟧
}
'''),
]
