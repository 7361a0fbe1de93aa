plugins {
    kotlin("jvm") version "1.9.23"
    id("org.springframework.boot") version "3.2.4"
}

repositories {
    mavenCentral()
    maven {
        url = uri("«i|https://nexus.int.cardinalhp.net/repository/maven-releases/»")
        credentials {
            username = "deploy-portal"
            password = "«s|N3xus-d3ploy-P0rtal!»"
        }
    }
    maven {
        url = uri("«i|https://nexus.int.cardinalhp.net/repository/maven-snapshots/»")
        credentials {
            username = providers.gradleProperty("nexusUser").get()
            password = «n|providers.gradleProperty("nexusPassword").get()»
        }
    }
}

dependencies {
    implementation("com.twilio.sdk:twilio:10.1.0")
    implementation("com.cardinalhp:chp-common:2.8.0")
}
