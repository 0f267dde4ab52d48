// The Go runner: every scenario through the client oapi-codegen generates (generated/go/wriftapi).
//
//	parity/build/go-runner --root URL --out FILE [--scenarios F] [--operations F]
//
// Reads the scenarios (parity/build/scenarios.json) and the spec's operations
// (parity/build/operations.json) that parity/compare.py writes, runs each scenario against
// the emulator at URL after resetting it, and writes the raw transcript in the shape the
// Python and TypeScript runners write: per step what the client returned (or the error),
// the requests the emulator received and the captured variables.
//
// Operations are not listed one by one: an operation_id names the generated method
// (get_model_version -> GetModelVersionWithResponse), and the method's own parameter types
// say how the scenario's path, query, headers and body become its arguments, so an
// operation the spec gains needs no code here. A step the generated client cannot express
// is done with net/http (or with a body the runner encodes) and marked by_hand with the
// reason; an operation with no generated method at all is also marked not_expressible.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/wriftai/wriftai/generated/go/wriftapi"
)

const token = "parity-token"

var terminal = map[string]bool{"succeeded": true, "failed": true, "canceled": true, "cancelled": true}

type (
	obj       = map[string]any
	operation struct {
		Method string `json:"method"`
		Path   string `json:"path"`
	}
	// record is one step of the raw transcript.
	record struct {
		ByHand         bool   `json:"by_hand"`
		Reason         string `json:"reason,omitempty"`
		NotExpressible bool   `json:"not_expressible,omitempty"`
		How            string `json:"how"`
		Result         any    `json:"result"`
		Requests       any    `json:"requests"`
		Variables      obj    `json:"variables"`
	}
)

type runner struct {
	root       string
	operations map[string]operation
	wriftai    *wriftapi.ClientWithResponses
	llm        *wriftapi.ClientWithResponses
	http       *http.Client
}

func bearer(_ context.Context, req *http.Request) error {
	req.Header.Set("Authorization", "Bearer "+token)
	return nil
}

