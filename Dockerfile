# syntax=docker/dockerfile:1
# sayswho: build with the Maven wrapper on a JDK, run the Quarkus fast-jar on a JRE as a non-root user.
#   docker build -t sayswho .
#   docker run --rm -p 8080:8080 sayswho
# Extra JVM flags: -e JAVA_TOOL_OPTIONS="..."; settings: -e SAYSWHO_MAX_TEXT_LENGTH=... (see README).

FROM eclipse-temurin:17.0.15_6-jdk AS build
WORKDIR /build
# The wrapper and the POM first, so that source edits do not invalidate the wrapper layer.
COPY mvnw pom.xml openapi.yaml ./
COPY .mvn/ .mvn/
COPY src/ src/
# the demo page at / draws with the browser extension's own code (pom.xml serves extension/shared/ as /shared/)
COPY extension/shared/ extension/shared/
# The cache mount keeps ~/.m2 between builds without baking it into a layer. The AppCDS archive is made in the run
# stage, by the JVM that uses it.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B package -DskipTests

FROM eclipse-temurin:17.0.15_6-jre AS run
RUN groupadd --system --gid 10001 sayswho \
 && useradd --system --uid 10001 --gid sayswho --home-dir /app --no-create-home --shell /usr/sbin/nologin sayswho
WORKDIR /app
# Copied in four layers, least to most often changed, as the Quarkus fast-jar is laid out.
COPY --from=build --chown=10001:10001 /build/target/quarkus-app/lib/ /app/lib/
COPY --from=build --chown=10001:10001 /build/target/quarkus-app/quarkus-run.jar /app/quarkus-run.jar
COPY --from=build --chown=10001:10001 /build/target/quarkus-app/app/ /app/app/
COPY --from=build --chown=10001:10001 /build/target/quarkus-app/quarkus/ /app/quarkus/
# AppCDS: one training start (scripts/cds-train.sh: ready, one request of each kind, SIGTERM) keeps every class it
# loaded as an archive for every later start (README, "Start-up and memory": ~30 % less CPU to get ready). Made here,
# by this image's JRE with the ENTRYPOINT's flags, against these very files and the ENTRYPOINT's path; should it ever
# not match, the JVM ignores it (-Xshare:auto) rather than fail.
COPY scripts/cds-train.sh /tmp/cds-train.sh
RUN bash /tmp/cds-train.sh /app /app/app-cds.jsa -XX:+UseSerialGC -Xms64m -Xmx160m -XX:MaxMetaspaceSize=96m \
        -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+ExitOnOutOfMemoryError \
 && rm /tmp/cds-train.sh && test -s /app/app-cds.jsa
USER 10001
EXPOSE 8080
# Size the heap from the container's memory limit, die on OOM so the orchestrator restarts a clean JVM, and listen on
# every interface (Quarkus defaults to 0.0.0.0 in prod, stated here so no profile change can hide the port).
# JVM flags: scripts/serve.sh's, the README's production command (DockerfileTest keeps them the same), measured by
# benchmarks/load.sh to hold the JVM under 200 MB resident under load.
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xms64m", "-Xmx160m", "-XX:MaxMetaspaceSize=96m", "-XX:ReservedCodeCacheSize=64m", \
            "-Xss512k", "-XX:+ExitOnOutOfMemoryError", "-XX:SharedArchiveFile=/app/app-cds.jsa", \
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-Dquarkus.http.host=0.0.0.0", \
            "-jar", "/app/quarkus-run.jar"]
