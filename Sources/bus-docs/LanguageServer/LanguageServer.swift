import BUSDocsKit
import Foundation

/// The language server's state and answers: one JSON-RPC message in, the messages to send out.
/// Every document is checked by the same read → parse → validate as `check`, from the text the editor holds.
struct LanguageServer {
    /// What the server checks with: the options `check` takes.
    var validator: Validator
    var userTemplates: [String]
    /// The language of messages: the client's `locale` when it gives one, else the environment's.
    var language: Language
    var encoding = PositionEncoding.utf16
    /// Whether the client shows a finding's notes as `relatedInformation`; otherwise they end its message.
    var relatedInformation = false
    var documents: [String: Document] = [:]
    var state = State.starting

    enum State { case starting, running, shutDown }

    /// What `exit` ends the process with: 0 after `shutdown`, 1 without.
    enum Outcome: Equatable { case proceed, exit(Int32) }

    struct Document {
        var uri: String
        /// The client's version of the text, echoed with its findings.
        var version: Int?
        var text: String
        var lines: TextLines
        var parsed: ParsedAgreement
        var diagnostics: [Diagnostic]
        /// The model of the last text that had one: completions while the YAML is half written use it.
        var lastAgreement: Agreement?
    }

    static let name = "bus-docs"

    // MARK: Dispatch

    /// Answers one frame's bytes; `send` is called for each message out.
    mutating func handle(_ data: Data, send: (JSONValue) -> Void) -> Outcome {
        guard let message = JSONValue.parse(data) else {
            send(Self.error(id: .null, code: -32700, message: "Parse error: the message is not JSON"))
            return .proceed
        }
        // A batch is not part of LSP; each of its entries is answered as if sent alone.
        if case .array(let batch) = message {
            if batch.isEmpty { send(Self.error(id: .null, code: -32600, message: "Invalid Request: empty batch")) }
            for entry in batch {
                let outcome = handle(entry.data, send: send)
                if outcome != .proceed { return outcome }
            }
            return .proceed
        }
        guard case .object = message, message["jsonrpc"]?.string == "2.0" else {
            send(Self.error(id: message["id"] ?? .null, code: -32600, message: "Invalid Request: not a JSON-RPC 2.0 object"))
            return .proceed
        }
        let id = message["id"]
        if let id, !Self.validID(id) {
            send(Self.error(id: .null, code: -32600, message: "Invalid Request: the id must be a number or a string"))
            return .proceed
        }
        guard let method = message["method"]?.string else {
            // A response to a request of ours (we send none that want one), or nothing at all.
            if id == nil || (message["result"] == nil && message["error"] == nil) {
                send(Self.error(id: id ?? .null, code: -32600, message: "Invalid Request: no method"))
            }
            return .proceed
        }
        let params = message["params"] ?? .null
        if let id {
            send(request(method, params: params, id: id))
            return .proceed
        }
        return notification(method, params: params, send: send)
    }

    private static func validID(_ id: JSONValue) -> Bool {
        switch id {
        case .int, .string, .null: return true
        case .double(let value): return value.rounded() == value
        default: return false
        }
    }

    private mutating func request(_ method: String, params: JSONValue, id: JSONValue) -> JSONValue {
        switch (state, method) {
        case (.starting, "initialize"):
            return Self.result(id: id, initialize(params))
        case (.starting, _):
            return Self.error(id: id, code: -32002, message: "Server not initialized: send initialize first")
        case (.shutDown, _):
            return Self.error(id: id, code: -32600, message: "Invalid Request: the server is shut down")
        case (.running, "initialize"):
            return Self.error(id: id, code: -32600, message: "Invalid Request: initialize was already sent")
        case (.running, "shutdown"):
            state = .shutDown
            return Self.result(id: id, .null)
        case (.running, "textDocument/hover"), (.running, "textDocument/completion"),
             (.running, "textDocument/definition"), (.running, "textDocument/codeAction"):
            guard let uri = params["textDocument"]?["uri"]?.string else {
                return Self.error(id: id, code: -32602, message: "Invalid params: textDocument.uri is missing")
            }
            guard let document = documents[uri] else { return Self.result(id: id, .null) }
            switch method {
            case "textDocument/codeAction": return codeActions(document, params: params, id: id)
            default: return positioned(method, document, params: params, id: id)
            }
        default:
            return Self.error(id: id, code: -32601, message: "Method not found: \(method)")
        }
    }

