# Production image: the Vaadin production build, run as a non-root user.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY frontend/ frontend/
RUN ./mvnw -B -Pproduction -DskipTests -Dspotless.check.skip=true package \
    && cp target/jcpp-liaison-*.jar /app.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 1001 --create-home liaison
WORKDIR /app
COPY --from=build /app.jar /tmp/app.jar
# the jar extracted into its classes' jars (they load faster from plain files than from inside one jar)
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app && rm /tmp/app.jar && chown -R liaison /app
USER liaison
# A training start, on a throwaway embedded database, writes the JVM's ahead-of-time cache of the classes the app
# loads and links while starting (Java 25): the app then serves its first page in 10-13 s instead of 13-20 s at a
# million contacts, on two machines of 2 cores (docs/benchmarks.md). Should the training fail, the app starts as
# before, without the cache. The training's database is throwaway: no fsync, deleted when it stops.
RUN LIAISON_DATA_DIR=/tmp/training-db LIAISON_DATABASE_THROWAWAY=true LIAISON_DEMO=false \
      LIAISON_ADMIN_PASSWORD=only-for-the-training-start \
      java -XX:AOTCacheOutput=/app/app.aot -Dspring.context.exit=onRefresh -jar /app/app.jar \
    || echo "The training start failed: the image runs without the ahead-of-time cache"; \
    rm -rf /tmp/training-db /tmp/embedded-pg
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/app/app.aot", "-jar", "/app/app.jar"]
