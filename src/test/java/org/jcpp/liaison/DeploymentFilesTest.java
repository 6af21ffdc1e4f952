package org.jcpp.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so docker-compose.yml is checked by reading it: the app waits for a healthy database,
 * the data lives in a named volume, every environment variable it sets is one the app actually reads, and the app
 * connects as its own role while only the migrations use the owner's password.
 */
class DeploymentFilesTest {

    /** Spring Boot binds these from the environment (relaxed binding); the app's own settings are read below. */
    private static final Set<String> BOOT_DATASOURCE_VARIABLES = Set.of(
            "SPRING_DATASOURCE_URL",
            "SPRING_DATASOURCE_USERNAME",
            "SPRING_DATASOURCE_PASSWORD",
            "SPRING_LIQUIBASE_USER",
            "SPRING_LIQUIBASE_PASSWORD");

    private final Map<String, Object> compose = load();

    @Test
    void the_app_starts_after_the_database_is_healthy() {
        Map<String, Object> app = service("app");
        Map<String, Object> dependsOn = map(app.get("depends_on"));
        assertThat(map(dependsOn.get("db"))).containsEntry("condition", "service_healthy");
        Map<String, Object> db = service("db");
        assertThat(map(db.get("healthcheck")).get("test").toString()).contains("pg_isready");
        assertThat(db.get("image").toString()).startsWith("postgres:17");
    }

    @Test
    void the_database_keeps_its_data_in_a_named_volume() {
        List<?> volumes = (List<?>) service("db").get("volumes");
        String volume = volumes.getFirst().toString().split(":")[0];
        assertThat(map(compose.get("volumes"))).containsKey(volume);
    }

