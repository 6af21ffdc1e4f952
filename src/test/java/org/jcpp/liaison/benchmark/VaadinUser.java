package org.jcpp.liaison.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One person in a browser, as the app's server sees them: the requests Vaadin's browser client sends, over plain HTTP
 * with the JDK's client, so that hundreds fit beside the app on two cores (Chromium would take the cores the server
 * needs). It signs in through the real form, opens a UI ({@code v-r=init}) and sends UIDL requests with the UI's CSRF
 * token, {@code syncId} and {@code clientId}, as the real client does; the node ids of fields and grids come from the
 * server's own answers (a field found by its label), and a grid's pushed rows are confirmed ({@code confirmUpdate})
 * as the browser confirms them.
 *
 * <p>Each request carries {@code X-Load-Step} (what the person did) and {@code X-Load-Id} (one step, one to four
 * requests; the sign-in and the UI's start carry none), which the app's access log writes beside the server's own time for the request.
 */
final class VaadinUser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** A request the server answered with something other than the next state of the UI. */
    static final class Failure extends IOException {
        Failure(String message) {
            super(message);
        }
    }

    /** A step as the client saw it: when it started, how long it took, and its id in the access log. */
    record Timing(String step, String id, long startNanos, double millis) {}

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, Integer> labelled = new HashMap<>();
    private final Map<Integer, String> tags = new HashMap<>();
    private final List<Timing> timings = new ArrayList<>();
    private final List<String> pictures = new ArrayList<>();
    private final String name;
    private String csrf = "";
    private int uiId = -1;
    private long syncId;
    private long clientId;
    private int promises;
    private int steps;

    VaadinUser(HttpClient http, String base, String name) {
        this.http = http;
        this.base = base.endsWith("/") ? base : base + "/";
        this.name = name;
    }

    List<Timing> timings() {
        return timings;
    }

    /** Signs in through the sign-in form, as the browser posts it, with the page's CSRF token. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        var page = send(get("login"), "sign-in", "");
        Matcher token = CSRF_TOKEN.matcher(page.body());
        if (!token.find()) {
            throw new Failure("the sign-in page has no CSRF token (" + page.statusCode() + ")");
        }
        var form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        var posted = send(
                request("login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)),
                "sign-in",
                "");
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("login")) {
            throw new Failure(username + " was not signed in: " + posted.statusCode() + " → " + location);
        }
    }

    /** Opens the app at {@code route} in a new tab: the UI's start ({@code v-r=init}) and its first navigation. */
    void open(String route) throws IOException, InterruptedException {
        var started = send(
                get("?v-r=init&location=" + encode(route) + "&query=&v-wn=" + name
                        + "&v-sw=1280&v-sh=800&v-ww=1280&v-wh=800&v-tzid=America%2FChicago&v-tzo=360&v-rtzo=360"
                        + "&v-dstd=60&v-dston=false&v-curdate=" + System.currentTimeMillis()),
                "open",
                "");
        JsonNode config = parse(started).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!config.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            throw new Failure("no UI was started: " + abbreviate(started.body()));
        }
        labelled.clear(); // a new tab: the nodes of the one before are gone
        tags.clear();
        pictures.clear();
        uiId = config.path("v-uiId").asInt();
        csrf = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asLong();
        clientId = 0;
        read(uidl);
        navigate("open", route);
    }

    /** A click on a link of the menu or a row that opens another view: the router's navigation event. */
    void navigate(String step, String route) throws IOException, InterruptedException {
        var id = nextId(step);
        var rpc = array(event(1, "ui-navigate", navigation(route)));
        long start = System.nanoTime();
        var answer = uidl(step, id, rpc);
        confirmPushedRows(step, id, answer);
        timings.add(new Timing(step, id, start, (System.nanoTime() - start) / 1e6));
        fetchPictures(step);
    }

    /**
     * Fetches the pictures the view points at (the dashboard's charts are drawn when the browser asks for them), as
     * the browser does once the view is shown: a step of their own, named after the view's.
     */
    private void fetchPictures(String step) throws IOException, InterruptedException {
        if (pictures.isEmpty()) {
            return;
        }
        var id = nextId(step + "-pictures");
        long start = System.nanoTime();
        var wanted = List.copyOf(pictures);
        pictures.clear();
        for (String picture : wanted) {
            var answer = send(get(picture), step + "-pictures", id);
            if (answer.statusCode() != 200) {
                throw new Failure(step + ": picture " + picture + " answered " + answer.statusCode());
            }
        }
        timings.add(new Timing(step + "-pictures", id, start, (System.nanoTime() - start) / 1e6));
    }

    /**
     * Picks {@code item} in the combo box labelled {@code label}: the box opens (its first 50 items fetched), the item
     * is chosen by the key the server gave it, and the grid's new rows are confirmed.
     */
    void choose(String step, String label, String item) throws IOException, InterruptedException {
        int box = node(label);
        var id = nextId(step);
        long start = System.nanoTime();
        var opened = uidl(
                step,
                id,
                array(
                        published(box, "setViewportRange", 0, 50, ""),
                        sync(box, "opened", JsonNodeFactory.instance.booleanNode(true))));
        String key = null;
        for (JsonNode change : opened.path("execute")) {
            // the items come as an argument of the connector's set(...): [{"key":"1","label":"City 03"}, …]
            for (JsonNode argument : change) {
                if (argument.isArray()) {
                    for (JsonNode row : argument) {
                        if (item.equals(row.path("label").asString(null))) {
                            key = row.path("key").asString();
                        }
                    }
                }
            }
        }
        if (key == null) {
            throw new Failure(
                    "'" + item + "' is not among the choices of '" + label + "': " + abbreviate(opened.toString()));
        }
        confirmPushedRows(step, id, opened, box);
        var chosen = uidl(
                step,
                id,
                array(
                        sync(box, "value", JsonNodeFactory.instance.stringNode(key)),
                        event(box, "value-changed", JSON.createObjectNode()),
                        sync(box, "opened", JsonNodeFactory.instance.booleanNode(false))));
        confirmPushedRows(step, id, chosen);
        timings.add(new Timing(step, id, start, (System.nanoTime() - start) / 1e6));
    }

    /** Types {@code text} into the field labelled {@code label} (its lazy value change, as the field sends it). */
    void type(String step, String label, String text) throws IOException, InterruptedException {
        int field = node(label);
        var id = nextId(step);
        long start = System.nanoTime();
        var data = JSON.createObjectNode().put("1", 1).put("for", "trailing");
        var answer = uidl(
                step,
                id,
                array(sync(field, "value", JsonNodeFactory.instance.stringNode(text)), event(field, "input", data)));
        confirmPushedRows(step, id, answer);
        timings.add(new Timing(step, id, start, (System.nanoTime() - start) / 1e6));
    }

    /** Keeps an open tab's UI alive, as the browser does every few minutes. */
    void heartbeat() throws IOException, InterruptedException {
        var answer = send(
                request("?v-r=heartbeat&v-uiId=" + uiId).POST(HttpRequest.BodyPublishers.noBody()), "heartbeat", "");
        if (answer.statusCode() != 200) {
            throw new Failure("heartbeat refused: " + answer.statusCode());
        }
    }

    /** Whether a view's answer built a grid: the tag of a node the server created. */
    boolean sees(String tag) {
        return tags.containsValue(tag);
    }

    /**
     * Confirms the rows the server pushed to a grid ({@code $connector.confirm(id)}), as the browser's grid does once
     * it holds them; {@code also} is one more node whose updates are confirmed (an opened combo box).
     */
    private void confirmPushedRows(String step, String id, JsonNode answer, int... also)
            throws IOException, InterruptedException {
        var confirms = JSON.createArrayNode();
        for (JsonNode call : answer.path("execute")) {
            String script = call.path(call.size() - 1).asString("");
            JsonNode target = call.path(0).path("@v-node");
            if (script.startsWith("return $0.$connector.confirm(") && target.isNumber()) {
                int node = target.asInt();
                if ("vaadin-grid".equals(tags.get(node))
                        || java.util.Arrays.stream(also).anyMatch(n -> n == node)) {
                    confirms.add(published(node, "confirmUpdate", call.path(1).asInt()));
                }
            }
        }
        if (!confirms.isEmpty()) {
            uidl(step, id, confirms);
        }
    }

    private JsonNode uidl(String step, String id, ArrayNode rpc) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrf);
        body.set("rpc", rpc);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        var answer = send(
                request("?v-r=uidl&v-uiId=" + uiId)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
                step,
                id);
        JsonNode uidl = parse(answer);
        if (uidl.path("meta").path("sessionExpired").asBoolean(false)
                || uidl.path("meta").has("appError")
                || !uidl.has("syncId")) {
            throw new Failure(step + ": " + abbreviate(answer.body()));
        }
        syncId = uidl.path("syncId").asLong();
        clientId = uidl.path("clientId").asLong();
        read(uidl);
        return uidl;
    }

    /** Notes the labels and tags of the nodes the server created or changed. */
    private void read(JsonNode uidl) {
        for (JsonNode change : uidl.path("changes")) {
            if (!"put".equals(change.path("type").asString())) {
                continue;
            }
            String key = change.path("key").asString();
            // a picture drawn on request: {"key":"src","value":{"uri":"VAADIN/dynamic/resource/…"}}
            String uri = change.path("value").path("uri").asString("");
            if ("src".equals(key) && uri.startsWith("VAADIN/dynamic/")) {
                pictures.add(uri);
            } else if ("label".equals(key) && change.path("value").isString()) {
                labelled.put(
                        change.path("value").asString(), change.path("node").asInt());
            } else if ("tag".equals(key)) {
                tags.put(change.path("node").asInt(), change.path("value").asString());
            }
        }
    }

    private int node(String label) throws Failure {
        Integer node = labelled.get(label);
        if (node == null) {
            throw new Failure("no field labelled '" + label + "' on the page");
        }
        return node;
    }

    private String nextId(String step) {
        return name + "-" + (++steps) + "-" + step;
    }

    private ObjectNode navigation(String route) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.set("historyState", JSON.createObjectNode().put("idx", steps));
        data.put("trigger", "client");
        return data;
    }

    private static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    private static ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", 1);
        rpc.put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    private ObjectNode published(int node, String method, Object... arguments) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        ArrayNode args = rpc.putArray("templateEventMethodArgs");
        for (Object argument : arguments) {
            args.addPOJO(argument);
        }
        rpc.put("promise", promises++);
        return rpc;
    }

    private static ArrayNode array(ObjectNode... rpcs) {
        ArrayNode array = JSON.createArrayNode();
        for (ObjectNode rpc : rpcs) {
            array.add(rpc);
        }
        return array;
    }

    private JsonNode parse(HttpResponse<String> answer) throws Failure {
        if (answer.statusCode() != 200) {
            throw new Failure("HTTP " + answer.statusCode() + ": " + abbreviate(answer.body()));
        }
        String body = answer.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        try {
            JsonNode json = JSON.readTree(body);
            return json.isArray() ? json.path(0) : json;
        } catch (RuntimeException notJson) {
            throw new Failure("not a UIDL answer: " + abbreviate(body));
        }
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (!cookies.isEmpty()) {
            var header = new StringBuilder();
            cookies.forEach((key, value) -> header.append(header.isEmpty() ? "" : "; ")
                    .append(key)
                    .append('=')
                    .append(value));
            builder.header("Cookie", header.toString());
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String step, String id)
            throws IOException, InterruptedException {
        request.header("X-Load-Step", step);
        if (!id.isEmpty()) {
            request.header("X-Load-Id", id);
        }
        var answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String cookie : answer.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(
                        pair.substring(0, equals).trim(),
                        pair.substring(equals + 1).trim());
            }
        }
        return answer;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
