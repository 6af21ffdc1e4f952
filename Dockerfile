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
RUN useradd --system --uid 1001 liaison
USER liaison
WORKDIR /app
COPY --from=build /app.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