// camel turns an operationId into the generated name: get_model_version -> GetModelVersion.
func camel(op string) string {
	var b strings.Builder
	for _, part := range strings.Split(op, "_") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

var pathParam = regexp.MustCompile(`\{([^}]+)\}`)

// isLLM: LLM Engine paths carry their own version prefix (the spec gives them the host root).
func (r *runner) isLLM(op string) bool {
	p := r.operations[op].Path
	return strings.HasPrefix(p, "/v1/") || strings.HasPrefix(p, "/v2/")
}

func (r *runner) clientFor(op string) *wriftapi.ClientWithResponses {
	if r.isLLM(op) {
		return r.llm
	}
	return r.wriftai
}

// decodeInto fills a new value of type t from scenario data, refusing names t lacks: an
// argument the generated type cannot carry must not vanish silently.
func decodeInto(t reflect.Type, value any) (reflect.Value, error) {
	raw, err := json.Marshal(value)
	if err != nil {
		return reflect.Value{}, err
	}
	target := reflect.New(t)
	decoder := json.NewDecoder(bytes.NewReader(raw))
	if t.Kind() == reflect.Struct {
		decoder.DisallowUnknownFields()
	}
	if err := decoder.Decode(target.Interface()); err != nil {
		return reflect.Value{}, fmt.Errorf("%s cannot hold %s: %w", t, raw, err)
	}
	return target.Elem(), nil
}

// arguments builds a generated method's arguments: ctx, the path parameters in the order of
// the path, a *Params of query and headers, then either the JSON body or, for the
// WithBody form, a content type and a reader.
func (r *runner) arguments(method reflect.Type, op string, step obj, rawBody *rawBody) ([]reflect.Value, error) {
	names := pathParam.FindAllStringSubmatch(r.operations[op].Path, -1)
	path, _ := step["path"].(map[string]any)
	args := []reflect.Value{reflect.ValueOf(context.Background())}
	count := method.NumIn()
	if method.IsVariadic() {
		count-- // the request editors
	}
	next := 1
	for _, name := range names {
		value, ok := path[name[1]]
		if !ok {
			return nil, fmt.Errorf("the scenario gives no path parameter %s", name[1])
		}
		v, err := decodeInto(method.In(next), value)
		if err != nil {
			return nil, err
		}
		args = append(args, v)
		next++
	}
	if next < count && method.In(next).Kind() == reflect.Pointer {
		params := obj{}
		for _, part := range []string{"query", "headers"} {
			if m, ok := step[part].(map[string]any); ok {
				for k, v := range m {
					params[k] = v
				}
			}
		}
		v, err := decodeInto(method.In(next).Elem(), params)
		if err != nil {
			return nil, err
		}
		args = append(args, v.Addr())
		next++
	} else if len(asMap(step["query"]))+len(asMap(step["headers"])) > 0 {
		return nil, errors.New("the generated method takes no query or header parameters")
	}
	if rawBody != nil {
		args = append(args, reflect.ValueOf(rawBody.contentType), reflect.ValueOf(io.Reader(bytes.NewReader(rawBody.data))))
		next += 2
	} else if next < count {
		v, err := decodeInto(method.In(next), step["body"])
		if err != nil {
			return nil, err
		}
		args = append(args, v)
		next++
	}
	if next != count {
		return nil, fmt.Errorf("%d of %d arguments filled", next, count)
	}
	return args, nil
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

type rawBody struct {
	contentType string
	data        []byte
}

// multipartBody encodes a body whose values include a file ({filename, content}) as
// multipart/form-data; nil when the body has no file.
func multipartBody(body any) *rawBody {
	fields := asMap(body)
	hasFile := false
	for _, v := range fields {
		if _, ok := asMap(v)["filename"]; ok {
			hasFile = true
		}
	}
	if !hasFile {
		return nil
	}
	var buf bytes.Buffer
	writer := multipart.NewWriter(&buf)
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if file := asMap(fields[k]); file["filename"] != nil {
			part, _ := writer.CreateFormFile(k, fmt.Sprint(file["filename"]))
			_, _ = io.WriteString(part, fmt.Sprint(file["content"]))
		} else {
			_ = writer.WriteField(k, fmt.Sprint(fields[k]))
		}
	}
	_ = writer.Close()
	return &rawBody{writer.FormDataContentType(), buf.Bytes()}
}

// typed returns the reply's parsed body for its status (JSON200, JSON4XX, JSONDefault),
// re-encoded as plain data: what the generated types kept of the response.
func typed(reply reflect.Value, status int) (any, bool) {
	for _, name := range []string{fmt.Sprintf("JSON%d", status), fmt.Sprintf("JSON%dXX", status/100), "JSONDefault"} {
		field := reply.FieldByName(name)
		if field.IsValid() && !field.IsNil() {
			raw, err := json.Marshal(field.Interface())
			if err != nil {
				return fmt.Sprintf("<cannot encode %s: %v>", name, err), true
			}
			var data any
			_ = json.Unmarshal(raw, &data)
			return data, true
		}
	}
	return nil, false
}

func parseJSON(body []byte) any {
	if len(bytes.TrimSpace(body)) == 0 {
		return nil
	}
	var data any
	if err := json.Unmarshal(body, &data); err != nil {
		return string(body)
	}
	return data
}

// errorOf: an error body as {error: {status, message}}, as every runner writes it.
func errorOf(status int, data any) any {
	var message any = data
	if m := asMap(data); m != nil {
		for _, key := range []string{"error", "detail", "message"} {
			if v, ok := m[key]; ok && v != nil {
				message = v
				break
			}
		}
	}
	return obj{"error": obj{"status": status, "message": message}}
}

// call runs one request of an operation through the generated client.
func (r *runner) call(op string, step obj, rec *record) (any, error) {
	client := reflect.ValueOf(r.clientFor(op))
	name := camel(op)
	method := client.MethodByName(name + "WithResponse")
	var body *rawBody
	if mp := multipartBody(step["body"]); mp != nil || !method.IsValid() {
		withBody := client.MethodByName(name + "WithBodyWithResponse")
		if mp == nil || !withBody.IsValid() {
			if !method.IsValid() && !withBody.IsValid() {
				rec.NotExpressible = true
				return r.byHand(op, step, rec, fmt.Sprintf("oapi-codegen generated no method for %s", op))
			}
			if !method.IsValid() {
				return r.byHand(op, step, rec, fmt.Sprintf("oapi-codegen generated only %sWithBody (the body is not typed)", name))
			}
		} else {
			method, body = withBody, mp
			rec.ByHand = true
			rec.Reason = "the generated method takes a multipart body as an io.Reader; the runner encodes it with mime/multipart"
		}
	}
	rec.How = name + "WithResponse"
	if body != nil {
		rec.How = name + "WithBodyWithResponse (multipart body by hand)"
	}
	args, err := r.arguments(method.Type(), op, step, body)
	if err != nil {
		return r.byHand(op, step, rec, fmt.Sprintf("the generated %s cannot express the step: %v", name, err))
	}
	out := method.Call(args)
	if e, _ := out[1].Interface().(error); e != nil {
		return nil, e
	}
	reply := out[0].Elem()
	response := reply.FieldByName("HTTPResponse").Interface().(*http.Response)
	raw := reply.FieldByName("Body").Bytes()
	status := response.StatusCode
	data, ok := typed(reply, status)
	if !ok {
		data = parseJSON(raw)
		if data != nil {
			rec.ByHand = true
			rec.Reason = fmt.Sprintf("status %d has no typed body in the generated client; read as JSON", status)
		}
	}
	if status >= 400 {
		return errorOf(status, data), nil
	}
	return data, nil
}

// byHand runs a step with net/http alone: the generated client cannot express it.
func (r *runner) byHand(op string, step obj, rec *record, reason string) (any, error) {
	rec.ByHand, rec.Reason, rec.How = true, reason, "net/http"
	spec := r.operations[op]
	path := pathParam.ReplaceAllStringFunc(spec.Path, func(m string) string {
		return url.PathEscape(fmt.Sprint(asMap(step["path"])[m[1:len(m)-1]]))
	})
	base := r.root
	if !r.isLLM(op) {
		base += "/v1"
	}
	query := url.Values{}
	for k, v := range asMap(step["query"]) {
		if list, ok := v.([]any); ok {
			for _, item := range list {
				query.Add(k, fmt.Sprint(item))
			}
		} else {
			query.Set(k, fmt.Sprint(v))
		}
	}
	target := base + path
	if len(query) > 0 {
		target += "?" + query.Encode()
	}
	var reader io.Reader
	contentType := ""
	if mp := multipartBody(step["body"]); mp != nil {
		reader, contentType = bytes.NewReader(mp.data), mp.contentType
	} else if step["body"] != nil {
		raw, _ := json.Marshal(step["body"])
		reader, contentType = bytes.NewReader(raw), "application/json"
	}
	req, err := http.NewRequest(spec.Method, target, reader)
	if err != nil {
		return nil, err
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	_ = bearer(context.Background(), req)
	for k, v := range asMap(step["headers"]) {
		req.Header.Set(k, fmt.Sprint(v))
	}
	response, err := r.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer response.Body.Close()
	raw, err := io.ReadAll(response.Body)
	if err != nil {
		return nil, err
	}
	if response.StatusCode >= 400 {
		return errorOf(response.StatusCode, parseJSON(raw)), nil
	}
	return parseJSON(raw), nil
}

// stream sends a streaming operation through the generated (raw) client and reads the
// events itself: oapi-codegen gives an event stream as an unparsed body.
func (r *runner) stream(op string, step obj, rec *record) (any, error) {
	client := reflect.ValueOf(r.clientFor(op).ClientInterface)
	name := camel(op)
	method := client.MethodByName(name)
	if !method.IsValid() {
		rec.NotExpressible = true
		return r.byHand(op, step, rec, fmt.Sprintf("oapi-codegen generated no method for %s", op))
	}
	args, err := r.arguments(method.Type(), op, step, nil)
	if err != nil {
		return r.byHand(op, step, rec, fmt.Sprintf("the generated %s cannot express the step: %v", name, err))
	}
	rec.ByHand = true
	rec.How = name + " (events parsed by the runner)"
	rec.Reason = "oapi-codegen returns a text/event-stream response as an unparsed body; the runner reads its events"
	out := method.Call(args)
	if e, _ := out[1].Interface().(error); e != nil {
		return nil, e
	}
	response := out[0].Interface().(*http.Response)
	defer response.Body.Close()
	if response.StatusCode >= 400 {
		raw, _ := io.ReadAll(response.Body)
		return errorOf(response.StatusCode, parseJSON(raw)), nil
	}
	events := []any{}
	var name_, data string
	hasData := false
	dispatch := func() {
		if hasData {
			var event any
			if name_ != "" {
				event = name_
			}
			events = append(events, obj{"event": event, "data": parseJSON([]byte(data))})
		}
		name_, data, hasData = "", "", false
	}
	scanner := bufio.NewScanner(response.Body)
	scanner.Buffer(make([]byte, 1<<16), 1<<24)
	for scanner.Scan() {
		line := scanner.Text()
		if line == "" {
			dispatch()
			continue
		}
		if strings.HasPrefix(line, ":") {
			continue // a comment (": ping") is not an event
		}
		field, value, _ := strings.Cut(line, ":")
		value = strings.TrimPrefix(value, " ")
		switch field {
		case "event":
			name_ = value
		case "data":
			if hasData {
				data += "\n"
			}
			data += value
			hasData = true
		}
	}
	dispatch()
	if err := scanner.Err(); err != nil {
		return nil, err
	}
	if op == "create_completion_stream" {
		// The opening chunk carries no output; LLM Engine's clients (and wriftai) skip it.
		kept := []any{}
		for _, e := range events {
			d := asMap(asMap(e)["data"])
			if d["output"] != nil {
				kept = append(kept, obj{"event": nil, "data": d})
			}
		}
		events = kept
		rec.How += " (chunks without output skipped)"
	}
	return obj{"events": events}, nil
}

func (r *runner) step(step obj) (rec record) {
	op := fmt.Sprint(step["op"])
	defer func() {
		if p := recover(); p != nil {
			rec.Result = obj{"exception": fmt.Sprint(p)}
		}
	}()
	var (
		result any
		err    error
	)
	if parts := asMap(step["parts"]); parts != nil {
		// The parts of an upload go to presigned URLs, which are no operation of the spec.
		etags, err := r.putParts(parts)
		if err != nil {
			rec.Result = obj{"exception": err.Error()}
			return rec
		}
		step = withBody(step, obj{"etags": etags})
		defer func() {
			rec.ByHand = true
			rec.Reason = "the part PUTs go to presigned URLs, no operation of the spec: sent with net/http; the completion goes through the generated client"
			rec.How = "net/http PUT per part + " + rec.How
		}()
	}
	switch {
	case op == "stream_prediction" || op == "create_completion_stream":
		result, err = r.stream(op, step, &rec)
	case step["wait"] == true:
		// Poll until the prediction is terminal, as a user of this client would.
		deadline := time.Now().Add(60 * time.Second)
		for {
			result, err = r.call(op, step, &rec)
			if err != nil || asMap(result)["error"] != nil || terminal[fmt.Sprint(asMap(result)["status"])] {
				break
			}
			if time.Now().After(deadline) {
				err = errors.New("not terminal after 60 s of polling")
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		rec.How += " (polled)"
	case step["pages"] == "all":
		items := []any{}
		pages := 0
		query := obj{}
		for k, v := range asMap(step["query"]) {
			query[k] = v
		}
		for {
			paged := obj{}
			for k, v := range step {
				paged[k] = v
			}
			paged["query"] = query
			var page any
			page, err = r.call(op, paged, &rec)
			if err != nil || asMap(page)["error"] != nil {
				result = page
				break
			}
			pages++
			if list, ok := asMap(page)["items"].([]any); ok {
				items = append(items, list...)
			}
			cursor, _ := asMap(page)["next_cursor"].(string)
			if cursor == "" {
				result = obj{"pages": pages, "items": items}
				break
			}
			query["cursor"] = cursor
		}
		rec.How += " (every page)"
	default:
		result, err = r.call(op, step, &rec)
	}
	if err != nil {
		result = obj{"exception": err.Error()}
	}
	rec.Result = result
	return rec
}

// withBody is step with its body replaced and its parts left out.
func withBody(step obj, body any) obj {
	out := obj{}
	for k, v := range step {
		if k != "parts" {
			out[k] = v
		}
	}
	out["body"] = body
	return out
}

// putParts PUTs each part_size slice of content to its URL, in order, and returns the ETag
// each answered.
func (r *runner) putParts(parts obj) ([]string, error) {
	urls, _ := parts["urls"].([]any)
	size, ok := parts["part_size"].(float64)
	if !ok || size < 1 {
		return nil, fmt.Errorf("parts.part_size is %v", parts["part_size"])
	}
	content := []byte(fmt.Sprint(parts["content"]))
	etags := []string{}
	for number, target := range urls {
		start := number * int(size)
		end := min(start+int(size), len(content))
		if start > end {
			start = end
		}
		req, err := http.NewRequest(http.MethodPut, fmt.Sprint(target), bytes.NewReader(content[start:end]))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", fmt.Sprint(parts["mime_type"]))
		response, err := r.http.Do(req)
		if err != nil {
			return nil, err
		}
		_, _ = io.Copy(io.Discard, response.Body)
		response.Body.Close()
		if response.StatusCode >= 300 {
			return nil, fmt.Errorf("PUT part %d: status %d", number+1, response.StatusCode)
		}
		etags = append(etags, response.Header.Get("ETag"))
	}
	return etags, nil
}

var variable = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}`)

func substitute(value any, variables obj) any {
	switch v := value.(type) {
	case string:
		if m := variable.FindStringSubmatch(v); m != nil && m[0] == v {
			return variables[m[1]]
		}
		return variable.ReplaceAllStringFunc(v, func(m string) string {
			return fmt.Sprint(variables[m[2:len(m)-1]])
		})
	case []any:
		out := make([]any, len(v))
		for i, item := range v {
			out[i] = substitute(item, variables)
		}
		return out
	case map[string]any:
		out := obj{}
		for k, item := range v {
			out[k] = substitute(item, variables)
		}
		return out
	}
	return value
}

func selectPath(value any, path string) any {
	head, rest, _ := strings.Cut(path, ".")
	if head == "*" {
		list, ok := value.([]any)
		if !ok {
			return "<missing>"
		}
		out := make([]any, len(list))
		for i, item := range list {
			out[i] = item
			if rest != "" {
				out[i] = selectPath(item, rest)
			}
		}
		return out
	}
	var found any = "<missing>"
	switch v := value.(type) {
	case map[string]any:
		if item, ok := v[head]; ok {
			found = item
		}
	case []any:
		if n, err := strconv.Atoi(head); err == nil && n >= 0 && n < len(v) {
			found = v[n]
		}
	}
	if rest == "" || found == "<missing>" {
		return found
	}
	return selectPath(found, rest)
}

func (r *runner) parity(route, method string) (any, error) {
	req, _ := http.NewRequest(method, r.root+"/_parity/"+route, nil)
	response, err := r.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer response.Body.Close()
	raw, err := io.ReadAll(response.Body)
	if err != nil {
		return nil, err
	}
	return parseJSON(raw), nil
}

func main() {
	root := flag.String("root", "", "the emulator's root URL")
	out := flag.String("out", "", "where to write the raw transcript")
	scenariosPath := flag.String("scenarios", "parity/build/scenarios.json", "scenarios JSON")
	operationsPath := flag.String("operations", "parity/build/operations.json", "operations JSON")
	flag.Parse()
	if *root == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "--root and --out are required")
		os.Exit(2)
	}
	var scenarios []obj
	var operations map[string]operation
	for path, target := range map[string]any{*scenariosPath: &scenarios, *operationsPath: &operations} {
		raw, err := os.ReadFile(path)
		if err == nil {
			err = json.Unmarshal(raw, target)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	httpClient := &http.Client{Timeout: 60 * time.Second}
	editor := wriftapi.WithRequestEditorFn(bearer)
	doer := wriftapi.WithHTTPClient(httpClient)
	wriftai, err1 := wriftapi.NewClientWithResponses(*root+"/v1", editor, doer)
	llm, err2 := wriftapi.NewClientWithResponses(*root, editor, doer)
	if err := errors.Join(err1, err2); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	r := &runner{root: *root, operations: operations, wriftai: wriftai, llm: llm, http: httpClient}
	transcript := obj{"language": "go"}
	all := obj{}
	for _, scenario := range scenarios {
		if _, err := r.parity("reset", "POST"); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		variables := obj{}
		steps := []record{}
		steps_, _ := scenario["steps"].([]any)
		for _, item := range steps_ {
			raw := asMap(item)
			rest := obj{}
			for k, v := range raw {
				if k != "capture" {
					rest[k] = v
				}
			}
			rec := r.step(asMap(substitute(rest, variables)))
			requests, err := r.parity("log", "GET")
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			rec.Requests = requests
			for name, where := range asMap(raw["capture"]) {
				variables[name] = selectPath(rec.Result, fmt.Sprint(where))
			}
			rec.Variables = obj{}
			for k, v := range variables {
				rec.Variables[k] = v
			}
			steps = append(steps, rec)
		}
		all[fmt.Sprint(scenario["name"])] = steps
	}
	transcript["scenarios"] = all
	raw, _ := json.MarshalIndent(transcript, "", " ")
	if err := os.WriteFile(*out, raw, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
