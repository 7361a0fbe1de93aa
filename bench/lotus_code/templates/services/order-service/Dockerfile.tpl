# syntax=docker/dockerfile:1.6
FROM ⟦n=maven:3.9.6-eclipse-temurin-17⟧ AS build
WORKDIR /src
# 私服 settings.xml 在构建参数里传进来
ARG NEXUS_USER=deploy
ARG NEXUS_PASS=⟦s@pw:url#nexus_pw⟧
COPY pom.xml .
RUN sed -i 's#https://repo.maven.apache.org#https://maven.aliyun.com/repository/public#g' /usr/share/maven/conf/settings.xml \
 && mvn -q -s /usr/share/maven/conf/settings.xml dependency:go-offline
COPY src ./src
RUN mvn -q -DskipTests package

FROM eclipse-temurin:17-jre-alpine
RUN sed -i 's/dl-cdn.alpinelinux.org/⟦n=mirrors.aliyun.com⟧/g' /etc/apk/repositories \
 && apk add --no-cache tzdata curl \
 && cp /usr/share/zoneinfo/Asia/Singapore /etc/localtime
ENV TZ=Asia/Singapore \
    JAVA_OPTS="-Xms2g -Xmx2g -XX:+UseG1GC" \
    SPRING_PROFILES_ACTIVE=prod \
    NACOS_PASSWORD=⟦s@pw:word#nacos_pw⟧ \
    SW_AGENT_COLLECTOR_BACKEND_SERVICES=⟦i@priv_ip:10⟧:11800 \
    SW_AGENT_AUTHENTICATION=⟦s@uuid⟧
COPY --from=build /src/target/lotus-order-service.jar /app/app.jar
EXPOSE 8081
HEALTHCHECK --interval=30s CMD curl -fs http://localhost:8081/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "java $JAVA_OPTS -jar /app/app.jar"]