    @Test
    void every_environment_variable_set_for_the_app_is_read_by_the_app() throws IOException {
        Map<String, Object> environment = map(service("app").get("environment"));
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        var placeholders = new TreeSet<String>();
        var matcher = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]").matcher(properties);
        while (matcher.find()) {
            placeholders.add(matcher.group(1));
        }
        for (String name : environment.keySet()) {
            assertThat(BOOT_DATASOURCE_VARIABLES.contains(name) || placeholders.contains(name))
                    .as("%s is set in docker-compose.yml but the app does not read it", name)
                    .isTrue();
        }
        assertThat(environment).containsKeys("SPRING_DATASOURCE_URL", "LIAISON_ADMIN_PASSWORD");
    }

    @Test
    void the_app_connects_as_its_own_role_and_only_the_migrations_use_the_owners_password() throws IOException {
        Map<String, Object> db = map(service("db").get("environment"));
        Map<String, Object> app = map(service("app").get("environment"));
        String owner = db.get("POSTGRES_USER").toString();
        String appRole = app.get("SPRING_DATASOURCE_USERNAME").toString();

        assertThat(appRole).isNotEqualTo(owner).isEqualTo(db.get("LIAISON_DB_APP_ROLE"));
        assertThat(app.get("SPRING_DATASOURCE_PASSWORD").toString())
                .startsWith("${LIAISON_DB_APP_PASSWORD")
                .isEqualTo(db.get("LIAISON_DB_APP_PASSWORD").toString());
        assertThat(app.get("SPRING_LIQUIBASE_USER")).isEqualTo(owner);
        assertThat(app.get("SPRING_LIQUIBASE_PASSWORD")).isEqualTo(db.get("POSTGRES_PASSWORD"));

        // the database creates the app's role when its volume is created
        String mount = ((List<?>) service("db").get("volumes"))
                .stream()
                        .map(Object::toString)
                        .filter(v -> v.contains(":/docker-entrypoint-initdb.d"))
                        .findFirst()
                        .orElseThrow();
        Path scripts = Path.of(mount.split(":")[0]);
        try (var files = Files.list(scripts)) {
            String script = Files.readString(
                    files.filter(f -> f.toString().endsWith(".sh")).findFirst().orElseThrow());
            assertThat(script)
                    .contains("CREATE ROLE")
                    .contains("$LIAISON_DB_APP_ROLE")
                    .contains("$LIAISON_DB_APP_PASSWORD")
                    .doesNotContain("SUPERUSER PASSWORD");
        }
    }

    @Test
    void an_external_datasource_url_turns_the_embedded_database_off() throws IOException {
        String configuration = Files.readString(
                Path.of("src/main/java/org/jcpp/liaison/base/database/EmbeddedDatabaseConfiguration.java"));
        assertThat(configuration).contains("'${spring.datasource.url:}'.isEmpty()");
        assertThat(map(service("app").get("environment"))
                        .get("SPRING_DATASOURCE_URL")
                        .toString())
                .startsWith("jdbc:postgresql://db:");
    }

    @Test
    void the_image_runs_the_production_build_as_a_non_root_user() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).contains("-Pproduction").contains("USER liaison");
        // the ahead-of-time cache the training start writes is the one the app starts with
        var written = Pattern.compile("-XX:AOTCacheOutput=(\\S+)").matcher(dockerfile);
        assertThat(written.find()).isTrue();
        assertThat(dockerfile)
                .containsPattern("ENTRYPOINT \\[\"java\", \"-XX:AOTCache=" + Pattern.quote(written.group(1)) + "\"");
        assertThat(dockerfile.indexOf("USER liaison")).isLessThan(dockerfile.indexOf("-XX:AOTCacheOutput"));
    }

    @Test
    void everything_the_image_build_copies_from_the_repository_exists() throws IOException {
        var copies = Pattern.compile("(?m)^COPY (?!--from)(.+) \\S+$").matcher(Files.readString(Path.of("Dockerfile")));
        int count = 0;
        while (copies.find()) {
            for (String source : copies.group(1).trim().split("\\s+")) {
                assertThat(Path.of(source)).as("COPY %s", source).exists();
                count++;
            }
        }
        assertThat(count).isGreaterThanOrEqualTo(3);
    }

    @Test
    void the_profile_two_nodes_runs_two_app_nodes_like_the_single_one_behind_the_proxys_file() throws IOException {
        Map<String, Object> single = service("app");
        for (String node : List.of("app1", "app2")) {
            Map<String, Object> app = service(node);
            assertThat(app.get("profiles")).isEqualTo(List.of("two-nodes"));
            assertThat(app.get("environment")).as(node).isEqualTo(single.get("environment"));
            assertThat(map(app.get("healthcheck")).get("test").toString()).contains("/actuator/health");
            assertThat(app).doesNotContainKey("ports"); // reached through the proxy only
        }
        Map<String, Object> proxy = service("proxy");
        assertThat(proxy.get("profiles")).isEqualTo(List.of("two-nodes"));
        assertThat(proxy.get("volumes").toString()).contains("./deploy/haproxy/haproxy.cfg:");
        assertThat(map(proxy.get("environment")))
                .containsEntry("LIAISON_APP1", "app1:8080")
                .containsEntry("LIAISON_APP2", "app2:8080");
        // the nodes take a client's address only from the proxy's fixed address
        String proxyAddress = map(map(map(proxy.get("networks")).get("nodes")))
                .get("ipv4_address")
                .toString();
        assertThat(proxyAddress)
                .matches(map(single.get("environment"))
                        .get("LIAISON_TRUSTED_PROXIES")
                        .toString());
        String config = Files.readString(Path.of("deploy/haproxy/haproxy.cfg"));
        assertThat(config)
                .contains("${LIAISON_APP1}", "${LIAISON_APP2}", "${LIAISON_PROXY_BIND}", "cookie LIAISON_NODE insert")
                .contains("option httpchk GET /actuator/health");
    }

    private Map<String, Object> service(String name) {
        return map(map(compose.get("services")).get(name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> load() {
        try {
            return new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
