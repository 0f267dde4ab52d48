package ai.wrift.parity;

import ai.wrift.client.ApiClient;
import ai.wrift.client.ApiException;
import ai.wrift.client.ApiResponse;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import org.openapitools.jackson.nullable.JsonNullable;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Java runner of the parity check: every scenario through the client OpenAPI Generator made
 * from openapi.yaml (generated/java, library {@code native}).
 *
 * <pre>java @parity/runners/java/target/runner.args --root URL --out FILE [--scenarios F] [--operations F]</pre>
 *
 * <p>Reads the scenarios (parity/build/scenarios.json) and the spec's operations
 * (parity/build/operations.json) that parity/compare.py writes, runs each scenario against the
 * emulator at URL after resetting it, and writes the raw transcript in the shape of the Python and
 * TypeScript runners: per step what the client returned (or the error) and the requests the
 * emulator received.
 *
 * <p>Every operation goes through its generated {@code <operation>WithHttpInfo} method, found by
 * name: the runner matches the step's path, query and header arguments to the method's parameter
 * names (compiled with {@code -parameters}) and converts them, and the body, to the parameter types
 * with the client's own ObjectMapper. So an operation the spec gains needs no code here. A step the
 * client cannot express is sent with java.net.http and recorded {@code by_hand} with its reason:
 * the operations in {@link #BY_HAND}, and any operation the generator emitted no method for.
 */
public final class JavaRunner {
  private static final String TOKEN = "parity-token";
  private static final String MISSING = "<missing>";
  private static final Set<String> TERMINAL = Set.of("succeeded", "failed", "canceled", "cancelled");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}");

  /** Operations the generated client cannot express, and why: done with java.net.http. */
  static final Map<String, String> BY_HAND =
      Map.of(
          "stream_prediction",
          "text/event-stream: the generated method reads the whole body and parses it as one JSON"
              + " string, which fails on event-stream text; the runner reads the events itself",
          "create_completion_stream",
          "text/event-stream: the generated method reads the whole body and parses it as one JSON"
              + " string, which fails on event-stream text; the runner reads the events itself");

  /** Operations sent by hand on request (PARITY_JAVA_BY_HAND=op,op): checks the fallback path. */
  static final Set<String> FORCED_BY_HAND =
      Set.of(System.getenv().getOrDefault("PARITY_JAVA_BY_HAND", "").split(","));

  static final String PARTS_REASON = "the part PUTs go to presigned URLs, which are not API operations";

  /** Streaming operations: their result is {@code {"events": [...]}}. */
  static final Set<String> STREAMS = Set.of("stream_prediction", "create_completion_stream");

  private final String root;
  private final Map<String, Map<String, String>> operations;
  private final ApiClient wriftai;
  private final ApiClient llm;
  private final ObjectMapper mapper;
  /** The client's mapper, writing every property (a null the server sent stays null). */
  private final ObjectMapper resultMapper;

  private final HttpClient http = 
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, Method> methods = new LinkedHashMap<>();
  private final Map<Class<?>, Object> apis = new LinkedHashMap<>();

  JavaRunner(String root, Map<String, Map<String, String>> operations) throws Exception {
    this.root = root;
    this.operations = operations;
    this.wriftai = client(root + "/v1");
    // LLM Engine paths carry their own version prefix (the spec gives them the host root).
    this.llm = client(root);
    this.mapper = wriftai.getObjectMapper();
    this.resultMapper = mapper.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    for (Class<?> api : apiClasses()) {
      for (Method method : api.getMethods()) {
        String name = method.getName();
        boolean headersOverload =
            method.getParameterCount() > 0
                && method.getParameterTypes()[method.getParameterCount() - 1] == Map.class;
        if (name.endsWith("WithHttpInfo") && !headersOverload) {
          methods.put(name.substring(0, name.length() - "WithHttpInfo".length()), method);
        }
      }
    }
  }

  private static ApiClient client(String base) {
    // HTTP/1.1: java.net.http's default (HTTP/2) would add an h2c upgrade to every request.
    ApiClient client = new ApiClient();
    client.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    client.updateBaseUri(base);
    client.setReadTimeout(Duration.ofSeconds(60));
    // The native library implements no security scheme: the bearer token is a request header.
    client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + TOKEN));
    return client;
  }

  /** The generated API classes (ai.wrift.client.api.*Api), from the classpath. */
  private static List<Class<?>> apiClasses() throws Exception {
    String pkg = "ai/wrift/client/api";
    List<Class<?>> found = new ArrayList<>();
    for (var url : java.util.Collections.list(JavaRunner.class.getClassLoader().getResources(pkg))) {
      try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String name = file.getFileName().toString();
          if (name.endsWith("Api.class")) {
            found.add(Class.forName("ai.wrift.client.api." + name.replace(".class", "")));
          }
        }
      }
    }
    found.sort((a, b) -> a.getName().compareTo(b.getName()));
    return found;
  }

  private static String camel(String op) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : op.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** A name reduced to compare spec names with Java ones: model_endpoint_name = modelEndpointName. */
  private static String key(String name) {
    return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }

  private ApiClient clientFor(String op) {
    return isLlm(op) ? llm : wriftai;
  }

  private boolean isLlm(String op) {
    String path = operations.getOrDefault(op, Map.of()).getOrDefault("path", "");
    return path.startsWith("/v1/") || path.startsWith("/v2/");
  }

  // ------------------------------------------------------------------ scenario values

  @SuppressWarnings("unchecked")
  static Object substitute(Object value, Map<String, Object> variables) {
    if (value instanceof String s) {
      Matcher whole = VARIABLE.matcher(s);
      if (whole.matches()) return variables.get(whole.group(1));
      return VARIABLE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(String.valueOf(variables.get(m.group(1)))));
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object item : list) out.add(substitute(item, variables));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (var e : ((Map<String, Object>) map).entrySet()) out.put(e.getKey(), substitute(e.getValue(), variables));
      return out;
    }
    return value;
  }

  static Object select(Object value, String path) {
    int dot = path.indexOf('.');
    String head = dot < 0 ? path : path.substring(0, dot);
    String rest = dot < 0 ? "" : path.substring(dot + 1);
    if (head.equals("*")) {
      if (!(value instanceof List<?> list)) return MISSING;
      List<Object> out = new ArrayList<>();
      for (Object item : list) out.add(rest.isEmpty() ? item : select(item, rest));
      return out;
    }
    Object found = MISSING;
    if (value instanceof Map<?, ?> map && map.containsKey(head)) {
      found = map.get(head);
    } else if (value instanceof List<?> list && head.matches("\\d+") && Integer.parseInt(head) < list.size()) {
      found = list.get(Integer.parseInt(head));
    }
    if (rest.isEmpty() || MISSING.equals(found)) return found;
    return select(found, rest);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mapOf(Object value) {
    return value instanceof Map<?, ?> ? (Map<String, Object>) value : new LinkedHashMap<>();
  }

  // ------------------------------------------------------------------ one step

  /** One step's record: how it was run, by hand or not, and its result. */
  private static Map<String, Object> record(String how, String reason, Object result) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("by_hand", reason != null);
    if (reason != null) record.put("reason", reason);
    record.put("how", how);
    record.put("result", result);
    return record;
  }

  /** How a step's request is sent: the generated method, or java.net.http. */
  private interface Sender {
    Object send(Map<String, Object> step) throws Exception;
  }

  Map<String, Object> step(Map<String, Object> raw) throws Exception {
    String op = (String) raw.get("op");
    Method method = methods.get(camel(op));
    String reason = BY_HAND.get(op);
    if (reason == null && method == null) {
      reason = "the generator emitted no method " + camel(op) + " for it";
    }
    if (reason == null && FORCED_BY_HAND.contains(op)) {
      reason = "forced by PARITY_JAVA_BY_HAND (a check of the by-hand path)";
    }
    String how = reason != null
        ? op + " (java.net.http)"
        : method.getDeclaringClass().getSimpleName() + "." + method.getName();
    Sender sender = reason != null ? s -> byHand(op, s) : s -> call(method, op, s);
    Map<String, Object> record = runStep(op, raw, how, reason, sender);
    if (method == null) record.put("not_expressible", true);
    return record;
  }

  private Map<String, Object> runStep(
      String op, Map<String, Object> raw, String how, String reason, Sender sender) throws Exception {
    if (STREAMS.contains(op) && reason != null) {
      return record(how, reason, streamByHand(op, raw));
    }
    if (raw.get("parts") instanceof Map<?, ?> parts) {
      // An upload's parts go to presigned URLs, which are not API operations: PUT them by hand,
      // then complete the upload with the ETags they answered, in order.
      Map<String, Object> step = new LinkedHashMap<>(raw);
      Map<String, Object> body = new LinkedHashMap<>(mapOf(raw.get("body")));
      body.put("etags", putParts(mapOf(parts)));
      step.put("body", body);
      String why = reason != null ? reason + "; " + PARTS_REASON : PARTS_REASON;
      return record(how + " (part PUTs by hand with java.net.http)", why, sender.send(step));
    }
    if (Boolean.TRUE.equals(raw.get("wait"))) {
      // Poll the operation until the prediction is terminal, as a user of this client would.
      while (true) {
        Object result = sender.send(raw);
        Object status = select(result, "status");
        if (result instanceof Failure || TERMINAL.contains(String.valueOf(status))) {
          return record(how + " (polled)", reason, result);
        }
        Thread.sleep(100);
      }
    }
    if ("all".equals(raw.get("pages"))) {
      List<Object> items = new ArrayList<>();
      int pages = 0;
      Map<String, Object> step = new LinkedHashMap<>(raw);
      Map<String, Object> query = new LinkedHashMap<>(mapOf(raw.get("query")));
      while (true) {
        step.put("query", query);
        Object result = sender.send(step);
        if (result instanceof Failure) return record(how + " (every page)", reason, result);
        pages += 1;
        Object pageItems = select(result, "items");
        if (pageItems instanceof List<?> list) items.addAll(list);
        Object next = select(result, "next_cursor");
        if (next == null || MISSING.equals(next) || "".equals(next)) break;
        query.put("cursor", next);
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("pages", pages);
      result.put("items", items);
      return record(how + " (every page)", reason, result);
    }
    return record(how, reason, sender.send(raw));
  }

  /** Call a generated method with the step's arguments; its data as JSON values, or the error. */
  private Object call(Method method, String op, Map<String, Object> step) throws Exception {
    Map<String, Object> given = new LinkedHashMap<>();
    for (String part : List.of("path", "query", "headers")) {
      for (var e : mapOf(step.get(part)).entrySet()) given.put(key(e.getKey()), e.getValue());
    }
    Map<String, Object> body = step.containsKey("body") ? mapOf(step.get("body")) : null;
    Parameter[] parameters = method.getParameters();
    Object[] args = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      Parameter p = parameters[i];
      String name = key(p.getName());
      var type = mapper.getTypeFactory().constructType(p.getParameterizedType());
      if (given.containsKey(name)) {
        args[i] = mapper.convertValue(given.get(name), type);
      } else if (body != null && p.getType() == File.class && body.containsKey(name)) {
        args[i] = file(mapOf(body.get(name)));  // a multipart part, given as {filename, content}
      } else if (body != null && p.getType().getName().startsWith("ai.wrift.client.model.")) {
        args[i] = mapper.convertValue(body, type);  // the request body: its model
        unsetDefaults(args[i], body);
      }
    }
    Object api = apis.computeIfAbsent(method.getDeclaringClass(), c -> newApi(c, op));
    try {
      ApiResponse<?> response = (ApiResponse<?>) method.invoke(api, args);
      Object data = response.getData();
      return data == null ? null : resultMapper.convertValue(resultMapper.valueToTree(data), Object.class);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof ApiException error && error.getCode() != 0) {
        return errorResult(error.getCode(), error.getResponseBody());
      }
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  /**
   * Make a converted body model carry exactly the step's fields. A null the step gives is sent
   * (a nullable property is a JsonNullable, and conversion leaves it undefined). And unset what
   * the model filled from the spec's {@code default}s but the step does not give: the models start with those defaults set (and would send them), while a scenario gives
   * every argument its request should carry, as the TypeScript client sends exactly what it is
   * given. A Java user does the same with {@code setX(null)}.
   */
  private void unsetDefaults(Object model, Object given) {
    if (model == null || model instanceof Enum || !(given instanceof Map)) return;
    if (!model.getClass().getName().startsWith("ai.wrift.client.model.")) return;
    Map<String, Object> fields = mapOf(given);
    var description = mapper.getDeserializationConfig().introspect(mapper.constructType(model.getClass()));
    for (var property : description.findProperties()) {
      if (property.getMutator() == null || property.getAccessor() == null) continue;
      Object value = property.getAccessor().getValue(model);
      if (!fields.containsKey(property.getName())) {
        // A nullable property is a JsonNullable: undefined (not sent), unlike of(null).
        if (value instanceof JsonNullable<?> nullable) {
          if (nullable.isPresent()) property.getMutator().setValue(model, JsonNullable.undefined());
        } else if (value != null) {
          property.getMutator().setValue(model, null);
        }
      } else if (fields.get(property.getName()) == null && value instanceof JsonNullable<?> nullable) {
        // An explicit null, as a Java caller's setX(null): Jackson's conversion leaves it undefined.
        if (!nullable.isPresent()) property.getMutator().setValue(model, JsonNullable.of(null));
      } else {
        Object inner = value instanceof JsonNullable<?> nullable ? nullable.orElse(null) : value;
        unsetDefaults(inner, fields.get(property.getName()));
      }
    }
  }

  private Object newApi(Class<?> api, String op) {
    try {
      return api.getConstructor(ApiClient.class).newInstance(clientFor(op));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static File file(Map<String, Object> part) throws IOException {
    Path dir = Files.createTempDirectory("parity-upload");
    Path file = dir.resolve(String.valueOf(part.get("filename")));
    Files.writeString(file, String.valueOf(part.get("content")));
    file.toFile().deleteOnExit();
    dir.toFile().deleteOnExit();
    return file.toFile();
  }

  /** {"error": {status, message}}; the message as the other runners read it from the body. */
  private Object errorResult(int status, String body) {
    Object message = body;
    try {
      Object parsed = mapper.readValue(body, Object.class);
      message = parsed;
      if (parsed instanceof Map<?, ?> map) {
        for (String k : List.of("error", "detail", "message")) {
          if (map.get(k) != null) {
            message = map.get(k);
            break;
          }
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // not JSON: the text itself
    }
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("status", status);
    error.put("message", message);
    Failure failure = new Failure();
    failure.put("error", error);
    return failure;
  }

  /** An error result, {"error": {status, message}} (a model may have an `error` field too). */
  private static final class Failure extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;
  }

  // ------------------------------------------------------------------ by hand (java.net.http)

  private HttpRequest request(String op, Map<String, Object> step) throws URISyntaxException {
    Map<String, String> operation = operations.get(op);
    String path = operation.get("path");
    Map<String, Object> pathArgs = mapOf(step.get("path"));
    for (var e : pathArgs.entrySet()) {
      path = path.replace("{" + e.getKey() + "}", URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8));
    }
    StringBuilder query = new StringBuilder();
    for (var e : mapOf(step.get("query")).entrySet()) {
      Collection<?> values = e.getValue() instanceof Collection<?> c ? c : List.of(e.getValue());
      for (Object v : values) {
        query.append(query.length() == 0 ? "?" : "&")
            .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
      }
    }
    String base = isLlm(op) ? root : root + "/v1";
    HttpRequest.Builder builder = HttpRequest.newBuilder(new URI(base + path + query))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + TOKEN);
    for (var e : mapOf(step.get("headers")).entrySet()) builder.header(e.getKey(), String.valueOf(e.getValue()));
    if (step.containsKey("body")) {
      try {
        builder.header("Content-Type", "application/json");
        builder.method(operation.get("method"), HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(step.get("body"))));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    } else {
      builder.method(operation.get("method"), HttpRequest.BodyPublishers.noBody());
    }
    return builder.build();
  }

  /** A JSON operation sent by hand: its parsed body, or the error. */
  private Object byHand(String op, Map<String, Object> step) throws Exception {
    HttpResponse<String> response = http.send(request(op, step), HttpResponse.BodyHandlers.ofString());
    String body = response.body();
    if (response.statusCode() / 100 != 2) return errorResult(response.statusCode(), body);
    return body.isBlank() ? null : mapper.readValue(body, Object.class);
  }

  /** PUT each part of {@code content} to its URL (no Authorization: the URL is signed); the ETags. */
  private List<String> putParts(Map<String, Object> parts) throws Exception {
    byte[] content = String.valueOf(parts.get("content")).getBytes(StandardCharsets.UTF_8);
    int size = Integer.parseInt(String.valueOf(parts.get("part_size")));
    List<String> etags = new ArrayList<>();
    List<?> urls = (List<?>) parts.get("urls");
    for (int index = 0; index < urls.size(); index++) {
      int from = Math.min(index * size, content.length);
      int to = Math.min(from + size, content.length);
      HttpRequest request = HttpRequest.newBuilder(new URI(String.valueOf(urls.get(index))))
          .timeout(Duration.ofSeconds(60))
          .header("Content-Type", String.valueOf(parts.get("mime_type")))
          .PUT(HttpRequest.BodyPublishers.ofByteArray(java.util.Arrays.copyOfRange(content, from, to)))
          .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IOException("PUT of part " + (index + 1) + " answered " + response.statusCode());
      }
      etags.add(response.headers().firstValue("etag").orElse(""));
    }
    return etags;
  }

  /** An event stream read by hand: {"events": [{event, data}]}, or the error. */
  private Object streamByHand(String op, Map<String, Object> step) throws Exception {
    HttpResponse<Stream<String>> response = http.send(request(op, step), HttpResponse.BodyHandlers.ofLines());
    if (response.statusCode() / 100 != 2) {
      String body = String.join("\n", (Iterable<String>) response.body()::iterator);
      return errorResult(response.statusCode(), body);
    }
    List<Object> events = new ArrayList<>();
    String event = null;
    StringBuilder data = null;
    List<String> lines = new ArrayList<>();
    try (Stream<String> body = response.body()) {
      body.forEach(lines::add);
    }
    lines.add("");
    for (String line : lines) {
      if (line.isEmpty()) {
        if (data != null) events.add(sse(op, event, data.toString()));
        event = null;
        data = null;
      } else if (line.startsWith(":")) {
        continue;  // a comment (": ping"), not an event
      } else {
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) value = value.substring(1);
        if (field.equals("event")) event = value;
        if (field.equals("data")) data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
      }
    }
    if (op.equals("create_completion_stream")) {
      // The opening chunk carries no output; LLM Engine's clients (and wriftai) skip it.
      events.removeIf(e -> select(e, "data.output") == null);
    }
    return Map.of("events", events);
  }

  private Map<String, Object> sse(String op, String event, String data) {
    Object parsed;
    try {
      parsed = mapper.readValue(data, Object.class);
    } catch (IOException e) {
      parsed = data;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("event", op.equals("create_completion_stream") ? null : event);
    out.put("data", parsed);
    return out;
  }

  // ------------------------------------------------------------------ main

  private Object parity(String route, String method) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(new URI(root + "/_parity/" + route))
        .method(method, HttpRequest.BodyPublishers.noBody()).build();
    return mapper.readValue(http.send(request, HttpResponse.BodyHandlers.ofString()).body(), Object.class);
  }

  Map<String, Object> run(List<Map<String, Object>> scenarios) throws Exception {
    Map<String, Object> byName = new LinkedHashMap<>();
    for (Map<String, Object> scenario : scenarios) {
      parity("reset", "POST");
      Map<String, Object> variables = new LinkedHashMap<>();
      List<Object> steps = new ArrayList<>();
      for (Object rawStep : (List<?>) scenario.get("steps")) {
        Map<String, Object> raw = mapOf(rawStep);
        Map<String, Object> rest = new LinkedHashMap<>(raw);
        rest.remove("capture");
        Map<String, Object> record;
        try {
          record = step(mapOf(substitute(rest, variables)));
        } catch (Exception e) {
          Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
          record = record(String.valueOf(raw.get("op")), null, Map.of("exception", cause.toString()));
        }
        record.put("requests", parity("log", "GET"));
        for (var e : mapOf(raw.get("capture")).entrySet()) {
          variables.put(e.getKey(), select(record.get("result"), String.valueOf(e.getValue())));
        }
        record.put("variables", new LinkedHashMap<>(variables));
        steps.add(record);
      }
      byName.put(String.valueOf(scenario.get("name")), steps);
    }
    Map<String, Object> transcript = new LinkedHashMap<>();
    transcript.put("language", "java");
    transcript.put("scenarios", byName);
    return transcript;
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--" + name)) return args[i + 1];
    }
    if (fallback != null) return fallback;
    throw new IllegalArgumentException("--" + name + " is required");
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper plain = new ObjectMapper();
    List<Map<String, Object>> scenarios = plain.readValue(
        new File(option(args, "scenarios", "parity/build/scenarios.json")), new TypeReference<>() {});
    Map<String, Map<String, String>> operations = plain.readValue(
        new File(option(args, "operations", "parity/build/operations.json")), new TypeReference<>() {});
    JavaRunner runner = new JavaRunner(option(args, "root", null), operations);
    Map<String, Object> transcript = runner.run(scenarios);
    plain.writerWithDefaultPrettyPrinter().writeValue(new File(option(args, "out", null)), transcript);
  }
}