    private mutating func notification(_ method: String, params: JSONValue, send: (JSONValue) -> Void) -> Outcome {
        switch method {
        case "exit":
            return .exit(state == .shutDown ? 0 : 1)
        case "initialized":
            return .proceed
        default:
            break
        }
        guard state == .running else { return .proceed }
        let uri = params["textDocument"]?["uri"]?.string
        switch method {
        case "textDocument/didOpen":
            guard let uri, let text = params["textDocument"]?["text"]?.string else { return .proceed }
            send(open(uri, text: text, version: params["textDocument"]?["version"]?.int))
        case "textDocument/didChange":
            guard let uri, var document = documents[uri] else { return .proceed }
            var text = document.text
            for change in params["contentChanges"]?.array ?? [] {
                guard let newText = change["text"]?.string else { continue }
                if let range = change["range"], let start = document.lines.location(range["start"], encoding),
                   let end = document.lines.location(range["end"], encoding) {
                    text = TextLines.replacing(SourceRange(start: start, end: end), in: text, with: newText)
                } else {
                    text = newText
                }
                document.lines = TextLines(text)
            }
            send(open(uri, text: text, version: params["textDocument"]?["version"]?.int))
        case "textDocument/didSave":
            guard let uri, documents[uri] != nil else { return .proceed }
            send(open(uri, text: params["text"]?.string ?? documents[uri]!.text, version: documents[uri]!.version))
        case "textDocument/didClose":
            guard let uri else { return .proceed }
            documents[uri] = nil
            send(Self.notification("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []]))
        default:
            // Other notifications ($/cancelRequest, workspace/didChangeConfiguration, …) need no answer.
            break
        }
        return .proceed
    }

    // MARK: Lifecycle

    private mutating func initialize(_ params: JSONValue) -> JSONValue {
        state = .running
        if let locale = params["locale"]?.string, !locale.isEmpty {
            language = locale.lowercased().hasPrefix("sv") ? .swedish : .english
        }
        // LSP 3.17: the client lists the encodings it can count in; UTF-8 is bus-docs' own.
        let offered = params["capabilities"]?["general"]?["positionEncodings"]?.array?.compactMap(\.string) ?? []
        encoding = offered.contains(PositionEncoding.utf8.rawValue) ? .utf8 : .utf16
        relatedInformation = params["capabilities"]?["textDocument"]?["publishDiagnostics"]?["relatedInformation"] == .bool(true)
        return [
            "capabilities": [
                "positionEncoding": .string(encoding.rawValue),
                "textDocumentSync": ["openClose": true, "change": 1, "save": ["includeText": true]],
                "hoverProvider": true,
                "completionProvider": ["triggerCharacters": [" ", "[", ",", "{"]],
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
                "definitionProvider": true,
            ],
            "serverInfo": ["name": .string(Self.name), "version": .string(BusDocs.configuration.version)],
        ]
    }

    // MARK: Documents

    /// A document read and checked as `check` would read and check the file, and its findings to publish.
    private mutating func open(_ uri: String, text: String, version: Int?) -> JSONValue {
        let path = URL(string: uri).flatMap { $0.isFileURL ? $0.path : nil } ?? uri
        let parsed = AgreementParser.parse(bytes: Array(text.utf8), path: path)
        let diagnostics = validator.validate(parsed)
        let document = Document(
            uri: uri, version: version, text: text, lines: TextLines(text), parsed: parsed, diagnostics: diagnostics,
            lastAgreement: parsed.agreement ?? documents[uri]?.lastAgreement)
        documents[uri] = document
        var published: JSONValue = [
            "uri": .string(uri),
            "diagnostics": .array(diagnostics.map { lspDiagnostic($0, in: document) }),
        ]
        if let version, case .object(var fields) = published {
            fields["version"] = .int(version)
            published = .object(fields)
        }
        return Self.notification("textDocument/publishDiagnostics", published)
    }

    private func lspDiagnostic(_ diagnostic: Diagnostic, in document: Document) -> JSONValue {
        var message = diagnostic.message.text(in: language)
        if let hint = diagnostic.hint { message += "\n" + hint.text(in: language) }
        if !relatedInformation {
            for note in diagnostic.notes {
                message += "\n\(note.location.line):\(note.location.column): \(note.message.text(in: language))"
            }
        }
        let end = fixRange(diagnostic, in: document)?.end ?? document.lines.wordEnd(from: diagnostic.location)
        var fields: [String: JSONValue] = [
            "range": document.lines.range(SourceRange(start: diagnostic.location, end: max(end, diagnostic.location)), encoding),
            "severity": diagnostic.severity == .error ? 1 : 2,
            "code": .string(diagnostic.ruleID),
            "codeDescription": ["href": .string(RuleDocumentation.url(for: diagnostic.ruleID))],
            "source": .string(Self.name),
            "message": .string(message),
        ]
        if relatedInformation, !diagnostic.notes.isEmpty {
            fields["relatedInformation"] = .array(diagnostic.notes.map { note in
                let range = SourceRange(start: note.location, end: max(document.lines.wordEnd(from: note.location), note.location))
                return ["location": ["uri": .string(document.uri), "range": document.lines.range(range, encoding)],
                        "message": .string(note.message.text(in: language))]
            })
        }
        return .object(fields)
    }

    /// Where a finding's replacement goes in the text the editor holds: its range when that still reads
    /// the original, else the original nearest to it on the line (a quoted value), else nowhere.
    private func fixRange(_ diagnostic: Diagnostic, in document: Document) -> SourceRange? {
        guard let fix = diagnostic.fix else { return nil }
        if document.lines.text(fix.range) == fix.original { return fix.range }
        return document.lines.find(fix.original, line: fix.range.start.line, near: fix.range.start.column)
    }

    private func support(_ document: Document) -> EditorSupport? {
        guard let source = document.parsed.source else { return nil }
        let agreement = document.parsed.agreement ?? document.lastAgreement
        let ruleSet = agreement.map { validator.ruleSet(for: $0).0 } ?? validator.ruleSetOverride ?? RuleSet.builtIn(named: "bus-2012")!
        return EditorSupport(source: source, agreement: agreement, ruleSet: ruleSet, diagnostics: document.diagnostics,
                             language: language, userTemplates: userTemplates)
    }

    // MARK: Requests about a position

    private func positioned(_ method: String, _ document: Document, params: JSONValue, id: JSONValue) -> JSONValue {
        guard let location = document.lines.location(params["position"], encoding) else {
            return Self.error(id: id, code: -32602, message: "Invalid params: position must have a line and a character")
        }
        guard let support = support(document) else { return Self.result(id: id, .null) }
        switch method {
        case "textDocument/hover":
            guard let hover = support.hover(at: location) else { return Self.result(id: id, .null) }
            return Self.result(id: id, [
                "contents": ["kind": "markdown", "value": .string(hover.text)],
                "range": document.lines.range(hover.range, encoding),
            ])
        case "textDocument/completion":
            guard let (items, range) = support.completions(at: location) else { return Self.result(id: id, .null) }
            let replaced = document.lines.range(range, encoding)
            return Self.result(id: id, [
                "isIncomplete": false,
                "items": .array(items.map { item in
                    [
                        "label": .string(item.label),
                        "kind": .int(item.kind == .key ? 10 : item.kind == .reference ? 18 : 12),
                        "detail": .string(item.detail),
                        "textEdit": ["range": replaced, "newText": .string(item.insertText)],
                    ]
                }),
            ])
        default:
            guard let range = support.definition(at: location) else { return Self.result(id: id, .null) }
            return Self.result(id: id, ["uri": .string(document.uri), "range": document.lines.range(range, encoding)])
        }
    }

    /// The did-you-mean replacements of the findings in the range asked about, as quick fixes.
    private func codeActions(_ document: Document, params: JSONValue, id: JSONValue) -> JSONValue {
        guard let start = document.lines.location(params["range"]?["start"], encoding),
              let end = document.lines.location(params["range"]?["end"], encoding) else {
            return Self.error(id: id, code: -32602, message: "Invalid params: range must have a start and an end")
        }
        let actions: [JSONValue] = document.diagnostics.compactMap { diagnostic in
            guard let fix = diagnostic.fix, let range = fixRange(diagnostic, in: document),
                  range.start <= end, start <= range.end else { return nil }
            let title = LocalizedText(sv: "Ersätt `\(fix.original)` med `\(fix.replacement)`", en: "Replace `\(fix.original)` with `\(fix.replacement)`")
            return [
                "title": .string(title.text(in: language)),
                "kind": "quickfix",
                "isPreferred": true,
                "diagnostics": [lspDiagnostic(diagnostic, in: document)],
                "edit": ["changes": .object([document.uri: [["range": document.lines.range(range, encoding), "newText": .string(fix.replacement)]]])],
            ]
        }
        return Self.result(id: id, .array(actions))
    }

    // MARK: Messages

    static func result(id: JSONValue, _ result: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "result": result]
    }

    static func error(id: JSONValue, code: Int, message: String) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "error": ["code": .int(code), "message": .string(message)]]
    }

    static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "method": .string(method), "params": params]
    }
}
