plugins {
    kotlin("jvm") version "«N:1.9.23»"
    id("org.springframework.boot") version "3.2.4"
    id("io.spring.dependency-management") version "1.1.4"
}

group = "ch.nebula"
version = "4.18.0-SNAPSHOT"

repositories {
    maven {
        url = uri("«I:https://artifactory.nebula-pb.internal/artifactory/libs-release»")
        credentials {
            username = "ci-gradle"
            // TODO move to ~/.gradle/gradle.properties, this is the shared CI token
            password = "«S@jfrog:ci-gradle»"
        }
    }
    maven {
        url = uri("https://repo.maven.apache.org/maven2")
    }
}

dependencies {
    implementation("org.springframework.boot:spring-boot-starter-web")
    implementation("org.postgresql:postgresql:«N:42.7.3»")
    implementation("com.oracle.database.jdbc:ojdbc11:23.3.0.23.09")
    implementation("ch.nebula.platform:npb-audit-client:2.4.1")
    testImplementation(kotlin("test"))
}

tasks.withType<Test> {
    useJUnitPlatform()
    systemProperty("npb.test.db", "«I:pg-accounts-test.zrh1.nebula-pb.internal»")
}
